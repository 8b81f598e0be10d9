import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedOkeValidationError, withPropertyPrefix } from '../core/errors';
import { requireOcid } from '../core/ocid';
import { AuditRetention } from './audit-retention';
import { ClusterAlarmOptions, ClusterAlarms } from './cluster-alarms';
import { ClusterLogging } from './cluster-logging';
import { CloudGuardOptions, CompartmentCloudGuardTarget } from './cloud-guard-target';
import { LogSinks, LogSinksOptions } from './log-sinks';
import { requireLogRetention } from './private/observability-rules';
import { IdentityChangeNotifications } from './identity-change-notifications';
import { NotificationOptions, SecurityNotifications } from './security-notifications';
import { requireClusterName } from '../core/names';

export interface ObservabilityProps {
  /** Compartment of the cluster and of every resource created here. */
  readonly compartmentId: string;
  /** Cluster name; display names derive from it. */
  readonly clusterName: string;
  /** OCID (or token) of the OKE cluster. */
  readonly clusterId: string;
  /** Every subnet of the cluster; each gets VCN flow logs. */
  readonly subnetIds: string[];
  /** Dynamic group of the cluster's worker nodes (the unified monitoring agent runs as it). */
  readonly workerDynamicGroupId: string;
  /**
   * Retention of every log in OCI Logging, in days (90 to 180, 30-day steps).
   * @default 90
   */
  readonly logRetentionDays?: number;
  /**
   * Where logs are shipped; at least one of archive and stream.
   */
  readonly sinks: LogSinksOptions;
  /**
   * Subscriptions of the security notification topic.
   * @default - topic without subscriptions (subscribe out of band)
   */
  readonly notifications?: NotificationOptions;
  /**
   * Alarm thresholds.
   * @default - alarm when no worker node is ACTIVE or pods stay unschedulable
   */
  readonly alarms?: ClusterAlarmOptions;
  /**
   * OCID of the tenancy. The Events rules on identity changes live in its root compartment, where users, groups,
   * dynamic groups and tenancy policies are (CIS OCI 4.3-4.7); audit retention is set on it.
   * @see https://docs.oracle.com/en-us/iaas/Content/Events/Task/managingrules.htm
   */
  readonly tenancyId: string;
  /**
   * Set the tenancy's audit retention to 365 days here. Tenancy-wide: enable it in one stack only.
   * @default false (reported as not managed here)
   */
  readonly manageAuditRetention?: boolean;
  /**
   * Put the compartment under a Cloud Guard target (Cloud Guard must be enabled for the tenancy; the target's
   * preconditions check, at plan time, that it is and that the target is written from its reporting region).
   * @default - no target
   */
  readonly cloudGuard?: CloudGuardOptions;
  /**
   * Region of the provider the Cloud Guard target is written through, compared at plan time with the tenancy's Cloud
   * Guard reporting region (`CompartmentCloudGuardTargetProps.providerRegion`; HardenedCluster passes the region it
   * resolved).
   * @default - derived from `cloudGuard` (its provider's region, or reportingRegion, or the stack's default provider's region)
   */
  readonly cloudGuardProviderRegion?: string;
  /**
   * Provider for the IAM policies created here (log agent, sink connectors, archive and stream key policies) and
   * for the identity-change Events rules. IAM resources can only be created in the tenancy's home region, and IAM
   * emits its events there (Managing Regions; Oracle's CIS Landing Zone): pass a provider of the home region when
   * the stack's provider is another region. The rules then notify a topic of the home region of their own.
   * @default - the stack's default provider (of the home region)
   */
  readonly identityProvider?: TerraformProvider;
}

/**
 * Everything the cluster needs to be observed: logs (control plane, flow, node and container) with explicit
 * retention, sinks (archive and/or SIEM stream), security notifications on network/IAM changes and Cloud Guard
 * problems, node health alarms, optional audit retention and Cloud Guard target.
 */
export class Observability extends Construct {
  public readonly logging: ClusterLogging;
  public readonly sinks: LogSinks;
  public readonly notifications: SecurityNotifications;
  /** Events rules on identity changes, at the tenancy in the home region. */
  public readonly identityNotifications: IdentityChangeNotifications;
  public readonly alarms: ClusterAlarms;
  /** Present when `manageAuditRetention` is true. */
  public readonly auditRetention?: AuditRetention;
  /** Present when `cloudGuard` is set. */
  public readonly cloudGuardTarget?: CompartmentCloudGuardTarget;
  /** False when the tenancy's audit retention is left to someone else (the hardening report says so). */
  public readonly auditRetentionManaged: boolean;

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);
    requireOcid('compartmentId', props.compartmentId, 'compartment');
    requireClusterName('clusterName', props.clusterName);
    requireOcid('tenancyId', props.tenancyId, 'tenancy');
    if (props.logRetentionDays !== undefined) requireLogRetention('logRetentionDays', props.logRetentionDays);
    if (!props.sinks || (!props.sinks.archive && !props.sinks.stream)) {
      throw new HardenedOkeValidationError('sinks', 'no log sink is configured',
        'configure sinks.archive (Object Storage), sinks.stream (SIEM) or both, so logs outlive their retention in OCI Logging');
    }
    const base = { compartmentId: props.compartmentId, clusterName: props.clusterName };

    this.logging = new ClusterLogging(this, 'logging', {
      ...base,
      clusterId: props.clusterId,
      subnetIds: props.subnetIds,
      workerDynamicGroupId: props.workerDynamicGroupId,
      retentionDays: props.logRetentionDays,
      identityProvider: props.identityProvider,
    });
    this.sinks = withPropertyPrefix('sinks.', () => new LogSinks(this, 'sinks', {
      ...base,
      logGroupId: this.logging.logGroupId,
      archive: props.sinks.archive
        ? { writeLogRetentionDays: props.logRetentionDays, ...props.sinks.archive }
        : undefined,
      stream: props.sinks.stream,
      identityProvider: props.identityProvider,
    }));
    this.notifications = withPropertyPrefix('notifications.', () =>
      new SecurityNotifications(this, 'notifications', { ...base, ...props.notifications }));
    // Identity changes are caught where they happen: the root compartment of the home region. With the stack in the
    // home region they go to the security topic; otherwise to a home-region topic with the same subscribers.
    this.identityNotifications = withPropertyPrefix('notifications.', () => new IdentityChangeNotifications(this, 'identity-notifications', {
      ...base,
      ...props.notifications,
      tenancyId: props.tenancyId,
      provider: props.identityProvider,
      topicId: props.identityProvider === undefined ? this.notifications.topicId : undefined,
    }));
    this.alarms = withPropertyPrefix('alarms.', () => new ClusterAlarms(this, 'alarms', {
      ...base, clusterId: props.clusterId, topicId: this.notifications.topicId, ...props.alarms,
    }));
    this.auditRetentionManaged = props.manageAuditRetention === true;
    if (this.auditRetentionManaged) {
      this.auditRetention = new AuditRetention(this, 'audit-retention', { tenancyId: props.tenancyId });
    }
    if (props.cloudGuard) {
      this.cloudGuardTarget = withPropertyPrefix('cloudGuard.', () =>
        new CompartmentCloudGuardTarget(this, 'cloud-guard', {
          ...base, ...props.cloudGuard!, tenancyId: props.tenancyId, providerRegion: props.cloudGuardProviderRegion,
        }));
    }
  }
}
