/**
 * A normalized, read-only view of synthesized output: every stack's Terraform JSON (as cdktf writes
 * `cdk.tf.json`) plus Kubernetes objects (from `kubernetes_manifest` resources and YAML manifests).
 * Checks read only this model, never construct props, so hand-written resources are judged too.
 *
 * Not part of the jsii surface (free functions and loose types): imported by path.
 */

import { HOME_REGION_MARKER_FIELD, REGION_MARKER_KEY } from '../core/region-marker';
import { compareStrings } from '../core/ordering';

/** One resource, data source or provider block of a synthesized stack. */
export interface TfBlock {
  /** Terraform address, e.g. `oci_core_vcn.network_vcn_1A2B3C4D`. */
  readonly address: string;
  readonly type: string;
  readonly name: string;
  /** Stack (cdktf stack id) the block lives in. */
  readonly stack: string;
  /** Construct path from cdktf's `//.metadata.path`, when present. */
  readonly path?: string;
  /** The body as synthesized (snake_case attributes). */
  readonly body: any;
}

/** One Kubernetes object. */
export interface K8sObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  /** `Kind/namespace/name` or `Kind/name` for cluster-scoped objects. */
  readonly id: string;
  /** Where the object came from: a resource address (`stack:address`) or a manifest file path. */
  readonly source: string;
  /** The address used in findings: the kubernetes_manifest address, else `k8s:<id>`. */
  readonly address: string;
  readonly stack?: string;
  /** Construct path of the kubernetes_manifest resource, when known. */
  readonly path?: string;
  readonly object: any;
}

export interface ComplianceModel {
  readonly stacks: readonly string[];
  /**
   * The tenancy home region each stack declares (stack id -> region), read from the marker the library records in
   * the stack's JSON (`{"//": {"hardened-oke": {"home_region": ...}}}`, lib/core/region-providers).
   */
  readonly homeRegions: Readonly<Record<string, string>>;
  readonly resources: readonly TfBlock[];
  readonly data: readonly TfBlock[];
  readonly providers: readonly TfBlock[];
  readonly objects: readonly K8sObject[];
}

/** A synthesized stack handed to {@link buildModel}. */
export interface StackInput {
  readonly name: string;
  readonly json: any;
}

/** Kubernetes objects parsed from a manifest file (YAML or JSON). */
export interface ManifestInput {
  readonly file: string;
  readonly objects: readonly any[];
}

function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collectBlocks(stack: string, section: any, out: TfBlock[]): void {
  if (!isObject(section)) return;
  for (const type of Object.keys(section).sort()) {
    const byName = section[type];
    if (!isObject(byName)) continue;
    for (const name of Object.keys(byName).sort()) {
      const body = byName[name];
      const path = body?.['//']?.metadata?.path;
      out.push({ address: `${type}.${name}`, type, name, stack, path: typeof path === 'string' ? path : undefined, body });
    }
  }
}

function k8sObject(object: any, source: string, address: string | undefined, stack?: string, path?: string): K8sObject | undefined {
  if (!isObject(object) || typeof object.kind !== 'string') return undefined;
  const name = String(object.metadata?.name ?? '');
  const ns = typeof object.metadata?.namespace === 'string' ? object.metadata.namespace : undefined;
  const id = ns ? `${object.kind}/${ns}/${name}` : `${object.kind}/${name}`;
  return { apiVersion: String(object.apiVersion ?? ''), kind: object.kind, name, namespace: ns, id, source, address: address ?? `k8s:${id}`, stack, path, object };
}

/** Expands `List` objects and drops empty YAML documents. */
function flattenObjects(objects: readonly any[]): any[] {
  const out: any[] = [];
  for (const o of objects) {
    if (!isObject(o)) continue;
    if (typeof o.kind === 'string' && o.kind.endsWith('List') && Array.isArray(o.items)) out.push(...flattenObjects(o.items));
    else out.push(o);
  }
  return out;
}

/**
 * Builds the model. Objects present both as a kubernetes_manifest and in a YAML file (the library writes both)
 * are kept once, preferring the Terraform resource because it has an address.
 */
