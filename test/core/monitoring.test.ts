import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { HardeningCompliance } from '../../lib/compliance';
import { checkMetricQuery } from '../../lib/core/monitoring/check-query';
import { METRIC_NAMESPACES } from '../../lib/core/monitoring/metric-table';
import { parseMql } from '../../lib/core/monitoring/mql';
import { MonitoringAlarm } from '../../lib/generated/providers/oci/monitoring-alarm';
import { OciProvider } from '../../lib/generated/providers/oci/provider';
import { ClusterAlarms } from '../../lib/observability';
import { OCIDS, Testing } from '../support';

const CLUSTER = 'ocid1.cluster.oc1.eu-frankfurt-1.aaaaaaaatestcluster';
const TOPIC = 'ocid1.onstopic.oc1.eu-frankfurt-1.aaaaaaaatesttopic';

describe('MQL parser', () => {
  test('reads metric, interval, filters, grouping and the rest', () => {
    const r = parseMql('NodeState[1m]{clusterId = "c", nodeState != "ACTIVE" || nodeState =~ "DEL*"}.groupBy(nodepoolId).sum() < 3');
    expect(r).toEqual({ query: {
      metric: 'NodeState', interval: '1m',
      filters: [{ name: 'clusterId', operator: '=', value: 'c' }, { name: 'nodeState', operator: '!=', value: 'ACTIVE' }, { name: 'nodeState', operator: '=~', value: 'DEL*' }],
      groupBy: ['nodepoolId'], rest: 'sum() < 3',
    } });
  });
  test.each([
    ['no interval', 'NodeState{clusterId = "c"}.max() > 0'],
    ['unquoted value', 'NodeState[1m]{clusterId = c}.max() > 0'],
    ['no statistic', 'NodeState[1m]{clusterId = "c"} > 0'],
  ])('rejects a query with %s', (_name, q) => {
    expect(parseMql(q)).toHaveProperty('error');
  });
});

describe('metric query check', () => {
  test('every table entry cites the Oracle page it was read from', () => {
    for (const ns of METRIC_NAMESPACES) for (const m of ns.metrics) expect(m.source).toBe('Kubernetes Engine (OKE) Metrics');
  });
  test.each([
    ['nodeCondition carrying a node state', 'NodeState[1m]{clusterId = "c", nodeCondition = "ACTIVE"}.sum() < 1', /nodeCondition never takes the value "ACTIVE"/],
    ['clusterId on UnschedulablePods', 'UnschedulablePods[5m]{clusterId = "c"}.max() > 0', /UnschedulablePods has no dimension clusterId/],
    ['an unknown metric', 'PodRestarts[5m]{resourceId = "c"}.max() > 0', /oci_oke has no metric PodRestarts/],
    ['grouping by an unknown dimension', 'NodeState[1m].groupBy(podName).sum() < 1', /no dimension podName/],
    ['a node state that does not exist', 'NodeState[1m]{nodeState = "Ready"}.sum() < 1', /nodeState never takes the value "Ready"/],
  ])('refuses %s', (_name, query, message) => {
    const v = checkMetricQuery('oci_oke', query);
    expect(v.status).toBe('invalid');
    expect((v as any).problems.join('; ')).toMatch(message);
  });
  test('accepts documented queries and leaves custom namespaces alone', () => {
    expect(checkMetricQuery('oci_oke', 'KubernetesNodeCondition[1m]{clusterId = "c", nodeCondition = "Ready"}.sum() < 3')).toEqual({ status: 'ok' });
    expect(checkMetricQuery('oci_oke', 'NodeState[1m]{clusterId = "${oci_containerengine_cluster.c.id}", nodeState = "ACTIVE"}.sum() < 3')).toEqual({ status: 'ok' });
    expect(checkMetricQuery('my_app', 'Whatever[1m]{anything = "x"}.max() > 0')).toEqual({ status: 'unknown-namespace' });
  });
});

describe('OBS-09 at synth', () => {
  function app(extra?: (stack: TerraformStack) => void): { app: App; stack: TerraformStack } {
    const a = Testing.app();
    const stack = new TerraformStack(a, 'infra');
    new OciProvider(stack, 'oci', { region: 'eu-frankfurt-1' });
    new ClusterAlarms(stack, 'alarms', { compartmentId: OCIDS.compartment, clusterName: 'prod', clusterId: CLUSTER, topicId: TOPIC, minActiveNodes: 3 });
    extra?.(stack);
    HardeningCompliance.enable(stack);
    return { app: a, stack };
  }
  /** OBS-09's status in the hardening report the synth writes (whether or not other controls fail). */
  function obs09(a: App): { status: string; findings: any[] } {
    try { a.synth(); } catch { /* the report is written either way */ }
    const report = JSON.parse(fs.readFileSync(path.join(a.outdir, 'hardening-report.json'), 'utf8'));
    return report.controls.find((c: any) => c.id === 'OBS-09');
  }

  test("the library's own alarms pass", () => {
    const r = obs09(app().app);
    expect(r.status).toBe('pass');
    expect(r.findings.filter((f) => f.status === 'pass')).toHaveLength(2);
  });

  test('a hand-written alarm with an undocumented dimension fails synth naming it', () => {
    const { app: a } = app((stack) => new MonitoringAlarm(stack, 'handwritten', {
      compartmentId: OCIDS.compartment, metricCompartmentId: OCIDS.compartment, displayName: 'pods', namespace: 'oci_oke',
      query: `UnschedulablePods[5m]{clusterId = "${CLUSTER}"}.max() > 0`, severity: 'WARNING', isEnabled: true, destinations: [TOPIC],
    }));
    expect(() => a.synth()).toThrow(/OBS-09[\s\S]*oci_monitoring_alarm\.handwritten[\s\S]*UnschedulablePods has no dimension clusterId/);
  });

  test('an alarm on a custom namespace is not judged', () => {
    const { app: a } = app((stack) => new MonitoringAlarm(stack, 'custom', {
      compartmentId: OCIDS.compartment, metricCompartmentId: OCIDS.compartment, displayName: 'app', namespace: 'my_app',
      query: 'QueueDepth[5m]{queue = "orders"}.max() > 100', severity: 'WARNING', isEnabled: true, destinations: [TOPIC],
    }));
    const r = obs09(a);
    expect(r.findings.find((f) => f.address.includes('custom')).status).toBe('not-applicable');
    expect(r.status).toBe('pass');
  });
});
