import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedOkeValidationError } from '../core/errors';
import { requireClusterName, tenancyUniqueName } from '../core/names';
import { requireOcid } from '../core/ocid';
import { libraryTags } from '../core/tags';
import { IdentityPolicy } from '../generated/providers/oci/identity-policy';
import { LoggingLog } from '../generated/providers/oci/logging-log';
import { LoggingUnifiedAgentConfiguration } from '../generated/providers/oci/logging-unified-agent-configuration';
import { SchServiceConnector } from '../generated/providers/oci/sch-service-connector';
import { connectorPublishTopicStatement, connectorReadLogsStatement } from './private/iam-statements';
import { LOG_RETENTION_MIN_DAYS, requireLogRetention } from './private/observability-rules';

export interface RuntimeDetectionAlertsProps {
  /** Compartment of the log, the agent configuration, the connector and its policy (the cluster's). */
  readonly compartmentId: string;
  /** Cluster name; display names derive from it. */
  readonly clusterName: string;
  /** The cluster's log group (the archive connector ships it too, so detections are archived). */
  readonly logGroupId: string;
  /** Dynamic group of the worker nodes, whose unified monitoring agent tails the export file. */
  readonly workerDynamicGroupId: string;
  /** The security notification topic. */
  readonly topicId: string;
  /**
   * Compartment of the topic. When it is not `compartmentId`, the publish grant goes into a second policy attached
   * in the topic's compartment: a policy can only grant access in the compartment it is attached to and that
   * compartment's children (Oracle "How Policies Work", Policy Attachment), and the topic's compartment need not be
   * a child of the cluster's.
   * @default - compartmentId
   * @see https://docs.oracle.com/iaas/Content/Identity/policieshow/how-policies-work.htm
   */
  readonly topicCompartmentId?: string;
  /** Absolute path of the detector's JSON export file on every node, e.g. `/var/run/cilium/tetragon/tetragon.log`. */
  readonly exportFile: string;
  /**
   * Retention of the log, in days (90 to 180, 30-day steps).
   * @default 90
   */
  readonly retentionDays?: number;
  /**
   * Provider for the IAM policy. IAM resources can only be created in the tenancy's home region.
   * @default - the stack's default provider
   */
  readonly identityProvider?: TerraformProvider;
}

/**
 * Where runtime detections go: a custom log in the cluster's log group, filled by the worker nodes' unified
 * monitoring agent tailing the detector's JSON export file (a LOG_TAIL source with the JSON parser, bound to the
 * worker dynamic group; the agent policy of ClusterLogging already lets that group push log content in the
 * compartment), and a Connector Hub connector from that log to the security notification topic, so every detection
 * reaches the topic's subscribers.
 *
 * @see https://docs.oracle.com/iaas/Content/Logging/Concepts/custom_logs.htm
 * @see https://docs.oracle.com/iaas/Content/Logging/Concepts/agent_management.htm
 * @see https://docs.oracle.com/iaas/Content/connector-hub/message-examples.htm (connectors with a Notifications target)
 */
export class RuntimeDetectionAlerts extends Construct {
  /** The connector from the detections log to the topic: the construct's main Terraform resource (escape hatch). */
  public readonly resource: SchServiceConnector;
  /** The custom log of detections. */
  public readonly log: LoggingLog;
  /** The unified agent configuration that tails the export file on every worker node. */
  public readonly agentConfig: LoggingUnifiedAgentConfiguration;
  /** Lets the connector read the log (and publish to the topic when the topic is in the same compartment). */
  public readonly connectorPolicy: IdentityPolicy;
  /** Lets the connector publish to a topic of another compartment; attached there. Undefined when the topic is in `compartmentId`. */
  public readonly topicPolicy?: IdentityPolicy;

