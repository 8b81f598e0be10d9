import { createHash } from 'crypto';
import { compareStrings } from '../../core/ordering';

/** A rendered Kubernetes object (plain JSON). */
export interface K8sObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace?: string; readonly [k: string]: unknown };
  readonly [k: string]: unknown;
}

// Apply order: definitions and namespaces first, then what other objects refer to.
const KIND_ORDER = [
  'CustomResourceDefinition', 'Namespace', 'StorageClass', 'ClusterRole', 'ClusterRoleBinding', 'ServiceAccount',
  'ConfigMap', 'LimitRange', 'ResourceQuota', 'Role', 'RoleBinding', 'NetworkPolicy',
  'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding',
];

function rank(kind: string): number {
  const i = KIND_ORDER.indexOf(kind);
  return i === -1 ? KIND_ORDER.length : i;
}

/** Stable apply order: by kind rank, then namespace, then name. */
export function sortForApply<T extends K8sObject>(objects: readonly T[]): T[] {
  return [...objects].sort((a, b) => rank(a.kind) - rank(b.kind)
    || compareStrings(a.metadata.namespace ?? '', b.metadata.namespace ?? '')
    || compareStrings(a.metadata.name, b.metadata.name)
    || compareStrings(a.kind, b.kind));
}

/** `NN-<kind>-[<namespace>-]<name>.yaml`, NN the position in apply order (zero-padded). */
export function manifestFileName(index: number, total: number, obj: K8sObject): string {
  const width = Math.max(2, String(total).length);
  const ns = obj.metadata.namespace ? `${obj.metadata.namespace}-` : '';
  const base = `${String(index + 1).padStart(width, '0')}-${obj.kind.toLowerCase()}-${ns}${obj.metadata.name}`;
  // A namespace (63) plus an object name (253) can exceed the 255-byte file name limit of common file systems:
  // such names are cut and keep a short hash of the whole, so they stay unique and stable.
  if (base.length <= MAX_FILE_BASE) return `${base}.yaml`;
  return `${base.slice(0, MAX_FILE_BASE - 9)}-${createHash('sha256').update(base).digest('hex').slice(0, 8)}.yaml`;
}

/** Longest file name without `.yaml` (255-byte limit of ext4/APFS/NTFS, with room to spare for editors' temp names). */
const MAX_FILE_BASE = 200;

/** Stable construct id (and Terraform resource name) for an object. */
export function manifestId(obj: K8sObject): string {
  return `${obj.kind}-${obj.metadata.namespace ?? 'cluster'}-${obj.metadata.name}`.toLowerCase().replace(/[^a-z0-9-]/g, '-');
}
