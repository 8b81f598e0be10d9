/**
 * Monitoring alarms on OKE service metrics. Metric names, dimensions and values come from the metric table in
 * core/monitoring (Oracle, "Kubernetes Engine (OKE) Metrics"); OBS-09 checks these queries against it at synth.
 */
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
      // NodeState counts worker nodes per instance state (dimension nodeState: ACTIVE, CREATING, ..., INACTIVE);
      // fewer ACTIVE nodes of this cluster than expected means nodes are unhealthy or gone.
      query: `NodeState[1m]{clusterId = "${clusterId}", nodeState = "ACTIVE"}.grouping().sum() < ${minActiveNodes}`,
      pendingDuration: 'PT5M',
      body: `Fewer than ${minActiveNodes} worker nodes of the cluster are ACTIVE. Check node pool health and node conditions.`,
    },
    {
      name: 'unschedulable-pods',
      severity: 'WARNING',
      // UnschedulablePods is a cluster metric with only resourceId/resourceDisplayName: resourceId is the cluster OCID.
      query: `UnschedulablePods[5m]{resourceId = "${clusterId}"}.max() > 0`,
      pendingDuration: 'PT10M',
      body: 'Pods have been unschedulable for 10 minutes: nodes may be unhealthy, cordoned or out of capacity.',
    },
  ];
}
