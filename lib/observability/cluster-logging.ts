import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedOkeValidationError } from '../core/errors';
import { requireOcid } from '../core/ocid';
import { tenancyUniqueName } from '../core/names';
import { libraryTags } from '../core/tags';
import { IdentityPolicy } from '../generated/providers/oci/identity-policy';
import { LoggingLog } from '../generated/providers/oci/logging-log';
import { LoggingLogGroup } from '../generated/providers/oci/logging-log-group';
import { LoggingUnifiedAgentConfiguration } from '../generated/providers/oci/logging-unified-agent-configuration';
import { agentLogStatement } from './private/iam-statements';
import {
  CONTAINER_LOG_PATHS, FLOW_LOG_CATEGORY, FLOW_LOG_SERVICE, NODE_AUDIT_LOG_PATHS, NODE_SYSLOG_PATHS, OKE_LOG_CATEGORY, OKE_LOG_SERVICE,
} from './private/log-sources';
import { LOG_RETENTION_MIN_DAYS, requireLogRetention } from './private/observability-rules';
import { requireClusterName } from '../core/names';

export interface ClusterLoggingProps {
  /** Compartment of the log group, logs, agent configurations and policy. */
  readonly compartmentId: string;
  /** Cluster name; display names derive from it. */
  readonly clusterName: string;
  /** OCID (or token) of the OKE cluster whose control plane logs are collected. */
  readonly clusterId: string;
  /** Subnets that get VCN flow logs: give every subnet the cluster uses. */
  readonly subnetIds: string[];
  /**
   * OCID of the dynamic group of the cluster's worker nodes (created by the cluster's IAM construct). The unified
   * agent configurations are bound to it and the policy lets it push logs.
   */
  readonly workerDynamicGroupId: string;
  /**
   * Retention of every log, in days (90 to 180, 30-day steps).
   * @default 90
   */
  readonly retentionDays?: number;
  /**
   * Provider for the IAM policies created here. IAM resources can only be created in the tenancy's home region
   * (Managing Regions): pass a provider of the home region when the stack's provider is another region.
   * @default - the stack's default provider
   */
  readonly identityProvider?: TerraformProvider;
}

/**
 * Logs of one cluster in its own log group: control plane service logs, VCN flow logs of every subnet, container
 * and node logs collected by the Oracle unified monitoring agent, each with explicit retention.
 */
export class ClusterLogging extends Construct {
  public readonly logGroup: LoggingLogGroup;
  public readonly controlPlaneLog: LoggingLog;
  /** One per entry of `subnetIds`, same order. */
  public readonly flowLogs: LoggingLog[];
  public readonly containerLog: LoggingLog;
  public readonly nodeLog: LoggingLog;
  public readonly containerAgentConfig: LoggingUnifiedAgentConfiguration;
  public readonly nodeAgentConfig: LoggingUnifiedAgentConfiguration;
  /** Lets the worker nodes' agent write log content. */
  public readonly agentPolicy: IdentityPolicy;
  /** OCID of the log group (a token). */
  public readonly logGroupId: string;
  /** Retention applied to every log, in days. */
  public readonly retentionDays: number;

