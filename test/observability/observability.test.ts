import { HardenedOkeValidationError } from '../../lib/core/errors';
import { tenancyUniqueName } from '../../lib/core/names';
import {
  AuditRetention, ClusterAlarms, ClusterLogging, LogArchiveSink, LogSinks, LogStreamSink, Observability, ObservabilityProps,
  SecurityNotifications,
} from '../../lib/observability';
import { clusterAlarmDefinitions } from '../../lib/observability/private/alarm-rules';
import { SECURITY_EVENT_RULES, eventCondition } from '../../lib/observability/private/event-types';
import { agentLogStatement, streamingKeyStatement } from '../../lib/observability/private/iam-statements';
import {
  requireEmail, requireHttpsUrl, requireLogRetention,
} from '../../lib/observability/private/observability-rules';
import { checkMetricQuery } from '../../lib/core/monitoring/check-query';
import { OCIDS, dataOf, newStack, resourcesOf, synthValid } from '../support';

const CLUSTER = 'ocid1.cluster.oc1.eu-frankfurt-1.aaaaaaaatestcluster';
const DG = 'ocid1.dynamicgroup.oc1..aaaaaaaatestworkers';
const LOG_GROUP = 'ocid1.loggroup.oc1.eu-frankfurt-1.aaaaaaaatestloggroup';
const STREAM = 'ocid1.stream.oc1.eu-frankfurt-1.aaaaaaaateststream';
const RECIPE = 'ocid1.cloudguarddetectorrecipe.oc1..aaaaaaaatestrecipe';
const SUBNETS = [OCIDS.subnet('workers'), OCIDS.subnet('pods'), OCIDS.subnet('api')];
const base = { compartmentId: OCIDS.compartment, clusterName: 'prod' };
/** Name of a tenancy-unique resource of this cluster (lib/core/names). */
const U = (purpose: string) => tenancyUniqueName('prod', OCIDS.compartment, purpose);

function only<T>(rs: Record<string, T>): T {
  const v = Object.values(rs);
  expect(v).toHaveLength(1);
  return v[0];
}
function byName(rs: Record<string, any>, field: string, value: string): any {
  const found = Object.values(rs).filter((r) => r[field] === value);
  expect(found).toHaveLength(1);
  return found[0];
}

const fullProps: ObservabilityProps = {
  ...base,
  clusterId: CLUSTER,
  subnetIds: SUBNETS,
  workerDynamicGroupId: DG,
  sinks: {
    archive: { kmsKeyId: OCIDS.key, region: 'eu-frankfurt-1', lockRetentionAt: '2027-01-01T00:00:00Z' },
    stream: {},
  },
  notifications: { emailEndpoints: ['secops@example.com'], httpsEndpoints: ['https://siem.example.com/hooks/oci'] },
  alarms: { minActiveNodes: 3 },
  tenancyId: OCIDS.tenancy,
  manageAuditRetention: true,
  cloudGuard: { detectorRecipeIds: [RECIPE] },
};

