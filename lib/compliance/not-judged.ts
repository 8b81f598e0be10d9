import { compareStrings } from '../core/ordering';
import { ComplianceModel } from './model';

/** A resource the app refers to by OCID (bring your own) but does not create, so no control saw its configuration. */
export interface ExternalResource {
  readonly ocid: string;
  /** OCID resource type, e.g. `vcn`, `subnet`, `networksecuritygroup`, `key`. */
  readonly kind: string;
  /** `<stack>:<address>` of the blocks that refer to it. */
  readonly referencedBy: readonly string[];
}

// Resource types whose own settings controls judge when the app creates them (network, encryption, cluster).
// Compartments, tenancies, groups and images are containers or principals, not configuration the catalog judges.
const JUDGED_KINDS = new Set(['vcn', 'subnet', 'networksecuritygroup', 'securitylist', 'routetable', 'key', 'vault', 'cluster', 'bucket', 'stream', 'onstopic']);
const OCID = /^ocid1\.([a-z]+)\.[a-z0-9-]*\.[a-z0-9-]*\.[a-z0-9]+$/;

/** Literal OCIDs of judged kinds in `*_id` / `*_ids` attributes: what the app uses without creating it. */
export function externalResources(model: ComplianceModel): ExternalResource[] {
  const found = new Map<string, { kind: string; by: Set<string> }>();
  const visit = (value: unknown, key: string, by: string): void => {
    if (typeof value === 'string') {
      const m = OCID.exec(value);
      if (m && JUDGED_KINDS.has(m[1]) && /_ids?$/.test(key)) {
        const entry = found.get(value) ?? { kind: m[1], by: new Set<string>() };
        entry.by.add(by);
        found.set(value, entry);
      }
    } else if (Array.isArray(value)) {
      for (const v of value) visit(v, key, by);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (k !== '//') visit(v, k, by);
    }
  };
  for (const block of [...model.resources, ...model.data]) visit(block.body, '', `${block.stack}:${block.address}`);
  return [...found].map(([ocid, e]) => ({ ocid, kind: e.kind, referencedBy: [...e.by].sort(compareStrings) }))
    .sort((a, b) => compareStrings(a.kind, b.kind) || compareStrings(a.ocid, b.ocid));
}

/** `1 vcn, 3 subnet` */
export function externalSummary(list: readonly ExternalResource[]): string {
  const counts = new Map<string, number>();
  for (const r of list) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
}
