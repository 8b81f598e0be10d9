import { TAG_CLUSTER } from '../core/tags';
import { CATALOG } from './catalog/catalog';
import { Control, Finding, GROUP_ORDER, SEVERITY_ORDER } from './catalog/types';
import { ComplianceModel, resourcesOf } from './model';
import { isActive, NormalizedWaiver, waiverCovers } from './waiver-rules';
import { compareStrings } from '../core/ordering';

export type ResultStatus = 'pass' | 'fail' | 'waived' | 'not-applicable';

export interface EvaluatedFinding extends Finding {
  readonly result: ResultStatus;
  /** Cluster the resource belongs to (see {@link clusterAttribution}). */
  readonly cluster: string;
  readonly waiver?: NormalizedWaiver;
}

export interface ControlResult {
  readonly control: Control;
  readonly status: ResultStatus;
  readonly findings: readonly EvaluatedFinding[];
}

export interface Evaluation {
  readonly results: readonly ControlResult[];
  /** Waivers given, with whether they counted. */
  readonly waivers: readonly { readonly waiver: NormalizedWaiver; readonly active: boolean; readonly used: boolean }[];
  readonly clusters: readonly string[];
  readonly model: ComplianceModel;
}

export const UNASSIGNED = '(no cluster)';

/** Combined status: any failure fails; then waived; then pass; else not applicable. */
export function combine(statuses: readonly ResultStatus[]): ResultStatus {
  if (statuses.includes('fail')) return 'fail';
  if (statuses.includes('waived')) return 'waived';
  if (statuses.includes('pass')) return 'pass';
  return 'not-applicable';
}

/**
 * Which cluster each resource belongs to: the library's `oke-cluster` freeform tag, else the only cluster of its
 * stack, else the only cluster of the app. Returns a function from finding to cluster name.
 */
export function clusterAttribution(model: ComplianceModel): { clusters: string[]; of: (f: Finding) => string } {
  const clusterRes = resourcesOf(model, 'oci_containerengine_cluster');
  const nameOf = (c: typeof clusterRes[number]) => String(c.body.freeform_tags?.[TAG_CLUSTER] ?? (typeof c.body.name === 'string' && !c.body.name.includes('${') ? c.body.name : c.name));
  const names = [...new Set(clusterRes.map(nameOf))].sort();
  const byAddress = new Map<string, string>();
  const byStack = new Map<string, Set<string>>();
  for (const c of clusterRes) {
    const set = byStack.get(c.stack) ?? new Set<string>();
    set.add(nameOf(c));
    byStack.set(c.stack, set);
  }
  for (const r of model.resources) {
    const tag = r.body?.freeform_tags?.[TAG_CLUSTER];
    if (typeof tag === 'string' && names.includes(tag)) byAddress.set(`${r.stack}:${r.address}`, tag);
  }
  for (const c of clusterRes) byAddress.set(`${c.stack}:${c.address}`, nameOf(c));
  const of = (f: Finding): string => {
    const direct = byAddress.get(`${f.stack}:${f.address}`);
    if (direct) return direct;
    const inStack = f.stack ? byStack.get(f.stack) : undefined;
    if (inStack && inStack.size === 1) return [...inStack][0];
    // Kubernetes config stacks are named after their cluster (e.g. prod-prod-k8s).
    const named = names.filter((n) => f.stack && f.stack.split(/[-_]/).includes(n));
    if (named.length === 1) return named[0];
    return names.length === 1 ? names[0] : UNASSIGNED;
  };
  return { clusters: names, of };
}

const statusRank: Record<string, number> = { fail: 0, waived: 1, pass: 2, 'not-applicable': 3 };

/** Runs every control of the catalog (or the given ones) over the model and applies the waivers. */
export function evaluate(model: ComplianceModel, waivers: readonly NormalizedWaiver[] = [], now: Date = new Date(), controls: readonly Control[] = CATALOG): Evaluation {
  const used = new Set<NormalizedWaiver>();
  const attribution = clusterAttribution(model);
  const results: ControlResult[] = controls.map((control) => {
    const raw = control.check(model);
    const findings = raw.map((f): EvaluatedFinding => {
      const cluster = attribution.of(f);
      if (f.status !== 'fail') return { ...f, result: f.status, cluster };
      const waiver = waivers.find((w) => w.controlId === control.id && isActive(w, now) && waiverCovers(w, f));
      if (waiver) {
        used.add(waiver);
        return { ...f, result: 'waived', cluster, waiver };
      }
      return { ...f, result: 'fail', cluster };
    }).sort((a, b) => statusRank[a.result] - statusRank[b.result] || compareStrings(a.address, b.address) || compareStrings(a.stack ?? '', b.stack ?? ''));
    return { control, status: combine(findings.map((f) => f.result)), findings };
  });
  results.sort((a, b) => GROUP_ORDER.indexOf(a.control.group) - GROUP_ORDER.indexOf(b.control.group) || 0);
  const clusters = [...attribution.clusters];
  if (results.some((r) => r.findings.some((f) => f.cluster === UNASSIGNED))) clusters.push(UNASSIGNED);
  return {
    results,
    waivers: waivers.map((w) => ({ waiver: w, active: isActive(w, now), used: used.has(w) })),
    clusters,
    model,
  };
}

export function failures(e: Evaluation): { control: Control; finding: EvaluatedFinding }[] {
  return e.results.flatMap((r) => r.findings.filter((f) => f.result === 'fail').map((finding) => ({ control: r.control, finding })));
}

export { SEVERITY_ORDER };
