import { parse } from 'yaml';
import { blocks, ComplianceModel, dig, objectsOf, refsIn, resourcesOf } from '../model';
import { missingAdmissionRequirements } from './admission-evidence';
import { Control, Finding, NSA, na, verdict } from './types';
import {
  containersOf, exemptedNamespaces, exemptionReason, isRestricted, PSA_AUDIT, PSA_ENFORCE, PSA_WARN,
  SYSTEM_NAMESPACES, Workload, workloads,
} from './workload-specs';

/** Runs `judge` on every workload, except those in a namespace exempted with a written reason. */
function perWorkload(m: ComplianceModel, judge: (w: Workload) => string[]): Finding[] {
  const exempt = exemptedNamespaces(m);
  return workloads(m).map((w) => {
    const ns = w.object.namespace ?? 'default';
    const reason = exempt.get(ns);
    if (reason) return na(w.object, `namespace ${ns} is exempted from restricted Pod Security: ${reason}`);
    const problems = judge(w);
    return verdict(w.object, problems.length === 0, problems.join('; '));
  });
}

function perContainer(m: ComplianceModel, bad: (c: any, pod: any) => boolean, what: string): Finding[] {
  return perWorkload(m, (w) => containersOf(w.spec).filter((c) => bad(c, w.spec)).map((c) => `container ${c.name}: ${what}`));
}

const sc = (c: any): any => c.securityContext ?? {};
const podSc = (pod: any): any => pod.securityContext ?? {};

