import { Testing } from 'cdktf';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { LimitRange } from 'kubernetes-models/v1/LimitRange';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { ResourceQuota } from 'kubernetes-models/v1/ResourceQuota';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { ClusterRoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding';
import { Role } from 'kubernetes-models/rbac.authorization.k8s.io/v1/Role';
import { RoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding';
import { StorageClass } from 'kubernetes-models/storage.k8s.io/v1/StorageClass';
import { ValidatingAdmissionPolicy } from 'kubernetes-models/admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy';
import { ValidatingAdmissionPolicyBinding } from 'kubernetes-models/admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding';
import { CniType } from '../../lib/network/cni-type';
import { KubernetesBaseline, KubernetesBaselineProps } from '../../lib/kubernetes/kubernetes-baseline';
import { FlowPeer, FlowPort } from '../../lib/kubernetes/network-flow';
import { FlowDirection } from '../../lib/kubernetes/types';
import { OCIDS } from '../support';

/** Admission policy inputs as HardenedCluster would give them (here literal, there cross-stack references). */
export const ADMISSION: { region: string; tenancyNamespace: string; loadBalancerNsgId: string; workerNsgId?: string } = {
  region: 'eu-frankfurt-1',
  tenancyNamespace: 'axtestnamespace',
  loadBalancerNsgId: 'ocid1.networksecuritygroup.oc1.eu-frankfurt-1.aaaaaaaatestlbnsg',
  workerNsgId: 'ocid1.networksecuritygroup.oc1.eu-frankfurt-1.aaaaaaaatestworkers',
};
export const OTHER_NSG = 'ocid1.networksecuritygroup.oc1.eu-frankfurt-1.aaaaaaaatestother';

export const BASE_PROPS: KubernetesBaselineProps = {
  clusterName: 'prod',
  kubernetesVersion: 'v1.33.1',
  cni: CniType.OCI_VCN_IP_NATIVE,
  pvKmsKeyId: OCIDS.key,
  admission: ADMISSION,
  clusterAdminGroupIds: [OCIDS.group('platformadmins')],
  applicationNamespaces: [
    {
      name: 'shop',
      adminGroupIds: [OCIDS.group('shopadmins')],
      viewerGroupIds: [OCIDS.group('shopviewers')],
      allowedFlows: [
        { direction: FlowDirection.INGRESS, peer: FlowPeer.pods(), ports: [FlowPort.tcp(8080)] },
        { direction: FlowDirection.INGRESS, peer: FlowPeer.inNamespace('ingress', { app: 'gateway' }), podLabels: { app: 'web' } },
        { direction: FlowDirection.EGRESS, peer: FlowPeer.cidr('0.0.0.0/0', ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16']), ports: [FlowPort.tcp(443)] },
      ],
    },
    { name: 'ingress', quota: { loadBalancers: 1 } },
  ],
};

export function baseline(props: Partial<KubernetesBaselineProps> = {}): KubernetesBaseline {
  return new KubernetesBaseline(Testing.app(), 'baseline', { ...BASE_PROPS, ...props });
}

/** kubernetes-models 4.5.1 classes: validate() checks each object against the Kubernetes OpenAPI schema. */
export const MODELS: Record<string, new (data: any) => { validate(): void }> = {
  Namespace, NetworkPolicy, LimitRange, ResourceQuota, ServiceAccount, ConfigMap, Role, RoleBinding,
  ClusterRoleBinding, StorageClass, ValidatingAdmissionPolicy, ValidatingAdmissionPolicyBinding,
};

/**
 * Field paths the baseline may set, per kind, from the Kubernetes API reference. kubernetes-models accepts unknown
 * fields, so this list catches misspelt ones. `*` matches any map key, `[]` any array element.
 */
const META = ['metadata', 'metadata.name', 'metadata.namespace', 'metadata.labels', 'metadata.labels.*', 'metadata.annotations', 'metadata.annotations.*'];
const SUBJECTS = ['subjects', 'subjects[]', 'subjects[].kind', 'subjects[].name', 'subjects[].apiGroup', 'roleRef', 'roleRef.apiGroup', 'roleRef.kind', 'roleRef.name'];
const PEER = (p: string) => [p, `${p}[]`, `${p}[].podSelector`, `${p}[].podSelector.matchLabels`, `${p}[].podSelector.matchLabels.*`,
  `${p}[].namespaceSelector`, `${p}[].namespaceSelector.matchLabels`, `${p}[].namespaceSelector.matchLabels.*`,
  `${p}[].ipBlock`, `${p}[].ipBlock.cidr`, `${p}[].ipBlock.except`, `${p}[].ipBlock.except[]`];
const RULE = (d: string, peer: string) => [`spec.${d}`, `spec.${d}[]`, ...PEER(`spec.${d}[].${peer}`), `spec.${d}[].ports`, `spec.${d}[].ports[]`, `spec.${d}[].ports[].port`, `spec.${d}[].ports[].protocol`];
export const KNOWN_FIELDS: Record<string, string[]> = {
  Namespace: [...META],
  NetworkPolicy: [...META, 'spec', 'spec.podSelector', 'spec.podSelector.matchLabels', 'spec.podSelector.matchLabels.*', 'spec.policyTypes', 'spec.policyTypes[]', ...RULE('ingress', 'from'), ...RULE('egress', 'to')],
  LimitRange: [...META, 'spec', 'spec.limits', 'spec.limits[]', 'spec.limits[].type', 'spec.limits[].default', 'spec.limits[].default.cpu', 'spec.limits[].default.memory', 'spec.limits[].defaultRequest', 'spec.limits[].defaultRequest.cpu', 'spec.limits[].defaultRequest.memory'],
  ResourceQuota: [...META, 'spec', 'spec.hard', 'spec.hard.requests.cpu', 'spec.hard.requests.memory', 'spec.hard.limits.cpu', 'spec.hard.limits.memory', 'spec.hard.pods', 'spec.hard.persistentvolumeclaims', 'spec.hard.services.loadbalancers'],
  ServiceAccount: [...META, 'automountServiceAccountToken'],
  ConfigMap: [...META, 'data', 'data.*'],
  Role: [...META, 'rules', 'rules[]', 'rules[].apiGroups', 'rules[].apiGroups[]', 'rules[].resources', 'rules[].resources[]', 'rules[].verbs', 'rules[].verbs[]'],
  RoleBinding: [...META, ...SUBJECTS],
  ClusterRoleBinding: [...META, ...SUBJECTS],
  ValidatingAdmissionPolicy: [...META, 'spec', 'spec.failurePolicy', 'spec.matchConstraints', 'spec.matchConstraints.resourceRules',
    'spec.matchConstraints.resourceRules[]', ...['apiGroups', 'apiVersions', 'operations', 'resources'].flatMap((f) => [`spec.matchConstraints.resourceRules[].${f}`, `spec.matchConstraints.resourceRules[].${f}[]`]),
    'spec.matchConditions', 'spec.matchConditions[]', 'spec.matchConditions[].name', 'spec.matchConditions[].expression',
    'spec.variables', 'spec.variables[]', 'spec.variables[].name', 'spec.variables[].expression',
    'spec.validations', 'spec.validations[]', 'spec.validations[].expression', 'spec.validations[].message'],
  ValidatingAdmissionPolicyBinding: [...META, 'spec', 'spec.policyName', 'spec.validationActions', 'spec.validationActions[]',
    'spec.matchResources', 'spec.matchResources.namespaceSelector', 'spec.matchResources.namespaceSelector.matchExpressions',
    'spec.matchResources.namespaceSelector.matchExpressions[]', 'spec.matchResources.namespaceSelector.matchExpressions[].key',
    'spec.matchResources.namespaceSelector.matchExpressions[].operator', 'spec.matchResources.namespaceSelector.matchExpressions[].values',
    'spec.matchResources.namespaceSelector.matchExpressions[].values[]'],
  StorageClass: [...META, 'provisioner', 'parameters', 'parameters.*', 'reclaimPolicy', 'volumeBindingMode', 'allowVolumeExpansion'],
};

/** Every field path of an object, with map keys under known map fields replaced by `*`. */
export function fieldPaths(obj: any, kind: string): string[] {
  const allowed = new Set(KNOWN_FIELDS[kind] ?? []);
  const out: string[] = [];
  const walk = (value: any, at: string) => {
    if (Array.isArray(value)) {
      value.forEach((v) => walk(v, `${at}[]`));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) {
      const direct = at ? `${at}.${k}` : k;
      const star = at ? `${at}.*` : k;
      const key = allowed.has(direct) ? direct : allowed.has(star) ? star : direct;
      if (key !== 'apiVersion' && key !== 'kind') out.push(key);
      if (!key.endsWith('.*') || (typeof v === 'object' && v !== null)) walk(v, key);
    }
  };
  walk(obj, '');
  return out;
}