describe('Observability (everything on)', () => {
  const stack = newStack();
  const obs = new Observability(stack, 'obs', fullProps);
  const json = synthValid(stack);
  const logs = resourcesOf(json, 'oci_logging_log');

  test('one log group per cluster, named after it (and one for the archive\'s write log)', () => {
    const groups = Object.values(resourcesOf(json, 'oci_logging_log_group')) as any[];
    expect(groups.map((g) => g.display_name).sort()).toEqual(['prod-log-archive-writes', 'prod-logs']);
    for (const g of groups) expect(g.compartment_id).toBe(OCIDS.compartment);
  });

  test('every log has explicit retention of at least 90 days and is enabled', () => {
    const all = Object.values(logs);
    expect(all.length).toBe(1 + SUBNETS.length + 2 + 1);
    for (const l of all) {
      expect(l.retention_duration).toBeGreaterThanOrEqual(90);
      expect(l.is_enabled).toBe(true);
      expect(l.freeform_tags['oke-cluster']).toBe('prod');
    }
  });

  test('OKE control plane service log for the cluster', () => {
    const cp = byName(logs, 'display_name', 'prod-control-plane');
    expect(cp.log_type).toBe('SERVICE');
    expect(cp.configuration.source).toEqual({ source_type: 'OCISERVICE', service: 'oke-k8s-cp-prod', category: 'all-service-logs', resource: CLUSTER });
  });

  test('VCN flow logs on every subnet', () => {
    const flows = Object.values(logs).filter((l: any) => l.configuration?.source?.service === 'flowlogs');
    expect(flows.map((f: any) => f.configuration.source.resource)).toEqual(SUBNETS);
    for (const f of flows) expect(f.configuration.source.category).toBe('all');
  });

  test('container and node logs through the unified agent, bound to the worker dynamic group', () => {
    const configs = resourcesOf(json, 'oci_logging_unified_agent_configuration');
    const containers = byName(configs, 'display_name', 'prod-containers');
    expect(containers.is_enabled).toBe(true);
    expect(containers.group_association).toEqual({ group_list: [DG] });
    expect(containers.service_configuration.configuration_type).toBe('LOGGING');
    expect(containers.service_configuration.sources[0]).toMatchObject({ source_type: 'LOG_TAIL', paths: ['/var/log/containers/*.log'], parser: { parser_type: 'CRI' } });
    expect(containers.service_configuration.destination.log_object_id).toMatch(/^\$\{oci_logging_log\..+\.id\}$/);
    const nodes = byName(configs, 'display_name', 'prod-nodes');
    expect(nodes.group_association).toEqual({ group_list: [DG] });
    expect(nodes.service_configuration.sources.flatMap((s: any) => s.paths)).toEqual(['/var/log/messages', '/var/log/secure', '/var/log/audit/audit.log']);
    expect(byName(logs, 'display_name', 'prod-containers').log_type).toBe('CUSTOM');
  });

  test('agent policy: the worker dynamic group may use log-content in the compartment only', () => {
    const p = byName(resourcesOf(json, 'oci_identity_policy'), 'name', U('log-agent'));
    expect(p.statements).toEqual([`Allow dynamic-group id ${DG} to use log-content in compartment id ${OCIDS.compartment}`]);
  });

  test('audit retention 365 days at the tenancy when opted in', () => {
    const audit = only(resourcesOf(json, 'oci_audit_configuration'));
    expect(audit).toMatchObject({ compartment_id: OCIDS.tenancy, retention_period_days: 365 });
    expect(obs.auditRetentionManaged).toBe(true);
  });

  test('archive bucket: Vault key, no public access, retention >= 365 days (locked when asked), events, prevent_destroy', () => {
    const bucket = only(resourcesOf(json, 'oci_objectstorage_bucket'));
    expect(bucket.kms_key_id).toBe(OCIDS.key);
    expect(bucket.access_type).toBe('NoPublicAccess');
    expect(bucket.object_events_enabled).toBe(true);
    expect(bucket.lifecycle).toEqual({ prevent_destroy: true });
    expect(bucket.retention_rules).toHaveLength(1);
    expect(bucket.retention_rules[0].duration).toEqual({ time_amount: '365', time_unit: 'DAYS' });
    expect(Number(bucket.retention_rules[0].duration.time_amount)).toBeGreaterThanOrEqual(365);
    expect(bucket.retention_rules[0].time_rule_locked).toBe('2027-01-01T00:00:00Z');
    expect(bucket.namespace).toMatch(/^\$\{data\.oci_objectstorage_namespace\..+\.namespace\}$/);
    expect(Object.keys(dataOf(json, 'oci_objectstorage_namespace'))).toHaveLength(1);
    expect(obs.sinks.archive!.retentionLocked).toBe(true);
  });

  test('archive write log is on, in a log group no connector ships (else each archived object is archived again)', () => {
    const w = byName(logs, 'display_name', 'prod-log-archive-writes');
    expect(w.configuration.source).toMatchObject({ service: 'objectstorage', category: 'write', source_type: 'OCISERVICE' });
    expect(w.configuration.source.resource).toMatch(/^\$\{oci_objectstorage_bucket\..+\.name\}$/);
    const shipped = Object.values(resourcesOf(json, 'oci_sch_service_connector')).flatMap((c: any) => c.source.log_sources.map((l: any) => l.log_group_id));
    expect(shipped.length).toBeGreaterThan(0);
    expect(shipped).not.toContain(w.log_group_id);
    const groups = resourcesOf(json, 'oci_logging_log_group');
    const writeGroup = Object.keys(groups).find((n) => groups[n].display_name === 'prod-log-archive-writes')!;
    expect(w.log_group_id).toBe(`\${oci_logging_log_group.${writeGroup}.id}`);
  });

  test('Object Storage may use the archive key, scoped by key id', () => {
    const p = byName(resourcesOf(json, 'oci_identity_policy'), 'name', U('log-archive-key'));
    expect(p.statements).toEqual([`Allow service objectstorage-eu-frankfurt-1 to use keys in compartment id ${OCIDS.compartment} where target.key.id = '${OCIDS.key}'`]);
  });

  test('one connector per target, sources are _Audit and the cluster log group', () => {
    const connectors = resourcesOf(json, 'oci_sch_service_connector');
    expect(Object.keys(connectors)).toHaveLength(2);
    for (const c of Object.values(connectors) as any[]) {
      expect(c.source.kind).toBe('logging');
      expect(c.source.log_sources[0]).toEqual({ compartment_id: OCIDS.compartment, log_group_id: '_Audit' });
      expect(c.source.log_sources[1].log_group_id).toMatch(/^\$\{oci_logging_log_group\..+\.id\}$/);
      expect(c.depends_on).toHaveLength(1);
    }
    const archive = byName(connectors, 'display_name', 'prod-logs-to-archive');
    expect(archive.target.kind).toBe('objectStorage');
    expect(archive.target.bucket).toMatch(/oci_objectstorage_bucket/);
    const stream = byName(connectors, 'display_name', 'prod-logs-to-stream');
    expect(stream.target).toEqual({ kind: 'streaming', stream_id: expect.stringMatching(/^\$\{oci_streaming_stream\..+\.id\}$/) });
  });

  test('connector policies: read logs, write only the archive bucket / push only the stream, scoped by principal', () => {
    const policies = resourcesOf(json, 'oci_identity_policy');
    const principal = `request.principal.type = 'serviceconnector', request.principal.compartment.id = '${OCIDS.compartment}'`;
    const a = byName(policies, 'name', U('log-archive-connector'));
    expect(a.statements).toEqual([
      `Allow any-user to read log-content in compartment id ${OCIDS.compartment} where all {${principal}}`,
      `Allow any-user to manage objects in compartment id ${OCIDS.compartment} where all {${principal}, target.bucket.name = '${U('log-archive')}'}`,
    ]);
    const s = byName(policies, 'name', U('log-stream-connector'));
    expect(s.statements[1]).toMatch(new RegExp(`^Allow any-user to use stream-push in compartment id ${OCIDS.compartment} where all \\{.*request.principal.type = 'serviceconnector'.*target.stream.id = '\\$\\{oci_streaming_stream\\..+\\.id\\}'\\}$`));
    for (const p of Object.values(policies) as any[]) {
      for (const st of p.statements) expect(st).not.toMatch(/all-resources|in tenancy/);
    }
  });

  test('stream keeps messages 7 days', () => {
    const s = only(resourcesOf(json, 'oci_streaming_stream'));
    expect(s).toMatchObject({ name: 'prod-log-stream', partitions: 1, retention_in_hours: 168, compartment_id: OCIDS.compartment });
    expect(s.stream_pool_id).toBeUndefined();
    expect(resourcesOf(json, 'oci_streaming_stream_pool')).toEqual({});
    expect(obs.sinks.stream!.customerManagedKey).toBe(false);
  });

  test('topic and subscriptions (email, custom https)', () => {
    const topic = only(resourcesOf(json, 'oci_ons_notification_topic'));
    expect(topic.name).toBe(U('security-alerts'));
    const subs = Object.values(resourcesOf(json, 'oci_ons_subscription')) as any[];
    expect(subs.map((s) => [s.protocol, s.endpoint])).toEqual([
      ['EMAIL', 'secops@example.com'], ['CUSTOM_HTTPS', 'https://siem.example.com/hooks/oci'],
    ]);
  });

  test('event rules notify the topic on NSG, security list, route table, gateway, IAM policy changes and Cloud Guard problems', () => {
    const rules = Object.values(resourcesOf(json, 'oci_events_rule')) as any[];
    const types = rules.flatMap((r) => JSON.parse(r.condition).eventType as string[]);
    for (const t of [
      'com.oraclecloud.virtualnetwork.updatenetworksecuritygroupsecurityrules',
      'com.oraclecloud.virtualnetwork.updatesecuritylist',
      'com.oraclecloud.virtualnetwork.updateroutetable',
      'com.oraclecloud.virtualnetwork.createinternetgateway',
      'com.oraclecloud.natgateway.updatenatgateway',
      'com.oraclecloud.servicegateway.updateservicegateway',
      'com.oraclecloud.identitycontrolplane.createpolicy',
      'com.oraclecloud.identitycontrolplane.updatepolicy',
      'com.oraclecloud.identitycontrolplane.deletepolicy',
      'com.oraclecloud.cloudguard.problemdetected',
    ]) expect(types).toContain(t);
    for (const r of rules) {
      expect(r.is_enabled).toBe(true);
      // Identity rules live in the root compartment (test/observability/identity-change-notifications.test.ts).
      const identity = (JSON.parse(r.condition).eventType as string[]).some((t) => t.startsWith('com.oraclecloud.identitycontrolplane.'));
      expect(r.compartment_id).toBe(identity ? OCIDS.tenancy : OCIDS.compartment);
      expect(r.actions.action).toEqual([expect.objectContaining({ action_type: 'ONS', is_enabled: true, topic_id: expect.stringMatching(/oci_ons_notification_topic/) })]);
    }
  });

  test('alarms on unhealthy nodes and unschedulable pods publish to the topic, scoped to the cluster', () => {
    const alarms = Object.values(resourcesOf(json, 'oci_monitoring_alarm')) as any[];
    expect(alarms).toHaveLength(2);
    for (const a of alarms) {
      expect(a.namespace).toBe('oci_oke');
      expect(a.is_enabled).toBe(true);
      expect(a.destinations).toEqual([expect.stringMatching(/oci_ons_notification_topic/)]);
      expect(a.query).toContain(`"${CLUSTER}"`);
    }
    // nodeState (not nodeCondition) carries ACTIVE; UnschedulablePods has no clusterId, its resourceId is the cluster.
    expect(alarms.map((a) => a.query)).toEqual([
      `NodeState[1m]{clusterId = "${CLUSTER}", nodeState = "ACTIVE"}.grouping().sum() < 3`,
      `UnschedulablePods[5m]{resourceId = "${CLUSTER}"}.max() > 0`,
    ]);
    for (const a of alarms) expect(checkMetricQuery(a.namespace, a.query)).toEqual({ status: 'ok' });
  });

  test('Cloud Guard target on the compartment when opted in', () => {
    const t = only(resourcesOf(json, 'oci_cloud_guard_target'));
    expect(t).toMatchObject({ target_resource_type: 'COMPARTMENT', target_resource_id: OCIDS.compartment, display_name: 'prod-cloud-guard' });
    expect(t.target_detector_recipes).toEqual([{ detector_recipe_id: RECIPE }]);
  });
});

