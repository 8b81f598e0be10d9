/**
 * Fields the API server refuses to change on update, per kind. kubernetes_manifest updates an object in place, so a
 * change to one of these (a new Vault key in a StorageClass, another roleRef) would fail the apply; the library makes
 * such a change replace the object instead (ClusterConfigStack: `replace_triggered_by` a `terraform_data` of these
 * values). Sources, kubernetes pkg/apis/<group>/validation:
 * - StorageClass: storage ValidateStorageClassUpdate ("updates to parameters/provisioner/reclaimPolicy are forbidden")
 *   and volumeBindingMode (ValidateImmutableField).
 * - RoleBinding, ClusterRoleBinding: rbac ValidateRoleBindingUpdate / ValidateClusterRoleBindingUpdate ("cannot change roleRef").
 * - Deployment, ReplicaSet, DaemonSet: apps ValidateDeploymentUpdate / ValidateReplicaSetUpdate / ValidateDaemonSetUpdate
 *   (spec.selector, ValidateImmutableField for apps/v1).
 * - StatefulSet: apps ValidateStatefulSetUpdate (only replicas, template, updateStrategy, minReadySeconds,
 *   persistentVolumeClaimRetentionPolicy and ordinals may change).
 * - Job: batch ValidateJobSpecUpdate (selector, template, completionMode, podFailurePolicy, backoffLimitPerIndex,
 *   managedBy, successPolicy; parallelism may change; completions only in limited cases, left out).
 * - Secret: core ValidateSecretUpdate (type); with `immutable`, also ValidateConfigMapUpdate / ValidateSecretUpdate
 *   (data, binaryData, stringData and immutable itself once true), so a ConfigMap or Secret that states `immutable`
 *   carries its data and that flag in the trigger and is replaced when either changes.
 * - Service: core ValidateServiceUpdate (spec.clusterIP, spec.clusterIPs once set).
 * Not PersistentVolumeClaims, whose spec is immutable too (ValidatePersistentVolumeClaimUpdate): replacing a claim
 * would delete its volume (the library's StorageClasses reclaim with Delete), so such a change stays a failed apply.
 */
const IMMUTABLE_PATHS: Record<string, readonly string[]> = {
  StorageClass: ['provisioner', 'parameters', 'reclaimPolicy', 'volumeBindingMode'],
  RoleBinding: ['roleRef'],
  ClusterRoleBinding: ['roleRef'],
  Deployment: ['spec.selector'],
  ReplicaSet: ['spec.selector'],
  DaemonSet: ['spec.selector'],
  StatefulSet: ['spec.selector', 'spec.serviceName', 'spec.volumeClaimTemplates', 'spec.podManagementPolicy', 'spec.revisionHistoryLimit'],
  Job: ['spec.selector', 'spec.template', 'spec.completionMode', 'spec.podFailurePolicy', 'spec.backoffLimitPerIndex', 'spec.managedBy', 'spec.successPolicy'],
  Secret: ['type'],
  Service: ['spec.clusterIP', 'spec.clusterIPs'],
};

const IMMUTABLE_DATA_PATHS = ['immutable', 'data', 'binaryData', 'stringData'];

function at(obj: Record<string, any>, path: string): unknown {
  return path.split('.').reduce<any>((o, k) => (o === undefined || o === null ? undefined : o[k]), obj);
}

/** The immutable fields an object sets, by path (empty: nothing to guard). */
export function immutableFieldsOf(obj: Record<string, any>): Record<string, unknown> {
  const stated = (obj.kind === 'ConfigMap' || obj.kind === 'Secret') && obj.immutable !== undefined;
  const paths = [...(IMMUTABLE_PATHS[obj.kind] ?? []), ...(stated ? IMMUTABLE_DATA_PATHS : [])];
  const out: Record<string, unknown> = {};
  for (const p of paths) {
    const v = at(obj, p);
    if (v !== undefined) out[p] = v;
  }
  return out;
}
