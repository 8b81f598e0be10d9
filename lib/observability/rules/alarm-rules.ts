/**
 * Monitoring alarms on OKE service metrics (namespace `oci_oke`, Oracle doc "Kubernetes Engine (OKE) Metrics":
 * UnschedulablePods, NodeState, APIServerRequestCount, APIServerResponseCount, KubernetesNodeCondition).
 */
export const OKE_METRIC_NAMESPACE = 'oci_oke';

export interface AlarmDefinition {
  readonly name: string;
  readonly severity: 'CRITICAL' | 'ERROR' | 'WARNING' | 'INFO';
  readonly query: string;
  readonly pendingDuration: string;
  readonly body: string;
}

export function clusterAlarmDefinitions(clusterId: string, minActiveNodes: number): AlarmDefinition[] {
  return [
    {
      name: 'nodes-not-active',
      severity: 'CRITICAL',
      // NodeState counts worker nodes per state; fewer ACTIVE nodes than expected means nodes are unhealthy or gone.
      query: `NodeState[1m]{clusterId = "${clusterId}", nodeCondition = "ACTIVE"}.grouping().sum() < ${minActiveNodes}`,
      pendingDuration: 'PT5M',
      body: `Fewer than ${minActiveNodes} worker nodes of the cluster are ACTIVE. Check node pool health and node conditions.`,
    },
    {
      name: 'unschedulable-pods',
      severity: 'WARNING',
      query: `UnschedulablePods[5m]{clusterId = "${clusterId}"}.max() > 0`,
      pendingDuration: 'PT10M',
      body: 'Pods have been unschedulable for 10 minutes: nodes may be unhealthy, cordoned or out of capacity.',
    },
  ];
}