describe('Observability (minimal)', () => {
  test('audit retention and Cloud Guard stay off unless opted in; archive rule unlocked by default', () => {
    const stack = newStack();
    const obs = new Observability(stack, 'obs', {
      ...base, tenancyId: OCIDS.tenancy, clusterId: CLUSTER, subnetIds: [SUBNETS[0]], workerDynamicGroupId: DG,
      sinks: { archive: { kmsKeyId: OCIDS.key, region: 'eu-frankfurt-1' } },
    });
    const json = synthValid(stack);
    expect(resourcesOf(json, 'oci_audit_configuration')).toEqual({});
    expect(resourcesOf(json, 'oci_cloud_guard_target')).toEqual({});
    expect(resourcesOf(json, 'oci_streaming_stream')).toEqual({});
    expect(obs.auditRetentionManaged).toBe(false);
    const bucket = only(resourcesOf(json, 'oci_objectstorage_bucket'));
    expect(bucket.retention_rules[0].time_rule_locked).toBeUndefined();
    expect(obs.sinks.archive!.retentionLocked).toBe(false);
    expect(only(resourcesOf(json, 'oci_ons_notification_topic'))).toBeDefined();
    expect(resourcesOf(json, 'oci_ons_subscription')).toEqual({});
  });

  test('custom retention applies to every log', () => {
    const stack = newStack();
    new Observability(stack, 'obs', {
      ...base, tenancyId: OCIDS.tenancy, clusterId: CLUSTER, subnetIds: [SUBNETS[0]], workerDynamicGroupId: DG, logRetentionDays: 180,
      sinks: { archive: { kmsKeyId: OCIDS.key, region: 'eu-frankfurt-1', retentionDays: 730 } },
    });
    const json = synthValid(stack);
    for (const l of Object.values(resourcesOf(json, 'oci_logging_log')) as any[]) expect(l.retention_duration).toBe(180);
    expect(only(resourcesOf(json, 'oci_objectstorage_bucket')).retention_rules[0].duration.time_amount).toBe('730');
  });
});