  constructor(scope: Construct, id: string, props: ClusterLoggingProps) {
    super(scope, id);
    requireOcid('compartmentId', props.compartmentId, 'compartment');
    requireClusterName('clusterName', props.clusterName);
    requireOcid('clusterId', props.clusterId, 'cluster');
    requireOcid('workerDynamicGroupId', props.workerDynamicGroupId, 'dynamicGroup');
    if (!props.subnetIds || props.subnetIds.length === 0) {
      throw new HardenedOkeValidationError('subnetIds', 'is empty', 'list every subnet of the cluster so each gets flow logs');
    }
    props.subnetIds.forEach((s, i) => requireOcid(`subnetIds[${i}]`, s, 'subnet'));
    const retention = props.retentionDays ?? LOG_RETENTION_MIN_DAYS;
    requireLogRetention('retentionDays', retention);
    this.retentionDays = retention;

    const name = props.clusterName;
    const tags = libraryTags(name, 'observability');
    this.logGroup = new LoggingLogGroup(this, 'log-group', {
      compartmentId: props.compartmentId,
      displayName: `${name}-logs`,
      description: `Logs of OKE cluster ${name}`,
      freeformTags: tags,
    });
    this.logGroupId = this.logGroup.id;

    const serviceLog = (lid: string, displayName: string, service: string, category: string, resource: string) =>
      new LoggingLog(this, lid, {
        displayName,
        logGroupId: this.logGroup.id,
        logType: 'SERVICE',
        isEnabled: true,
        retentionDuration: retention,
        configuration: {
          compartmentId: props.compartmentId,
          source: { sourceType: 'OCISERVICE', service, category, resource },
        },
        freeformTags: tags,
      });

    this.controlPlaneLog = serviceLog('control-plane-log', `${name}-control-plane`, OKE_LOG_SERVICE, OKE_LOG_CATEGORY, props.clusterId);
    this.flowLogs = props.subnetIds.map((subnetId, i) =>
      serviceLog(`flow-log-${i}`, `${name}-flow-${i}`, FLOW_LOG_SERVICE, FLOW_LOG_CATEGORY, subnetId));

    const customLog = (lid: string, displayName: string) => new LoggingLog(this, lid, {
      displayName,
      logGroupId: this.logGroup.id,
      logType: 'CUSTOM',
      isEnabled: true,
      retentionDuration: retention,
      freeformTags: tags,
    });
    this.containerLog = customLog('container-log', `${name}-containers`);
    this.nodeLog = customLog('node-log', `${name}-nodes`);

    this.containerAgentConfig = new LoggingUnifiedAgentConfiguration(this, 'container-agent', {
      compartmentId: props.compartmentId,
      displayName: `${name}-containers`,
      description: `Container stdout/stderr of OKE cluster ${name}`,
      isEnabled: true,
      groupAssociation: { groupList: [props.workerDynamicGroupId] },
      serviceConfiguration: {
        configurationType: 'LOGGING',
        sources: [{
          sourceType: 'LOG_TAIL',
          name: 'containers',
          paths: CONTAINER_LOG_PATHS,
          parser: {
            parserType: 'CRI',
            // containerd writes RFC 3339 timestamps with nanoseconds; keep them as the record time.
            nestedParser: { timeFormat: '%Y-%m-%dT%H:%M:%S.%L%z', fieldTimeKey: 'time', isKeepTimeKey: true },
          },
        }],
        destination: { logObjectId: this.containerLog.id },
      },
      freeformTags: tags,
    });
    this.nodeAgentConfig = new LoggingUnifiedAgentConfiguration(this, 'node-agent', {
      compartmentId: props.compartmentId,
      displayName: `${name}-nodes`,
      description: `System, authentication and audit logs of the worker nodes of OKE cluster ${name}`,
      isEnabled: true,
      groupAssociation: { groupList: [props.workerDynamicGroupId] },
      serviceConfiguration: {
        configurationType: 'LOGGING',
        sources: [
          { sourceType: 'LOG_TAIL', name: 'syslog', paths: NODE_SYSLOG_PATHS, parser: { parserType: 'NONE' } },
          { sourceType: 'LOG_TAIL', name: 'auditd', paths: NODE_AUDIT_LOG_PATHS, parser: { parserType: 'AUDITD' } },
        ],
        destination: { logObjectId: this.nodeLog.id },
      },
      freeformTags: tags,
    });

    this.agentPolicy = new IdentityPolicy(this, 'agent-policy', {
      provider: props.identityProvider,
      compartmentId: props.compartmentId,
      name: tenancyUniqueName(name, props.compartmentId, 'log-agent'),
      description: `Lets the unified monitoring agent on the worker nodes of ${name} push custom logs`,
      statements: [agentLogStatement(props.workerDynamicGroupId, props.compartmentId)],
      freeformTags: tags,
    });
  }
}
