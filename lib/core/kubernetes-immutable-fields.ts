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
 * - Job: batch ValidateJobUpdate (spec.selector and spec.template; completions only in limited cases).
 * - PersistentVolumeClaim: core ValidatePersistentVolumeClaimUpdate (spec is immutable after creation except
 *   resources.requests and volumeAttributesClassName).
 * - ConfigMap, Secret with `immutable: true`: core ValidateConfigMapUpdate / ValidateSecretUpdate (data, binaryData,
 *   stringData, immutable).
 */
const IMMUTABLE_PATHS: Record<string, readonly string[]> = {
  StorageClass: ['provisioner', 'parameters', 'reclaimPolicy', 'volumeBindingMode'],
  RoleBinding: ['roleRef'],
  ClusterRoleBinding: ['roleRef'],
  Deployment: ['spec.selector'],
  ReplicaSet: ['spec.selector'],
  DaemonSet: ['spec.selector'],
  StatefulSet: ['spec.selector', 'spec.serviceName', 'spec.volumeClaimTemplates', 'spec.podManagementPolicy', 'spec.revisionHistoryLimit'],
  Job: ['spec.selector', 'spec.template', 'spec.completionMode', 'spec.completions', 'spec.parallelism'],
  PersistentVolumeClaim: ['spec.accessModes', 'spec.storageClassName', 'spec.volumeMode', 'spec.volumeName', 'spec.selector', 'spec.dataSource', 'spec.dataSourceRef'],
};

const IMMUTABLE_DATA_PATHS = ['data', 'binaryData', 'stringData'];

function at(obj: Record<string, any>, path: string): unknown {
  return path.split('.').reduce<any>((o, k) => (o === undefined || o === null ? undefined : o[k]), obj);
}

/** The immutable fields an object sets, by path (empty: nothing to guard). */
export function immutableFieldsOf(obj: Record<string, any>): Record<string, unknown> {
  const paths = (obj.kind === 'ConfigMap' || obj.kind === 'Secret') && obj.immutable === true
    ? IMMUTABLE_DATA_PATHS : IMMUTABLE_PATHS[obj.kind] ?? [];
  const out: Record<string, unknown> = {};
  for (const p of paths) {
    const v = at(obj, p);
    if (v !== undefined) out[p] = v;
  }
  return out;
}