describe('determinism', () => {
  test('two synths of the same props are byte-identical', () => {
    const synth = () => {
      const stack = newStack();
      new Observability(stack, 'obs', fullProps);
      return JSON.stringify(synthValid(stack));
    };
    expect(synth()).toBe(synth());
  });
});

describe('sinks used alone, brought targets', () => {
  test('brought bucket (asserted private and encrypted): nothing created, connector and policy target it', () => {
    const stack = newStack();
    const sink = new LogArchiveSink(stack, 'archive', {
      ...base, logGroupId: LOG_GROUP,
      existingBucket: { name: 'corp-archive', compartmentId: OCIDS.tenancy, encrypted: true, publicAccess: false },
    });
    const json = synthValid(stack);
    expect(resourcesOf(json, 'oci_objectstorage_bucket')).toEqual({});
    expect(sink.bucketName).toBe('corp-archive');
    expect(only(resourcesOf(json, 'oci_sch_service_connector')).target.bucket).toBe('corp-archive');
    // A policy reaches only its own compartment and below: the write grant sits in the bucket's compartment.
    const target = byName(resourcesOf(json, 'oci_identity_policy'), 'name', U('log-archive-target'));
    expect(target.compartment_id).toBe(OCIDS.tenancy);
    expect(target.statements).toEqual([expect.stringContaining(`manage objects in compartment id ${OCIDS.tenancy} where all {`)]);
    const reader = byName(resourcesOf(json, 'oci_identity_policy'), 'name', U('log-archive-connector'));
    expect(reader.compartment_id).toBe(OCIDS.compartment);
    expect(reader.statements).toHaveLength(1);
    expect(only(resourcesOf(json, 'oci_sch_service_connector')).depends_on).toHaveLength(2);
  });

  test('brought stream: nothing created, connector targets it', () => {
    const stack = newStack();
    const sink = new LogStreamSink(stack, 'stream', {
      ...base, logGroupId: LOG_GROUP, existingStream: { streamId: STREAM, encrypted: true, publicAccess: false, customerManagedKey: true },
    });
    const json = synthValid(stack);
    expect(resourcesOf(json, 'oci_streaming_stream')).toEqual({});
    expect(only(resourcesOf(json, 'oci_sch_service_connector')).target).toEqual({ kind: 'streaming', stream_id: STREAM });
    expect(only(resourcesOf(json, 'oci_identity_policy')).statements[1]).toContain(`target.stream.id = '${STREAM}'`);
    expect(sink.customerManagedKey).toBe(true);
  });

  test('stream in a customer-key pool', () => {
    const stack = newStack();
    const sink = new LogStreamSink(stack, 'stream', { ...base, logGroupId: LOG_GROUP, streamPoolId: 'ocid1.streampool.oc1.eu-frankfurt-1.aaaaaaaapool' });
    const s = only(resourcesOf(synthValid(stack), 'oci_streaming_stream'));
    expect(s.stream_pool_id).toBe('ocid1.streampool.oc1.eu-frankfurt-1.aaaaaaaapool');
    expect(s.compartment_id).toBeUndefined();
    expect(sink.customerManagedKey).toBe(true);
  });

  test('stream with kmsKeyId: a dedicated pool encrypted with the key holds the stream', () => {
    const stack = newStack();
    const sink = new LogStreamSink(stack, 'stream', { ...base, logGroupId: LOG_GROUP, kmsKeyId: OCIDS.key });
    const json = synthValid(stack);
    const pools = resourcesOf(json, 'oci_streaming_stream_pool');
    const [poolName, pool] = Object.entries(pools)[0];
    expect(Object.keys(pools)).toHaveLength(1);
    expect(pool.name).toBe('prod-log-stream-pool');
    expect(pool.compartment_id).toBe(OCIDS.compartment);
    expect(pool.custom_encryption_key).toEqual({ kms_key_id: OCIDS.key });
    expect(pool.freeform_tags['oke-cluster']).toBe('prod');
    const s = only(resourcesOf(json, 'oci_streaming_stream'));
    expect(s.stream_pool_id).toBe(`\${oci_streaming_stream_pool.${poolName}.id}`);
    expect(s.compartment_id).toBeUndefined();
    expect(sink.streamPool).toBeDefined();
    expect(sink.customerManagedKey).toBe(true);
  });

  test('stream with kmsKeyId: Streaming may use exactly that key, policy in the key compartment, before the pool', () => {
    const stack = newStack();
    new LogStreamSink(stack, 'stream', { ...base, logGroupId: LOG_GROUP, kmsKeyId: OCIDS.key, keyCompartmentId: OCIDS.tenancy });
    const json = synthValid(stack);
    const policies = resourcesOf(json, 'oci_identity_policy');
    const [keyPolicyName, keyPolicy] = Object.entries(policies).find(([, p]: [string, any]) => p.name === U('log-stream-key'))!;
    expect(keyPolicy.compartment_id).toBe(OCIDS.tenancy);
    expect(keyPolicy.statements).toEqual([
      `Allow service streaming to use keys in compartment id ${OCIDS.tenancy} where target.key.id = '${OCIDS.key}'`,
    ]);
    expect(keyPolicy.statements[0]).not.toMatch(/in tenancy|all-resources/);
    expect(only(resourcesOf(json, 'oci_streaming_stream_pool')).depends_on).toEqual([`oci_identity_policy.${keyPolicyName}`]);
  });

  test('stream with kmsKeyId and manageKeyPolicy false: pool with the key, no key policy', () => {
    const stack = newStack();
    const sink = new LogStreamSink(stack, 'stream', { ...base, logGroupId: LOG_GROUP, kmsKeyId: OCIDS.key, manageKeyPolicy: false });
    const json = synthValid(stack);
    expect(sink.keyPolicy).toBeUndefined();
    expect(Object.values(resourcesOf(json, 'oci_identity_policy')).map((p: any) => p.name)).toEqual([U('log-stream-connector')]);
    const pool = only(resourcesOf(json, 'oci_streaming_stream_pool'));
    expect(pool.custom_encryption_key).toEqual({ kms_key_id: OCIDS.key });
    expect(pool.depends_on).toBeUndefined();
  });

  test('Observability passes sinks.stream.kmsKeyId through; the connector pushes to the pooled stream', () => {
    const stack = newStack();
    const obs = new Observability(stack, 'obs', {
      ...base, tenancyId: OCIDS.tenancy, clusterId: CLUSTER, subnetIds: [SUBNETS[0]], workerDynamicGroupId: DG, sinks: { stream: { kmsKeyId: OCIDS.key } },
    });
    const json = synthValid(stack);
    expect(only(resourcesOf(json, 'oci_streaming_stream_pool')).custom_encryption_key).toEqual({ kms_key_id: OCIDS.key });
    expect(only(resourcesOf(json, 'oci_streaming_stream')).stream_pool_id).toMatch(/^\$\{oci_streaming_stream_pool\..+\.id\}$/);
    expect(only(resourcesOf(json, 'oci_sch_service_connector')).target.stream_id).toMatch(/^\$\{oci_streaming_stream\..+\.id\}$/);
    expect(byName(resourcesOf(json, 'oci_identity_policy'), 'name', U('log-stream-key')).compartment_id).toBe(OCIDS.compartment);
    expect(obs.sinks.stream!.customerManagedKey).toBe(true);
  });

  test('individual constructs synthesize valid stacks', () => {
    const stack = newStack();
    const n = new SecurityNotifications(stack, 'n', base);
    new ClusterAlarms(stack, 'a', { ...base, clusterId: CLUSTER, topicId: n.topicId });
    new ClusterLogging(stack, 'l', { ...base, clusterId: CLUSTER, subnetIds: SUBNETS, workerDynamicGroupId: DG });
    new AuditRetention(stack, 'audit', { tenancyId: OCIDS.tenancy });
    new LogSinks(stack, 's', { ...base, logGroupId: LOG_GROUP, stream: {} });
    expect(Object.keys(resourcesOf(synthValid(stack), 'oci_events_rule'))).toHaveLength(SECURITY_EVENT_RULES.length);
  });
});

