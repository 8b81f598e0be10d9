import { cidrContains } from '../../core/cidr';
import { allowAllRuleReason, INSTANCE_METADATA_CIDR, isEmptyLabelSelector } from '../../core/network-policy';
import { ComplianceModel, K8sObject, resourcesOf } from '../model';
import { Control, Finding, NSA, verdict } from './types';
import { applicationNamespaces } from './workload-specs';

const IMDS = INSTANCE_METADATA_CIDR;
const CNI_CHART = /(calico|tigera|cilium)/i;

function policies(m: ComplianceModel, ns?: string): K8sObject[] {
  return m.objects.filter((o) => o.kind === 'NetworkPolicy' && (ns === undefined || (o.namespace ?? 'default') === ns));
}

function types(p: K8sObject): string[] {
  const spec = p.object.spec ?? {};
  if (Array.isArray(spec.policyTypes)) return spec.policyTypes;
  return spec.egress ? ['Ingress', 'Egress'] : ['Ingress'];
}

function selectsAll(p: K8sObject): boolean {
  return isEmptyLabelSelector(p.object.spec?.podSelector);
}

function hasDefaultDeny(m: ComplianceModel, ns: string, direction: 'Ingress' | 'Egress'): boolean {
  const key = direction === 'Ingress' ? 'ingress' : 'egress';
  return policies(m, ns).some((p) => selectsAll(p) && types(p).includes(direction) && (p.object.spec?.[key] ?? []).length === 0);
}

function peersOf(rule: any, key: 'from' | 'to'): any[] {
  return Array.isArray(rule?.[key]) ? rule[key] : [];
}

function isDnsRule(rule: any): boolean {
  const ports: any[] = rule?.ports ?? [];
  const has = (proto: string) => ports.some((p) => String(p.port) === '53' && (p.protocol ?? 'TCP') === proto);
  return has('UDP') && has('TCP') && peersOf(rule, 'to').length > 0;
}

function imdsOpen(rule: any): boolean {
  return peersOf(rule, 'to').some((peer) => {
    const b = peer.ipBlock;
    if (!b || typeof b.cidr !== 'string' || !cidrContains(b.cidr, IMDS)) return false;
    return !(b.except ?? []).some((e: string) => cidrContains(e, IMDS));
  });
}

export const NETWORK_POLICY_CONTROLS: Control[] = [
  {
    id: 'NP-01', group: 'network-policy', severity: 'high',
    title: 'A CNI that enforces NetworkPolicy (Calico or Cilium) is installed on every cluster',
    references: { cisOke: '5.4.4', nsaCisa: `${NSA.NET} › Network policies` },
    fix: 'Install Calico (with flannel) or Cilium with a pinned chart version; HardenedCluster does this in its Kubernetes config stack.',
    check: (m) => {
      const evidence = [
        ...resourcesOf(m, 'helm_release').filter((h) => CNI_CHART.test(String(h.body.chart ?? '')) || CNI_CHART.test(String(h.body.name ?? ''))).map((h) => h.address),
        ...m.objects.filter((o) => (o.kind === 'Installation' && o.apiVersion.startsWith('operator.tigera.io')) ||
          (o.kind === 'DaemonSet' && /^(calico-node|cilium)$/.test(o.name)) || (o.kind === 'Deployment' && o.name === 'tigera-operator')).map((o) => o.address),
      ];
      return resourcesOf(m, 'oci_containerengine_cluster').map((c) =>
        verdict(c, evidence.length > 0, 'no NetworkPolicy-enforcing CNI found (OKE flannel and VCN-native CNIs do not enforce NetworkPolicy)', `enforced by ${evidence.join(', ')}`));
    },
  },
  {
    id: 'NP-02', group: 'network-policy', severity: 'high',
    title: 'Every application namespace has a default-deny policy for ingress and egress',
    references: { cisOke: '4.3.2', nsaCisa: `${NSA.NET} › Network policies`, kubescape: ['C-0030'] },
    fix: 'Add a NetworkPolicy with podSelector: {} and policyTypes [Ingress, Egress] and no rules.',
    check: (m) => applicationNamespaces(m).map((ns) => {
      const missing = (['Ingress', 'Egress'] as const).filter((d) => !hasDefaultDeny(m, ns.name, d));
      return verdict(ns, missing.length === 0, `no default-deny for ${missing.join(' and ')}`);
    }),
  },
  {
    id: 'NP-03', group: 'network-policy', severity: 'medium',
    title: 'Application namespaces allow DNS egress to kube-dns only (UDP and TCP 53)',
    references: { nsaCisa: `${NSA.NET} › Network policies` },
    fix: 'Add an egress NetworkPolicy allowing UDP and TCP 53 to namespace kube-system, pods k8s-app=kube-dns.',
    check: (m) => applicationNamespaces(m).map((ns) => {
      const ok = policies(m, ns.name).some((p) => (p.object.spec?.egress ?? []).some(isDnsRule));
      return verdict(ns, ok, 'no egress policy limits DNS to kube-dns on UDP and TCP 53');
    }),
  },
  {
    id: 'NP-04', group: 'network-policy', severity: 'high',
    title: 'No NetworkPolicy allows all traffic',
    references: { nsaCisa: `${NSA.NET} › Network policies` },
    fix: 'Name the peers (podSelector, namespaceSelector with labels, or ipBlock with except) in every rule.',
    check: (m) => policies(m).map((p) => {
      const spec = p.object.spec ?? {};
      const reasons = [
        ...(spec.ingress ?? []).map((r: any) => allowAllRuleReason(r, 'ingress')).filter(Boolean).map((x: string) => `ingress: ${x}`),
        ...(spec.egress ?? []).map((r: any) => allowAllRuleReason(r, 'egress')).filter(Boolean).map((x: string) => `egress: ${x}`),
      ];
      return verdict(p, reasons.length === 0, reasons.join('; '));
    }),
  },
  {
    id: 'NP-05', group: 'network-policy', severity: 'high',
    title: 'Pods cannot reach the instance metadata service (169.254.169.254)',
    references: { nsaCisa: `${NSA.NET} › Protecting sensitive cloud infrastructure`, kubescape: ['C-0052'] },
    fix: 'Keep the default-deny egress policy and add 169.254.169.254/32 to the except list of any ipBlock that contains it.',
    check: (m) => {
      const out: Finding[] = [];
      for (const ns of applicationNamespaces(m)) {
        out.push(verdict(ns, hasDefaultDeny(m, ns.name, 'Egress'), 'no default-deny egress: pods can reach 169.254.169.254'));
      }
      for (const p of policies(m)) {
        out.push(verdict(p, !(p.object.spec?.egress ?? []).some(imdsOpen), 'an egress ipBlock includes 169.254.169.254 without excepting it'));
      }
      return out;
    },
  },
];
