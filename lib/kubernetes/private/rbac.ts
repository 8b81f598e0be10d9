/** RBAC rules of the roles the baseline writes. Explicit verbs, resources and groups only: no "*". */
export interface PolicyRuleData {
  readonly apiGroups: string[];
  readonly resources: string[];
  readonly verbs: string[];
}

const READ = ['get', 'list', 'watch'];
const WRITE = [...READ, 'create', 'update', 'patch', 'delete'];

/**
 * Namespace administrators run the workloads of their namespace. They cannot touch RBAC (no escalation path),
 * NetworkPolicies, LimitRanges or ResourceQuotas (those are the platform's guard rails), and cannot exec into pods.
 */
export const NAMESPACE_ADMIN_RULES: readonly PolicyRuleData[] = [
  { apiGroups: [''], resources: ['pods', 'services', 'endpoints', 'configmaps', 'secrets', 'persistentvolumeclaims', 'serviceaccounts'], verbs: WRITE },
  { apiGroups: [''], resources: ['pods/log', 'events', 'limitranges', 'resourcequotas'], verbs: READ },
  { apiGroups: ['apps'], resources: ['deployments', 'statefulsets', 'daemonsets', 'replicasets'], verbs: WRITE },
  { apiGroups: ['apps'], resources: ['deployments/scale', 'statefulsets/scale'], verbs: ['get', 'update', 'patch'] },
  { apiGroups: ['batch'], resources: ['jobs', 'cronjobs'], verbs: WRITE },
  { apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers'], verbs: WRITE },
  { apiGroups: ['policy'], resources: ['poddisruptionbudgets'], verbs: WRITE },
  { apiGroups: ['networking.k8s.io'], resources: ['ingresses'], verbs: WRITE },
  { apiGroups: ['networking.k8s.io'], resources: ['networkpolicies'], verbs: READ },
  { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: READ },
];

/** Read-only viewers: everything an admin reads except Secrets (and ServiceAccount tokens). */
export const NAMESPACE_VIEWER_RULES: readonly PolicyRuleData[] = [
  { apiGroups: [''], resources: ['pods', 'pods/log', 'services', 'endpoints', 'configmaps', 'persistentvolumeclaims', 'events', 'limitranges', 'resourcequotas'], verbs: READ },
  { apiGroups: ['apps'], resources: ['deployments', 'statefulsets', 'daemonsets', 'replicasets'], verbs: READ },
  { apiGroups: ['batch'], resources: ['jobs', 'cronjobs'], verbs: READ },
  { apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers'], verbs: READ },
  { apiGroups: ['policy'], resources: ['poddisruptionbudgets'], verbs: READ },
  { apiGroups: ['networking.k8s.io'], resources: ['ingresses', 'networkpolicies'], verbs: READ },
  { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: READ },
];

// Shared with the compliance catalog; owned by core.
export { ESCALATING_VERBS, FORBIDDEN_SUBJECTS } from '../../core/rbac-subjects';