describe('bad input', () => {
  const archive = { kmsKeyId: OCIDS.key, region: 'eu-frankfurt-1' };
  const good: ObservabilityProps = { ...base, tenancyId: OCIDS.tenancy, clusterId: CLUSTER, subnetIds: SUBNETS, workerDynamicGroupId: DG, sinks: { archive } };
  const byo = { name: 'corp-archive', encrypted: true, publicAccess: false };
  const byoStream = { streamId: STREAM, encrypted: true, publicAccess: false };
  const cases: Array<[string, Partial<ObservabilityProps>, RegExp]> = [
    ['log retention below 90 days', { logRetentionDays: 30 }, /^logRetentionDays: 30 days is below/],
    ['log retention 60 days', { logRetentionDays: 60 }, /^logRetentionDays: /],
    ['log retention above OCI maximum', { logRetentionDays: 365 }, /^logRetentionDays: /],
    ['log retention not a 30-day step', { logRetentionDays: 100 }, /^logRetentionDays: /],
    ['archive retention below 365 days', { sinks: { archive: { ...archive, retentionDays: 90 } } }, /^sinks\.archive\.retentionDays: /],
    ['archive write log retention below 90 days', { sinks: { archive: { ...archive, writeLogRetentionDays: 30 } } }, /^sinks\.archive\.writeLogRetentionDays: /],
    ['stream retention above 168 hours', { sinks: { stream: { retentionHours: 720 } } }, /^sinks\.stream\.retentionHours: /],
    ['malformed email', { notifications: { emailEndpoints: ['secops.example.com'] } }, /^notifications\.emailEndpoints\[0\]: /],
    ['email with a space', { notifications: { emailEndpoints: ['ok@example.com', 'sec ops@example.com'] } }, /^notifications\.emailEndpoints\[1\]: /],
    ['http endpoint', { notifications: { httpsEndpoints: ['http://siem.example.com/hook'] } }, /^notifications\.httpsEndpoints\[0\]: .*not an https endpoint/],
    ['not a URL', { notifications: { httpsEndpoints: ['siem.example.com'] } }, /^notifications\.httpsEndpoints\[0\]: /],
    ['credentials in the URL', { notifications: { httpsEndpoints: ['https://u:p@siem.example.com'] } }, /^notifications\.httpsEndpoints\[0\]: /],
    ['brought bucket is public', { sinks: { archive: { existingBucket: { ...byo, publicAccess: true } } } }, /^sinks\.archive\.existingBucket\.publicAccess: /],
    ['brought bucket is unencrypted', { sinks: { archive: { existingBucket: { ...byo, encrypted: false } } } }, /^sinks\.archive\.existingBucket\.encrypted: /],
    ['brought stream is public', { sinks: { stream: { existingStream: { ...byoStream, publicAccess: true } } } }, /^sinks\.stream\.existingStream\.publicAccess: /],
    ['brought stream is unencrypted', { sinks: { stream: { existingStream: { ...byoStream, encrypted: false } } } }, /^sinks\.stream\.existingStream\.encrypted: /],
    ['brought stream id is not a stream', { sinks: { stream: { existingStream: { ...byoStream, streamId: OCIDS.key } } } }, /^sinks\.stream\.existingStream\.streamId: /],
    ['stream key is not a key OCID', { sinks: { stream: { kmsKeyId: OCIDS.vault } } }, /^sinks\.stream\.kmsKeyId: /],
    ['stream key together with a pool', { sinks: { stream: { kmsKeyId: OCIDS.key, streamPoolId: 'ocid1.streampool.oc1.eu-frankfurt-1.aaaaaaaapool' } } }, /^sinks\.stream\.kmsKeyId: .*streamPoolId/],
    ['stream key on a brought stream', { sinks: { stream: { existingStream: byoStream, kmsKeyId: OCIDS.key } } }, /^sinks\.stream\.kmsKeyId: applies only/],
    ['stream key compartment without key', { sinks: { stream: { keyCompartmentId: OCIDS.compartment } } }, /^sinks\.stream\.keyCompartmentId: /],
    ['stream key compartment malformed', { sinks: { stream: { kmsKeyId: OCIDS.key, keyCompartmentId: OCIDS.vcn } } }, /^sinks\.stream\.keyCompartmentId: /],
    ['stream key policy flag without key', { sinks: { stream: { manageKeyPolicy: false } } }, /^sinks\.stream\.manageKeyPolicy: /],
    ['no sink', { sinks: {} }, /^sinks: no log sink/],
    ['archive without key', { sinks: { archive: { region: 'eu-frankfurt-1' } } }, /^sinks\.archive\.kmsKeyId: /],
    ['archive without region', { sinks: { archive: { kmsKeyId: OCIDS.key } } }, /^sinks\.archive\.region: /],
    ['malformed lock time', { sinks: { archive: { ...archive, lockRetentionAt: 'next year' } } }, /^sinks\.archive\.lockRetentionAt: /],
    ['no tenancy (identity rules live at its root compartment)', { tenancyId: undefined as unknown as string }, /^tenancyId: /],
    ['tenancy is a compartment', { tenancyId: OCIDS.compartment, manageAuditRetention: true }, /^tenancyId: /],
    ['no subnets', { subnetIds: [] }, /^subnetIds: /],
    ['subnet OCID malformed', { subnetIds: [OCIDS.vcn] }, /^subnetIds\[0\]: /],
    ['worker dynamic group malformed', { workerDynamicGroupId: OCIDS.group('x') }, /^workerDynamicGroupId: /],
    ['Cloud Guard without detector recipes', { cloudGuard: { detectorRecipeIds: [] } }, /^cloudGuard\.detectorRecipeIds: /],
    ['min active nodes zero', { alarms: { minActiveNodes: 0 } }, /^alarms\.minActiveNodes: /],
  ];
  test.each(cases)('%s', (_name, override, property) => {
    const make = () => new Observability(newStack(), 'obs', { ...good, ...override });
    expect(make).toThrow(HardenedOkeValidationError);
    expect(make).toThrow(property);
  });
});