export function buildModel(stacks: readonly StackInput[], manifests: readonly ManifestInput[] = []): ComplianceModel {
  const resources: TfBlock[] = [];
  const data: TfBlock[] = [];
  const providers: TfBlock[] = [];
  const homeRegions: Record<string, string> = {};
  const sorted = [...stacks].sort((a, b) => compareStrings(a.name, b.name));
  for (const s of sorted) {
    collectBlocks(s.name, s.json?.resource, resources);
    collectBlocks(s.name, s.json?.data, data);
    const home = s.json?.['//']?.[REGION_MARKER_KEY]?.[HOME_REGION_MARKER_FIELD];
    if (typeof home === 'string') homeRegions[s.name] = home;
    const prov = s.json?.provider;
    if (isObject(prov)) {
      for (const type of Object.keys(prov).sort()) {
        const list = Array.isArray(prov[type]) ? prov[type] : [prov[type]];
        list.forEach((body: any, i: number) => {
          const alias = isObject(body) && typeof body.alias === 'string' ? body.alias : undefined;
          providers.push({ address: `provider.${type}${alias ? '.' + alias : list.length > 1 ? `[${i}]` : ''}`, type, name: alias ?? type, stack: s.name, body });
        });
      }
    }
  }
  const objects: K8sObject[] = [];
  const seen = new Set<string>();
  for (const r of resources) {
    if (r.type !== 'kubernetes_manifest') continue;
    const o = k8sObject(r.body?.manifest, `${r.stack}:${r.address}`, r.address, r.stack, r.path);
    if (o && !seen.has(o.id)) {
      seen.add(o.id);
      objects.push(o);
    }
  }
  for (const m of [...manifests].sort((a, b) => compareStrings(a.file, b.file))) {
    for (const raw of flattenObjects(m.objects)) {
      const o = k8sObject(raw, m.file, undefined);
      if (o && !seen.has(o.id)) {
        seen.add(o.id);
        objects.push(o);
      }
    }
  }
  return { stacks: sorted.map((s) => s.name), homeRegions, resources, data, providers, objects };
}

/** All resources of the given types. */
export function resourcesOf(model: ComplianceModel, ...types: string[]): TfBlock[] {
  return model.resources.filter((r) => types.includes(r.type));
}

export function objectsOf(model: ComplianceModel, ...kinds: string[]): K8sObject[] {
  return model.objects.filter((o) => kinds.includes(o.kind));
}

/** A nested block as synthesized: cdktf writes single blocks as objects and lists as arrays. */
export function block(value: any): any {
  if (Array.isArray(value)) return value[0];
  return isObject(value) ? value : undefined;
}

/** A repeated block as an array, whatever the synthesized shape. */
export function blocks(value: any): any[] {
  if (Array.isArray(value)) return value.filter(isObject);
  return isObject(value) ? [value] : [];
}

/**
 * The blocks named `key` of a body, including those generated by a cdktf/Terraform `dynamic` block
 * (`dynamic.<key>.content`, whose values may be `${each.value...}` expressions).
 */
export function blocksOf(body: any, key: string): any[] {
  return [...blocks(body?.[key]), ...blocks(body?.dynamic?.[key]?.content)];
}

/** Follows `a.b.c` through nested single blocks. */
export function dig(value: any, ...keys: string[]): any {
  let cur = value;
  for (const k of keys) {
    cur = block(cur) ?? cur;
    if (!isObject(cur)) return undefined;
    cur = cur[k];
  }
  return cur;
}

/** True for Terraform's `true` or `"true"`. */
export function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}

/** The numeric value of a number or a numeric string; undefined for expressions. */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return undefined;
}

const REF = /\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)(?:\.[^}]*)?\}/g;

/** Resource addresses (`type.name`) referenced anywhere in a string, e.g. `${oci_core_vcn.vcn.id}`. */
export function refsIn(value: unknown): string[] {
  const out: string[] = [];
  const text = typeof value === 'string' ? value : JSON.stringify(value ?? '');
  for (const m of text.matchAll(REF)) {
    if (m[1] === 'var' || m[1] === 'local' || m[1] === 'data') continue;
    out.push(`${m[1]}.${m[2]}`);
  }
  return out;
}

/** True when `value` references the resource at `address` (or holds its literal id). */
export function references(value: unknown, address: string): boolean {
  return refsIn(value).includes(address);
}

export function isExpression(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${');
}