export const WORKLOAD_CONTROLS: Control[] = [
  {
    id: 'WKL-01', group: 'workloads', severity: 'high',
    title: 'Every namespace enforces, audits and warns at Pod Security "restricted" unless exempted with a reason',
    references: { nsaCisa: `${NSA.POD} › Pod security enforcement` },
    fix: `Label the namespace ${PSA_ENFORCE}=restricted, ${PSA_AUDIT}=restricted, ${PSA_WARN}=restricted (and ${PSA_ENFORCE}-version), or exempt it explicitly with an exemption-reason annotation.`,
    check: (m) => m.objects.filter((o) => o.kind === 'Namespace' && !SYSTEM_NAMESPACES.includes(o.name)).map((ns): Finding => {
      const labels = ns.object.metadata?.labels ?? {};
      if (!isRestricted(ns) && exemptionReason(ns)) return na(ns, `exempted: ${exemptionReason(ns)}`);
      const missing = [PSA_ENFORCE, PSA_AUDIT, PSA_WARN].filter((k) => labels[k] !== 'restricted');
      return verdict(ns, missing.length === 0, `not restricted: ${missing.join(', ')}`);
    }),
  },
  {
    id: 'WKL-02', group: 'workloads', severity: 'medium',
    title: 'Namespaces exempted from "restricted" carry a written reason',
    references: { nsaCisa: `${NSA.POD} › Pod security enforcement` },
    fix: 'Annotate the namespace with <prefix>/pod-security-exemption-reason: "<why this component needs privileges>".',
    check: (m) => m.objects.filter((o) => o.kind === 'Namespace' && !isRestricted(o) && !SYSTEM_NAMESPACES.includes(o.name)).map((ns) =>
      verdict(ns, exemptionReason(ns) !== undefined, 'exempted from restricted Pod Security without an exemption-reason annotation')),
  },
  {
    id: 'WKL-03', group: 'workloads', severity: 'high',
    title: 'Containers run as non-root',
    references: { cisOke: '4.5.2', nsaCisa: `${NSA.POD} › Non-root containers and "rootless" container engines`, checkov: ['CKV_K8S_23'], kubescape: ['C-0013'] },
    fix: 'Set securityContext.runAsNonRoot: true (pod or container) and a non-zero runAsUser.',
    check: (m) => perContainer(m, (c, pod) => {
      const own = sc(c).runAsNonRoot;
      return !(own === true || (own === undefined && podSc(pod).runAsNonRoot === true)) || sc(c).runAsUser === 0;
    }, 'runAsNonRoot is not true'),
  },
  {
    id: 'WKL-04', group: 'workloads', severity: 'medium',
    title: 'Containers have a read-only root filesystem',
    references: { cisOke: '4.5.2', nsaCisa: `${NSA.POD} › Immutable container file systems`, checkov: ['CKV_K8S_22'], kubescape: ['C-0017'] },
    fix: 'Set securityContext.readOnlyRootFilesystem: true and mount an emptyDir where the process must write.',
    check: (m) => perContainer(m, (c) => sc(c).readOnlyRootFilesystem !== true, 'readOnlyRootFilesystem is not true'),
  },
  {
    id: 'WKL-05', group: 'workloads', severity: 'high',
    title: 'Containers cannot escalate privileges',
    references: { cisOke: '4.2.5', nsaCisa: `${NSA.POD} › Pod security enforcement`, checkov: ['CKV_K8S_20'], kubescape: ['C-0016'] },
    fix: 'Set securityContext.allowPrivilegeEscalation: false.',
    check: (m) => perContainer(m, (c) => sc(c).allowPrivilegeEscalation !== false, 'allowPrivilegeEscalation is not false'),
  },
  {
    id: 'WKL-06', group: 'workloads', severity: 'medium',
    title: 'Containers drop ALL capabilities',
    references: { cisOke: '4.5.2', nsaCisa: `${NSA.POD} › Pod security enforcement`, checkov: ['CKV_K8S_37'], kubescape: ['C-0046'] },
    fix: 'Set securityContext.capabilities.drop: ["ALL"] (add back only NET_BIND_SERVICE if needed).',
    check: (m) => perContainer(m, (c) => {
      const caps = sc(c).capabilities ?? {};
      const added = (caps.add ?? []).filter((x: string) => x !== 'NET_BIND_SERVICE');
      return !(caps.drop ?? []).includes('ALL') || added.length > 0;
    }, 'capabilities.drop does not include ALL (or adds capabilities)'),
  },
  {
    id: 'WKL-07', group: 'workloads', severity: 'medium',
    title: 'Containers use the RuntimeDefault seccomp profile',
    references: { cisOke: '4.5.2', nsaCisa: `${NSA.LOG} › Seccomp: audit mode`, checkov: ['CKV_K8S_31'], kubescape: ['C-0055'] },
    fix: 'Set securityContext.seccompProfile.type: RuntimeDefault on the pod (or every container).',
    check: (m) => perContainer(m, (c, pod) => {
      const type = sc(c).seccompProfile?.type ?? podSc(pod).seccompProfile?.type;
      return type !== 'RuntimeDefault' && type !== 'Localhost';
    }, 'no RuntimeDefault seccomp profile'),
  },
  {
    id: 'WKL-08', group: 'workloads', severity: 'medium',
    title: 'Containers declare CPU and memory requests and limits',
    references: { nsaCisa: `${NSA.NET} › Resource policies`, checkov: ['CKV_K8S_11', 'CKV_K8S_13'], kubescape: ['C-0004', 'C-0050'] },
    fix: 'Set resources.requests and resources.limits for cpu and memory.',
    check: (m) => perWorkload(m, (w) => containersOf(w.spec).flatMap((c) => {
      const r = c.resources ?? {};
      const missing = ['requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory'].filter((k) => {
        const [a, b] = k.split('.');
        return r[a]?.[b] === undefined;
      });
      return missing.length ? [`container ${c.name}: missing ${missing.join(', ')}`] : [];
    })),
  },
  {
    id: 'WKL-09', group: 'workloads', severity: 'high',
    title: 'Pods do not share the host network, PID or IPC namespaces',
    references: { cisOke: '4.2.3', nsaCisa: `${NSA.POD} › Pod security enforcement`, checkov: ['CKV_K8S_17', 'CKV_K8S_18', 'CKV_K8S_19'], kubescape: ['C-0038', 'C-0041'] },
    fix: 'Remove hostNetwork, hostPID and hostIPC (or set them false).',
    check: (m) => perWorkload(m, (w) => ['hostNetwork', 'hostPID', 'hostIPC'].filter((k) => w.spec[k] === true).map((k) => `${k}: true`)),
  },
  {
    id: 'WKL-10', group: 'workloads', severity: 'high',
    title: 'Pods do not mount host paths',
    references: { nsaCisa: `${NSA.POD} › Pod security enforcement`, kubescape: ['C-0048', 'C-0045'] },
    fix: 'Replace hostPath volumes with emptyDir, ConfigMap, Secret or a PersistentVolumeClaim.',
    check: (m) => perWorkload(m, (w) => (w.spec.volumes ?? []).filter((v: any) => v?.hostPath).map((v: any) => `hostPath volume ${v.name} (${v.hostPath.path})`)),
  },
  {
    id: 'WKL-11', group: 'workloads', severity: 'critical',
    title: 'No privileged containers',
    references: { cisOke: '4.2.1', nsaCisa: `${NSA.POD} › Pod security enforcement`, kubescape: ['C-0057'] },
    fix: 'Remove securityContext.privileged: true.',
    check: (m) => perContainer(m, (c) => sc(c).privileged === true, 'privileged: true'),
  },
  {
    id: 'WKL-12', group: 'workloads', severity: 'high',
    title: 'ValidatingAdmissionPolicies bound with Deny enforce OCIR images by digest, no image-verification break-glass, read-only root filesystems without :latest, and NSG-managed internal LoadBalancer Services with explicit source ranges',
    references: { nsaCisa: `${NSA.POD} › Pod security enforcement` },
    fix: 'Give KubernetesBaseline its `admission` inputs with enforceAllNamespaces (HardenedCluster does), or apply equivalent ValidatingAdmissionPolicies with Deny bindings on every namespace but the exempted ones.',
    check: (m) => {
      const missing = missingAdmissionRequirements(m);
      return resourcesOf(m, 'oci_containerengine_cluster').map((c) =>
        verdict(c, missing.length === 0, `no Deny-bound ValidatingAdmissionPolicy for: ${missing.join('; ')}`, 'admission policies bound with Deny'));
    },
  },
  {
    // NSA/CISA Kubernetes Hardening Guidance v1.2, Audit logging and threat detection: "Many cloud providers offer
    // the ability to monitor the containers for unusual behavior as a cloud service". Oracle's pages do not state
    // Cloud Guard Instance Security for OKE managed nodes (README "Runtime detection"), so the evidence is an
    // in-cluster detector (Tetragon) whose events reach people.
    id: 'WKL-13', group: 'workloads', severity: 'medium',
    title: 'Running containers are watched for unusual behaviour: a runtime detector with tracing policies, its events in OCI Logging, and a route from that log to a notification topic',
    references: { nsaCisa: `${NSA.LOG}` },
    fix: 'Keep kubernetes.runtimeDetection on (Tetragon helm_release, TracingPolicies (files of a ConfigMap mounted under /etc/tetragon/tetragon.tp.d, or objects), a unified agent configuration tailing /var/run/cilium/tetragon/tetragon.log into a custom log, and an oci_sch_service_connector from that log to the security topic), or waive WKL-13 with the reason (kubernetes.runtimeDetection: { enabled: false, disabledReason }).',
    check: (m) => {
      const missing = missingRuntimeDetection(m);
      return resourcesOf(m, 'oci_containerengine_cluster').map((c) =>
        verdict(c, missing.length === 0, `no runtime detection: ${missing.join('; ')}`, 'Tetragon with TracingPolicies, events in OCI Logging, connector to a notification topic'));
    },
  },
];