describe('rules', () => {
  test('log retention: 90..180 in 30-day steps', () => {
    for (const ok of [90, 120, 150, 180]) expect(() => requireLogRetention('r', ok)).not.toThrow();
    for (const bad of [0, 29, 30, 60, 89, 91, 210, 90.5]) expect(() => requireLogRetention('r', bad)).toThrow(HardenedOkeValidationError);
  });
  test('email and https checks', () => {
    expect(() => requireEmail('e', 'a.b+c@sub.example.co.uk')).not.toThrow();
    for (const bad of ['a@b', '@example.com', 'a@@example.com', 'a@example..com', 'a b@example.com']) {
      expect(() => requireEmail('e', bad)).toThrow(HardenedOkeValidationError);
    }
    expect(() => requireHttpsUrl('h', 'https://x.example.com:8443/p?q=1')).not.toThrow();
    for (const bad of ['http://x.example.com', 'ftp://x.example.com', 'https//x', '']) {
      expect(() => requireHttpsUrl('h', bad)).toThrow(HardenedOkeValidationError);
    }
  });
  test('event rule conditions are JSON lists of OCI event types', () => {
    for (const r of SECURITY_EVENT_RULES) {
      expect(r.eventTypes.length).toBeGreaterThan(0);
      for (const t of r.eventTypes) expect(t).toMatch(/^com\.oraclecloud\.[a-zA-Z]+\.[a-zA-Z.]+$/);
      expect(JSON.parse(eventCondition(r.eventTypes))).toEqual({ eventType: r.eventTypes });
      expect(eventCondition(r.eventTypes).length).toBeLessThan(2048);
    }
  });
  test('IAM statements: streaming key grant conditioned on the key, agent grant names the dynamic group by OCID', () => {
    expect(streamingKeyStatement('C', 'K')).toBe("Allow service streaming to use keys in compartment id C where target.key.id = 'K'");
    expect(agentLogStatement(DG, 'C')).toBe(`Allow dynamic-group id ${DG} to use log-content in compartment id C`);
  });
  test('alarm queries carry the cluster and threshold', () => {
    const defs = clusterAlarmDefinitions('C', 5);
    expect(defs.map((d) => d.name)).toEqual(['nodes-not-active', 'unschedulable-pods']);
    expect(defs[0].query).toContain('< 5');
  });
});
