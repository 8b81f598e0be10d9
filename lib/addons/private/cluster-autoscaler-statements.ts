/**
 * The IAM statements of the Cluster Autoscaler add-on with a workload identity principal, in the wording of
 * "Working with the Cluster Autoscaler as a Cluster Add-on" (OKE documentation, Step 1, "Using workload identity
 * principals"): six statements for the compartment of the cluster, each conditioned on the workload principal of the
 * `cluster-autoscaler` service account in `kube-system` of this one cluster. Workload identity needs an enhanced
 * cluster, which every OkeCluster is.
 */
export const CLUSTER_AUTOSCALER_NAMESPACE = 'kube-system';
export const CLUSTER_AUTOSCALER_SERVICE_ACCOUNT = 'cluster-autoscaler';

const PERMISSIONS = [
  'manage cluster-node-pools',
  'manage instance-family',
  'use subnets',
  'read virtual-network-family',
  'use vnics',
  'inspect compartments',
];

export function clusterAutoscalerStatements(compartmentId: string, clusterId: string): string[] {
  const principal = `ALL {request.principal.type = 'workload', request.principal.namespace = '${CLUSTER_AUTOSCALER_NAMESPACE}', `
    + `request.principal.service_account = '${CLUSTER_AUTOSCALER_SERVICE_ACCOUNT}', request.principal.cluster_id = '${clusterId}'}`;
  return PERMISSIONS.map((p) => `Allow any-user to ${p} in compartment id ${compartmentId} where ${principal}`);
}