  constructor(scope: Construct, id: string, props: RuntimeDetectionAlertsProps) {
    super(scope, id);
    requireOcid('compartmentId', props.compartmentId, 'compartment');
    requireClusterName('clusterName', props.clusterName);
    requireOcid('logGroupId', props.logGroupId, 'loggroup');
    requireOcid('workerDynamicGroupId', props.workerDynamicGroupId, 'dynamicGroup');
    requireOcid('topicId', props.topicId, 'onsTopic');
    if (props.topicCompartmentId !== undefined) requireOcid('topicCompartmentId', props.topicCompartmentId, 'compartment');
    if (typeof props.exportFile !== 'string' || !/^\/[^\s*?]+$/.test(props.exportFile)) {
      throw new HardenedOkeValidationError('exportFile', `"${props.exportFile}" is not an absolute file path`, 'give the export file, e.g. /var/run/cilium/tetragon/tetragon.log');
    }
    const retention = props.retentionDays ?? LOG_RETENTION_MIN_DAYS;
    requireLogRetention('retentionDays', retention);
    const name = props.clusterName;
    const tags = libraryTags(name, 'runtime-detection');

    this.log = new LoggingLog(this, 'log', {
      displayName: `${name}-runtime-detections`,
      logGroupId: props.logGroupId,
      logType: 'CUSTOM',
      isEnabled: true,
      retentionDuration: retention,
      freeformTags: tags,
    });
    this.agentConfig = new LoggingUnifiedAgentConfiguration(this, 'agent', {
      compartmentId: props.compartmentId,
      displayName: `${name}-runtime-detections`,
      description: `Runtime detections (Tetragon JSON export) of the worker nodes of OKE cluster ${name}`,
      isEnabled: true,
      groupAssociation: { groupList: [props.workerDynamicGroupId] },
      serviceConfiguration: {
        configurationType: 'LOGGING',
        // One JSON object per line (Tetragon's JSON exporter); rotated files (tetragon.log.1, ...) are not re-read.
        sources: [{ sourceType: 'LOG_TAIL', name: 'tetragon', paths: [props.exportFile], parser: { parserType: 'JSON' } }],
        destination: { logObjectId: this.log.id },
      },
      freeformTags: tags,
    });
    const topicCompartment = props.topicCompartmentId ?? props.compartmentId;
    const topicElsewhere = topicCompartment !== props.compartmentId;
    const publish = connectorPublishTopicStatement(props.compartmentId, topicCompartment);
    this.connectorPolicy = new IdentityPolicy(this, 'connector-policy', {
      provider: props.identityProvider,
      compartmentId: props.compartmentId,
      name: tenancyUniqueName(name, props.compartmentId, 'runtime-detection-connector'),
      description: `Lets the runtime detection connector of ${name} read the detections log${topicElsewhere ? '' : ' and notify the security topic'}`,
      statements: topicElsewhere ? [connectorReadLogsStatement(props.compartmentId)] : [connectorReadLogsStatement(props.compartmentId), publish],
      freeformTags: tags,
    });
    if (topicElsewhere) {
      this.topicPolicy = new IdentityPolicy(this, 'topic-policy', {
        provider: props.identityProvider,
        compartmentId: topicCompartment,
        name: tenancyUniqueName(name, topicCompartment, 'runtime-detection-topic'),
        description: `Lets the runtime detection connector of ${name} notify the security topic`,
        statements: [publish],
        freeformTags: tags,
      });
    }
    this.resource = new SchServiceConnector(this, 'connector', {
      compartmentId: props.compartmentId,
      displayName: `${name}-runtime-detections-to-topic`,
      description: `Runtime detections of ${name} (Tetragon) to the security notification topic`,
      source: { kind: 'logging', logSources: [{ compartmentId: props.compartmentId, logGroupId: props.logGroupId, logId: this.log.id }] },
      target: { kind: 'notifications', topicId: props.topicId, enableFormattedMessaging: true },
      freeformTags: tags,
      dependsOn: this.topicPolicy ? [this.connectorPolicy, this.topicPolicy] : [this.connectorPolicy],
    });
  }
}
