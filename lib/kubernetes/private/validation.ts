import { Token } from 'cdktf';
import { HardenedOkeValidationError } from '../../core/errors';
import { ApiFieldError, apiValidationErrors, describeObject, isQualifiedName, isValidLabelValue } from '../../core/kubernetes-api-validation';

/** Namespaces the platform owns; application namespaces may not take them over. */
export function isReservedNamespace(name: string): boolean {
  return name === 'default' || name.startsWith('kube-');
}

/** Namespace names: the rule lives in core/names (workload identity in access/ checks them too). */
export { requireNamespaceName } from '../../core/names';

/**
 * Labels given in props (flow pod selectors) against meta/v1/validation ValidateLabels: keys are qualified names,
 * values at most 63 characters of `[A-Za-z0-9_.-]`, alphanumeric at both ends.
 */
export function requireLabels(property: string, labels: Record<string, string> | undefined): void {
  if (labels === undefined) return;
  if (typeof labels !== 'object' || labels === null || Array.isArray(labels)) {
    throw new HardenedOkeValidationError(property, 'is not a map of labels', 'pass an object such as { app: "api" }');
  }
  for (const [k, v] of Object.entries(labels)) {
    if (!isQualifiedName(k)) {
      throw new HardenedOkeValidationError(`${property}.${k}`, `"${k}" is not a Kubernetes label key`,
        'use [prefix/]name: name at most 63 letters, digits, "-", "_" and "." starting and ending alphanumeric; prefix a DNS subdomain');
    }
    if (!isValidLabelValue(v)) {
      throw new HardenedOkeValidationError(`${property}.${k}`, `${JSON.stringify(v)} is not a Kubernetes label value`,
        'use at most 63 letters, digits, "-", "_" and ".", starting and ending alphanumeric (or the empty string)');
    }
  }
}

/**
 * The API server's validation (lib/core/kubernetes-api-validation) for one object: throws naming `property` plus
 * the field path, the object (kind namespace/name) and the upstream rule, so the apply never meets the refusal.
 */
export function requireApiValid(property: string, obj: unknown): void {
  const errors = knownApiValidationErrors(obj);
  if (errors.length === 0) return;
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more: ${errors.slice(1, 4).map((x) => x.field).join(', ')}${errors.length > 4 ? ', ...' : ''})` : '';
  throw new HardenedOkeValidationError(first.field ? `${property}.${first.field}` : property,
    `${describeObject(obj)}: ${first.message}; kube-apiserver refuses it (kubernetes ${first.rule})${more}`,
    'correct the field so the object passes the API server\'s validation');
}

/**
 * The violations of values known at synth: a field holding a Terraform token (a cross-stack reference, known at
 * apply) is left to the API server, since its value cannot be judged here.
 */
export function knownApiValidationErrors(obj: unknown): ApiFieldError[] {
  return apiValidationErrors(obj).filter((e) => !valuesAt(obj, e.field).some(isDeferred));
}

function isDeferred(v: unknown): boolean {
  if (typeof v === 'string' || typeof v === 'number') return Token.isUnresolved(v);
  if (Array.isArray(v)) return v.some(isDeferred);
  if (v && typeof v === 'object') return Object.entries(v).some(([k, x]) => Token.isUnresolved(k) || isDeferred(x));
  return false;
}

/** Values a field path (`spec.ports[0].port`, `metadata.labels.example.com/x`) can name; map keys may hold dots. */
function valuesAt(value: unknown, field: string): unknown[] {
  if (field === '') return [value];
  if (Array.isArray(value)) {
    const m = /^\[(\d+)\]\.?(.*)$/.exec(field);
    return m ? valuesAt(value[Number(m[1])], m[2]) : [];
  }
  if (!value || typeof value !== 'object') return [];
  const out: unknown[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (!field.startsWith(k)) continue;
    const rest = field.slice(k.length);
    if (rest === '') out.push(Token.isUnresolved(k) ? k : v);
    else if (rest.startsWith('.')) out.push(...valuesAt(v, rest.slice(1)));
    else if (rest.startsWith('[')) out.push(...valuesAt(v, rest));
  }
  return out;
}

/** Cluster names end up in object names and labels: the one rule lives in core/names. */
export { requireClusterName } from '../../core/names';
