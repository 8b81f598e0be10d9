import { STRING_TOKEN_MARKER } from '../../core/cdktf-internals';

/**
 * Makes a Kubernetes object safe to embed in Terraform JSON: every string (keys too) gets `${` -> `$${` and
 * `%{` -> `%%{`, so Terraform keeps it literal. Unresolved cdktf tokens are left alone (they are references).
 * Newlines stay real newlines.
 */
export function escapeForTerraform(value: unknown): unknown {
  if (typeof value === 'string') return escapeString(value);
  if (Array.isArray(value)) return value.map(escapeForTerraform);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[escapeString(k)] = escapeForTerraform(v);
    return out;
  }
  return value;
}


export function escapeString(s: string): string {
  return s.split(STRING_TOKEN_MARKER).map((part, i) => (i % 2 === 1 ? part : part.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{'))).join('');
}