/** What is missing for WKL-13, read from the whole app (both stacks of a cluster). */
function missingRuntimeDetection(m: ComplianceModel): string[] {
  const missing: string[] = [];
  const releases = resourcesOf(m, 'helm_release').filter((h) => String(h.body.chart ?? '') === 'tetragon');
  if (releases.length === 0) missing.push('no Tetragon helm_release');
  if (objectsOf(m, 'TracingPolicy', 'TracingPolicyNamespaced').length === 0 && !mountsPolicyFiles(m, releases.map((r) => r.body))) {
    missing.push('no TracingPolicy (neither an object nor a file in a ConfigMap the Tetragon release mounts under /etc/tetragon/tetragon.tp.d)');
  }
  const agents = resourcesOf(m, 'oci_logging_unified_agent_configuration').filter((a) =>
    blocks(dig(a.body, 'service_configuration', 'sources')).some((src) => String(src.source_type ?? '') === 'LOG_TAIL'
      && (Array.isArray(src.paths) ? src.paths : []).some((p: unknown) => String(p).startsWith('/var/run/cilium/tetragon/'))));
  if (agents.length === 0) missing.push('no unified agent configuration tails the Tetragon export file');
  const logs = agents.flatMap((a) => refsIn(dig(a.body, 'service_configuration', 'destination', 'log_object_id')));
  const routed = resourcesOf(m, 'oci_sch_service_connector').some((c) => String(dig(c.body, 'target', 'kind') ?? '') === 'notifications'
    && blocks(dig(c.body, 'source', 'log_sources')).some((src) => refsIn(src.log_id).some((r) => logs.includes(r))));
  if (agents.length > 0 && !routed) missing.push('no connector routes the detections log to a notification topic');
  return missing;
}

/**
 * Whether a Tetragon release mounts a ConfigMap holding a TracingPolicy file into the agent's policy directory
 * (`/etc/tetragon/tetragon.tp.d`, loaded at startup: cilium/tetragon cmd/tetragon/main.go loadTpFromDir), through the
 * chart's `extraVolumes` + `extraConfigmapMounts` (install/kubernetes/tetragon/values.yaml).
 */
function mountsPolicyFiles(m: ComplianceModel, releases: Record<string, any>[]): boolean {
  const parsed = (text: unknown): any => { try { return parse(String(text)); } catch { return undefined; } };
  const withPolicy = new Set(objectsOf(m, 'ConfigMap')
    .filter((cm) => Object.values<unknown>(cm.object?.data ?? {}).some((v) => ['TracingPolicy', 'TracingPolicyNamespaced'].includes(parsed(v)?.kind)))
    .map((cm) => cm.name));
  return releases.some((r) => (Array.isArray(r.values) ? r.values : []).some((text: unknown) => {
    const v = parsed(text);
    const volumes = new Map<string, string>((Array.isArray(v?.extraVolumes) ? v.extraVolumes : [])
      .filter((x: any) => typeof x?.configMap?.name === 'string').map((x: any) => [x.name, x.configMap.name]));
    return (Array.isArray(v?.extraConfigmapMounts) ? v.extraConfigmapMounts : []).some((mnt: any) =>
      /^\/etc\/tetragon\/tetragon\.tp\.d(\/|$)/.test(String(mnt?.mountPath ?? '')) && withPolicy.has(volumes.get(mnt?.name) ?? ''));
  }));
}
