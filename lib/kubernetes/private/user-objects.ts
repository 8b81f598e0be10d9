import { Token } from 'cdktf';
import { HardenedOkeValidationError } from '../../core/errors';

/**
 * Namespaced built-in kinds (`<group>/<kind>`, core group empty): such an object without metadata.namespace is created
 * in "default", which is no application namespace of the cluster.
 * @see https://kubernetes.io/docs/reference/kubernetes-api/
 */
export const NAMESPACED_KINDS: ReadonlySet<string> = new Set([
  '/Pod', '/Service', '/ConfigMap', '/Secret', '/ServiceAccount', '/PersistentVolumeClaim', '/Endpoints', '/LimitRange',
  '/ResourceQuota', '/ReplicationController', 'apps/Deployment', 'apps/StatefulSet', 'apps/DaemonSet', 'apps/ReplicaSet',
  'batch/Job', 'batch/CronJob', 'networking.k8s.io/Ingress', 'networking.k8s.io/NetworkPolicy', 'policy/PodDisruptionBudget',
  'autoscaling/HorizontalPodAutoscaler', 'rbac.authorization.k8s.io/Role', 'rbac.authorization.k8s.io/RoleBinding',
  'discovery.k8s.io/EndpointSlice', 'coordination.k8s.io/Lease',
]);

/**
 * Refuses cdktf tokens anywhere in an object: the object is also written as YAML for GitOps, where a Terraform
 * reference cannot resolve (it would be written as `${TfToken[...]}`), so a value must be known at synth.
 */
export function refuseTokens(where: string, value: unknown, what: string, at = ''): void {
  if (typeof value === 'string' || typeof value === 'number' || (value !== null && typeof value === 'object' && !Array.isArray(value))) {
    if (Token.isUnresolved(value)) {
      throw new HardenedOkeValidationError(`${where}${at}`, `${what} holds a Terraform reference (a cdktf token), which the GitOps YAML cannot carry`,
        'pass the value known at synth (a literal string or number); values known only at apply time belong in a Terraform resource of their own');
    }
    if (typeof value !== 'object') return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => refuseTokens(where, v, what, `${at}[${i}]`));
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      refuseTokens(where, k, what, at);
      refuseTokens(where, v, what, `${at}.${k}`);
    }
  }
}
