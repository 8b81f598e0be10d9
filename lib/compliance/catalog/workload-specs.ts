import { ComplianceModel, K8sObject } from '../model';

/** Pod template holders and where their pod spec lives. */
const POD_SPEC_PATHS: Record<string, string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

export interface Workload {
  readonly object: K8sObject;
  readonly spec: any;
}

export function workloads(m: ComplianceModel): Workload[] {
  const out: Workload[] = [];
  for (const o of m.objects) {
    const path = POD_SPEC_PATHS[o.kind];
    if (!path) continue;
    let spec: any = o.object;
    for (const k of path) spec = spec?.[k];
    if (spec && typeof spec === 'object') out.push({ object: o, spec });
  }
  return out;
}

export function containersOf(spec: any): any[] {
  return [...(spec.initContainers ?? []), ...(spec.containers ?? []), ...(spec.ephemeralContainers ?? [])].filter((c) => c && typeof c === 'object');
}

export const PSA_ENFORCE = 'pod-security.kubernetes.io/enforce';
export const PSA_AUDIT = 'pod-security.kubernetes.io/audit';
export const PSA_WARN = 'pod-security.kubernetes.io/warn';

/** Namespaces that never hold application workloads (not created by users' manifests). */
export const SYSTEM_NAMESPACES: readonly string[] = ['kube-system', 'kube-public', 'kube-node-lease'];

/**
 * The annotation that explains why a namespace is exempted from `restricted`. Any annotation whose key ends in
 * `exemption-reason` (e.g. `hardened-oke.io/pod-security-exemption-reason`) counts.
 */
export function exemptionReason(ns: K8sObject): string | undefined {
  const annotations = ns.object.metadata?.annotations ?? {};
  for (const key of Object.keys(annotations).sort()) {
    if (/exemption-reason$/i.test(key) && typeof annotations[key] === 'string' && annotations[key].trim()) return annotations[key].trim();
  }
  return undefined;
}

export function isRestricted(ns: K8sObject): boolean {
  return ns.object.metadata?.labels?.[PSA_ENFORCE] === 'restricted';
}

/** Namespaces declared in the manifests that do not enforce `restricted`, with their written reason. */
export function exemptedNamespaces(m: ComplianceModel): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const ns of m.objects.filter((o) => o.kind === 'Namespace')) {
    if (!isRestricted(ns)) out.set(ns.name, exemptionReason(ns));
  }
  return out;
}

/** Application namespaces: declared Namespaces that enforce `restricted`. */
export function applicationNamespaces(m: ComplianceModel): K8sObject[] {
  return m.objects.filter((o) => o.kind === 'Namespace' && isRestricted(o) && !SYSTEM_NAMESPACES.includes(o.name));
}
