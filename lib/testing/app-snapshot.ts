import * as fs from 'fs';
import * as path from 'path';
import { compareStrings } from '../core/ordering';

/** Options of {@link HardeningTesting.snapshotApp}. */
export interface AppSnapshotOptions {
  /**
   * Include every resource's normalized body (large); by default only addresses, outputs and cross-stack references.
   * @default false
   */
  readonly includeBodies?: boolean;
}

const CROSS_OUTPUT = /^cross-stack-output-/;
const REMOTE_REF = /data\.terraform_remote_state\.cross-stack-reference-input-([A-Za-z0-9_-]+)\.outputs\.(cross-stack-output-[A-Za-z0-9_.-]+)/g;

/**
 * A whole synthesized app (every stack in manifest.json, in name order) as stable, reviewable text: resource and
 * data addresses without cdktf's hash suffixes, output names, and cross-stack references resolved to what they
 * point at (`prod:oci_containerengine_cluster.prod_cluster.id`) instead of hashed output names.
 * `normalize` is HardeningTesting.normalizeJson (hash suffixes stripped, metadata and volatile paths removed).
 */
export function appSnapshot(outdir: string, normalize: (json: string) => string, options: AppSnapshotOptions = {}): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
  const stacks: [string, any][] = Object.keys(manifest.stacks ?? {}).sort().map((name) =>
    [name, JSON.parse(normalize(fs.readFileSync(path.join(outdir, manifest.stacks[name].synthesizedStackPath), 'utf8')))]);
  // What each cross-stack output carries: its (normalized) value without ${ }.
  const targets = new Map<string, string>();
  for (const [name, json] of stacks) {
    for (const [key, out] of Object.entries<any>(json.output ?? {})) {
      if (CROSS_OUTPUT.test(key) && typeof out?.value === 'string') targets.set(`${name}/${key}`, `${name}:${out.value.replace(/^\$\{|\}$/g, '')}`);
    }
  }
  const resolve = (text: string) => text.replace(REMOTE_REF, (_m, stack: string, key: string) => `cross-stack(${targets.get(`${stack}/${key}`) ?? `${stack}:?`})`);
  if (options.includeBodies) {
    const all: Record<string, any> = {};
    for (const [name, json] of stacks) {
      const outputs = Object.fromEntries(Object.entries<any>(json.output ?? {}).map(([k, v]) => [CROSS_OUTPUT.test(k) ? `cross-stack:${targets.get(`${name}/${k}`)}` : k, v]));
      all[name] = { ...json, ...(json.output ? { output: outputs } : {}) };
    }
    return resolve(JSON.stringify(all, null, 2)) + '\n';
  }
  const lines: string[] = [];
  for (const [name, json] of stacks) {
    lines.push(`stack ${name}`);
    const text = resolve(JSON.stringify(json));
    const refs = [...new Set([...text.matchAll(/cross-stack\(([^)]+)\)/g)].map((m) => m[1]))].sort();
    for (const r of refs) lines.push(`  uses ${r}`);
    for (const p of Object.keys(json.provider ?? {}).sort()) lines.push(`  provider ${p}`);
    for (const [section, prefix] of [['data', 'data.'], ['resource', '']] as const) {
      for (const type of Object.keys(json[section] ?? {}).sort()) {
        if (section === 'data' && type === 'terraform_remote_state') continue;
        for (const r of Object.keys(json[section][type]).sort()) lines.push(`  ${prefix}${type}.${r}`);
      }
    }
    for (const [k, v] of Object.entries<any>(json.output ?? {}).sort(([a], [b]) => compareStrings(a, b))) {
      if (CROSS_OUTPUT.test(k)) continue;
      lines.push(`  output ${k}${v?.sensitive ? ' (sensitive)' : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}
