import { Construct } from 'constructs';
import { HardenedOkeValidationError } from '../core/errors';
import { requireOcid } from '../core/ocid';
import { libraryTags } from '../core/tags';
import { MonitoringAlarm } from '../generated/providers/oci/monitoring-alarm';
import { OKE_METRIC_NAMESPACE } from '../core/monitoring/metric-table';
import { clusterAlarmDefinitions } from './private/alarm-rules';
import { requireClusterName } from '../core/names';
import { checkProps } from '../core/props-check';
import { requireKnown } from '../core/tokens';
import { PROPS_SPECS } from '../generated/props-specs';

/** Alarm thresholds. */
export interface ClusterAlarmOptions {
  /**
   * Alarm when fewer worker nodes than this are ACTIVE. Set it to the sum of the node pool sizes.
   * @default 1
   */
  readonly minActiveNodes?: number;
}

export interface ClusterAlarmsProps extends ClusterAlarmOptions {
  /** Compartment of the alarms and of the cluster's metrics. */
  readonly compartmentId: string;
  /** Cluster name; display names derive from it. */
  readonly clusterName: string;
  /** OCID (or token) of the cluster. */
  readonly clusterId: string;
  /** Notification topic the alarms publish to. */
  readonly topicId: string;
}

/** Monitoring alarms on OKE service metrics (namespace `oci_oke`) for unhealthy nodes and unschedulable pods. */
export class ClusterAlarms extends Construct {
  public readonly alarms: MonitoringAlarm[];

  constructor(scope: Construct, id: string, props: ClusterAlarmsProps) {
    super(scope, id);
    checkProps(PROPS_SPECS, 'ClusterAlarmsProps', props, '');
    requireOcid('compartmentId', props.compartmentId, 'compartment');
    requireClusterName('clusterName', props.clusterName);
    requireOcid('clusterId', props.clusterId, 'cluster');
    if (!props.topicId) {
      throw new HardenedOkeValidationError('topicId', 'is required', 'pass the notification topic OCID');
    }
    requireKnown('minActiveNodes', props.minActiveNodes);
    const min = props.minActiveNodes ?? 1;
    if (!Number.isInteger(min) || min < 1) {
      throw new HardenedOkeValidationError('minActiveNodes', `${min} is not a positive whole number`, 'set it to the total number of worker nodes');
    }
    const tags = libraryTags(props.clusterName, 'observability');
    this.alarms = clusterAlarmDefinitions(props.clusterId, min).map((a) => new MonitoringAlarm(this, a.name, {
      compartmentId: props.compartmentId,
      metricCompartmentId: props.compartmentId,
      displayName: `${props.clusterName}-${a.name}`,
      namespace: OKE_METRIC_NAMESPACE,
      query: a.query,
      severity: a.severity,
      pendingDuration: a.pendingDuration,
      body: a.body,
      isEnabled: true,
      destinations: [props.topicId],
      messageFormat: 'ONS_OPTIMIZED',
      repeatNotificationDuration: 'PT4H',
      freeformTags: tags,
    }));
  }
}
