import { canonicalizeQuantities } from '../../core/kubernetes-quantity';
import { K8sObject } from './manifest-order';

/** A Kubernetes object as the baseline builds it: apiVersion, kind, metadata and the kind's own fields. */
export interface KubeObjectInput {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace?: string; readonly labels?: Record<string, string>; readonly annotations?: Record<string, string> };
  readonly [field: string]: unknown;
}

/**
 * Drops null/undefined values and sorts object keys (JavaScript's default order); with `filterEmpty`, also drops
 * empty objects and arrays. The same normal form cdk8s's ApiObject renders (its `sanitizeValue`), so the files and
 * `kubernetes_manifest` bodies stay byte-identical without loading cdk8s and its generated Kubernetes types.
 */
function sanitize(value: unknown, filterEmpty: boolean): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    if (filterEmpty && value.length === 0) return undefined;
    return value.map((v) => sanitize(v, filterEmpty));
  }
  if (value.constructor !== Object) throw new Error(`cannot render a non-plain object (${value.constructor.name}) as Kubernetes JSON`);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = sanitize((value as Record<string, unknown>)[key], filterEmpty);
    if (v !== null && v !== undefined) out[key] = v;
  }
  if (filterEmpty && Object.keys(out).length === 0) return undefined;
  return out;
}

/** The rendered object: `apiVersion`, `kind`, `metadata` first (metadata without empty maps), then the rest sorted. */
export function renderObject(input: KubeObjectInput): K8sObject {
  // Quantities as the API server stores them (cpu 1000m is stored as 1), so kubernetes_manifest sees no drift.
  const canonical = canonicalizeQuantities(input as Record<string, any>) as KubeObjectInput;
  const body = sanitize({ ...canonical, metadata: sanitize(canonical.metadata, true) }, false) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of ['apiVersion', 'kind', 'metadata', ...Object.keys(body)]) {
    if (key in body && !(key in out)) out[key] = body[key];
  }
  return out as K8sObject;
}
