import { ComplianceModel, dig, isExpression, isTrue, num, refsIn, resourcesOf, TfBlock } from '../model';
import { checkMetricQuery } from '../../core/monitoring/check-query';
import { AUDIT_RETENTION_DAYS, LOG_RETENTION_MIN_DAYS } from '../../core/retention';
import { IAM_EVENT_TYPE_PREFIX } from '../../core/event-types';
import { providerRegionOf } from './home-region';
import { Control, Finding, NSA, fail, na, pass, verdict } from './types';

const CLUSTER = 'oci_containerengine_cluster';
const LOG = 'oci_logging_log';

function logSource(l: TfBlock): any {
  return dig(l.body, 'configuration', 'source');
}

function logsFor(m: ComplianceModel, target: TfBlock, service?: string): TfBlock[] {
  return resourcesOf(m, LOG).filter((l) => {
    const src = logSource(l);
    if (!src) return false;
    if (service && String(src.service ?? '').toLowerCase() !== service) return false;
    return refsIn(src.resource).includes(target.address);
  });
}

/** Every cluster gets the same verdict when the evidence is app-wide (sinks, agents, alarms). */
function perCluster(m: ComplianceModel, ok: boolean, failMessage: string, passMessage?: string): Finding[] {
  return resourcesOf(m, CLUSTER).map((c) => verdict(c, ok, failMessage, passMessage));
}

/**
 * Identity event rules where IAM is: the root compartment (CIS OCI 4.3-4.7: "it is recommended to create the Event
 * rule at the root compartment level") of the home region (IAM resources and their events live there; Oracle's CIS
 * Landing Zone: "IAM events are always monitored in the home region and at the Root compartment level"), notifying
 * a topic of the rule's own region (the landing zone pairs home-region rules with a home-region topic).
 */
function identityRuleFindings(m: ComplianceModel): Finding[] {
  const declared = [...new Set(Object.values(m.homeRegions))];
  const appWide = declared.length === 1 ? declared[0] : undefined;
  return resourcesOf(m, 'oci_events_rule').filter((r) => isTrue(r.body.is_enabled)).flatMap((r) => {
    let types: unknown;
    try {
      types = JSON.parse(String(r.body.condition ?? '{}'))?.eventType;
    } catch {
      return [];
    }
    if (!Array.isArray(types) || !types.some((t) => String(t).toLowerCase().startsWith(IAM_EVENT_TYPE_PREFIX))) return [];
    const compartment = r.body.compartment_id;
    if (typeof compartment !== 'string' || isExpression(compartment)) return [na(r, 'the rule\'s compartment is not known at synth')];
    if (!compartment.startsWith('ocid1.tenancy.')) {
      return [fail(r, `watches IAM events from compartment ${compartment}: IAM resources live at the tenancy, so changes to them are missed`)];
    }
    const home = m.homeRegions[r.stack] ?? appWide;
    const { ref, region } = providerRegionOf(m, r);
    if (home === undefined || region === undefined) return [na(r, `the home region or the region of provider ${ref} is not known at synth`)];
    if (region !== home) return [fail(r, `is written through provider ${ref} (region ${region}); IAM emits its events in the home region ${home}`)];
    const topics = blocksOfActions(r).map((a) => refsIn(a.topic_id).map((addr) => m.resources.find((t) => t.stack === r.stack && t.address === addr)))
      .flat().filter((t): t is TfBlock => t !== undefined);
    const elsewhere = topics.filter((t) => providerRegionOf(m, t).region !== region);
    if (elsewhere.length > 0) return [fail(r, `notifies ${elsewhere.map((t) => t.address).join(', ')} of another region than the rule's (${region})`)];
    return [pass(r, `at the root compartment through provider ${ref} of the home region ${home}`)];
  });
}

function blocksOfActions(r: TfBlock): any[] {
  const actions = r.body.actions;
  return [actions].flat().flatMap((a: any) => [a?.action ?? a?.actions ?? []].flat()).filter((a: any) => a && typeof a === 'object');
}

function mentionsPath(value: unknown, fragment: string): boolean {
  return JSON.stringify(value ?? '').includes(fragment);
}

export const OBSERVABILITY_CONTROLS: Control[] = [
  {
    id: 'OBS-01', group: 'observability', severity: 'medium',
    title: `Audit log retention is ${AUDIT_RETENTION_DAYS} days`,
    references: { nsaCisa: `${NSA.LOG} › Logging`, kubescape: ['C-0067'] },
    fix: `Manage oci_audit_configuration at the tenancy with retention_period_days = ${AUDIT_RETENTION_DAYS} (HardenedCluster does it when given the tenancy OCID and the opt-in).`,
    check: (m) => {
      const configs = resourcesOf(m, 'oci_audit_configuration');
      if (configs.length === 0) {
        return resourcesOf(m, CLUSTER).map((c) => na(c, `audit retention is a tenancy setting not managed in this output; check it in the tenancy (target: ${AUDIT_RETENTION_DAYS} days)`));
      }
      return configs.map((a) => {
        const days = num(a.body.retention_period_days);
        return verdict(a, days !== undefined && days >= AUDIT_RETENTION_DAYS, `retention_period_days = ${a.body.retention_period_days}`);
      });
    },
  },
  {
    id: 'OBS-02', group: 'observability', severity: 'medium',
    title: 'OKE control-plane service logs are enabled for every cluster',
    references: { nsaCisa: `${NSA.LOG} › Logging` },
    fix: 'Add an oci_logging_log (log_type SERVICE) whose configuration.source.resource is the cluster id.',
    check: (m) => resourcesOf(m, CLUSTER).map((c) => verdict(c, logsFor(m, c).length > 0, 'no service log has this cluster as its source')),
  },
  {
    id: 'OBS-03', group: 'observability', severity: 'medium',
    title: 'VCN flow logs are enabled on every subnet',
    references: { nsaCisa: `${NSA.LOG} › Threat detection` },
    fix: 'Add an oci_logging_log with configuration.source { service = "flowlogs", category = "all", resource = <subnet id> }.',
    check: (m) => resourcesOf(m, 'oci_core_subnet').map((s) => verdict(s, logsFor(m, s, 'flowlogs').length > 0, 'no flow log for this subnet')),
  },
  {
    id: 'OBS-04', group: 'observability', severity: 'medium',
    title: 'Node and container logs are collected by the unified monitoring agent',
    references: { nsaCisa: `${NSA.LOG} › Worker node and container logging` },
    fix: 'Add an oci_logging_unified_agent_configuration (is_enabled = true) with a log tail source on /var/log/containers/*.log, bound to the worker nodes\' dynamic group.',
    check: (m) => {
      const agents = resourcesOf(m, 'oci_logging_unified_agent_configuration').filter((a) => isTrue(a.body.is_enabled) && mentionsPath(a.body.service_configuration, '/var/log/containers/'));
      return perCluster(m, agents.length > 0, 'no enabled unified agent configuration tails /var/log/containers/', `collected by ${agents.map((a) => a.address).join(', ')}`);
    },
  },
  {
    id: 'OBS-05', group: 'observability', severity: 'medium',
    title: 'Logs are shipped to a sink (Service Connector Hub)',
    references: { nsaCisa: `${NSA.LOG} › SIEM platforms` },
    fix: 'Add an oci_sch_service_connector with a logging source (_Audit and the cluster log group) and an Object Storage or Streaming target.',
    check: (m) => {
      const sinks = resourcesOf(m, 'oci_sch_service_connector').filter((s) => String(dig(s.body, 'source', 'kind') ?? '').toLowerCase() === 'logging');
      return perCluster(m, sinks.length > 0, 'no service connector ships logs to a sink', `shipped by ${sinks.map((s) => s.address).join(', ')}`);
    },
  },
  {
    id: 'OBS-06', group: 'observability', severity: 'medium',
    title: 'Alarms notify a topic',
    references: { nsaCisa: `${NSA.LOG} › Alerting` },
    fix: 'Add an oci_ons_notification_topic with subscriptions and enabled oci_monitoring_alarm resources whose destinations include it.',
    check: (m) => {
      const topics = resourcesOf(m, 'oci_ons_notification_topic');
      const alarms = resourcesOf(m, 'oci_monitoring_alarm').filter((a) => isTrue(a.body.is_enabled) &&
        (a.body.destinations ?? []).some((d: unknown) => refsIn(d).some((r) => topics.some((t) => t.address === r)) || String(d).startsWith('ocid1.onstopic.')));
      return perCluster(m, alarms.length > 0, 'no enabled alarm notifies a topic', `${alarms.length} alarm(s) notify a topic`);
    },
  },
  {
    id: 'OBS-07', group: 'observability', severity: 'low',
    title: `Every log sets its retention explicitly (at least ${LOG_RETENTION_MIN_DAYS} days)`,
    references: { nsaCisa: `${NSA.LOG} › Logging` },
    fix: `Set retention_duration to ${LOG_RETENTION_MIN_DAYS} days or more on the log.`,
    check: (m) => resourcesOf(m, LOG).map((l) => {
      const days = num(l.body.retention_duration);
      return verdict(l, days !== undefined && days >= LOG_RETENTION_MIN_DAYS, `retention_duration = ${l.body.retention_duration ?? 'unset (30 days)'}`);
    }),
  },
  {
    id: 'OBS-08', group: 'observability', severity: 'low',
    title: 'Changes to NSGs, security lists, route tables and IAM policies raise events',
    references: { nsaCisa: `${NSA.LOG} › Alerting` },
    fix: 'Add enabled oci_events_rule resources whose conditions cover network security group, security list, route table and policy change events, with a notification action.',
    check: (m) => {
      const text = resourcesOf(m, 'oci_events_rule').filter((r) => isTrue(r.body.is_enabled)).map((r) => String(r.body.condition ?? '').toLowerCase()).join(' ');
      const missing = ['networksecuritygroup', 'securitylist', 'routetable', 'policy'].filter((t) => !text.includes(t));
      return perCluster(m, missing.length === 0, `no event rule covers ${missing.join(', ')}`);
    },
  },
  {
    id: 'OBS-09', group: 'observability', severity: 'medium',
    title: 'Alarm queries name a documented metric and only its dimensions',
    references: { nsaCisa: `${NSA.LOG} › Alerting` },
    fix: 'Use a metric of the namespace and only the dimensions (and dimension values) Oracle documents for it, e.g. NodeState{clusterId = "...", nodeState = "ACTIVE"} or UnschedulablePods{resourceId = "<cluster OCID>"} (see "Kubernetes Engine (OKE) Metrics").',
    check: (m) => resourcesOf(m, 'oci_monitoring_alarm').map((a) => {
      const namespace = String(a.body.namespace ?? '');
      const query = String(a.body.query ?? '');
      const v = checkMetricQuery(namespace, query);
      if (v.status === 'unknown-namespace') return na(a, `namespace ${namespace || '(unset)'} is not in the library's metric table (custom or unlisted metrics are not judged)`);
      if (v.status === 'ok') return pass(a, query);
      return fail(a, `${v.problems.join('; ')} — the alarm can never fire as intended: ${query}`);
    }),
  },
  {
    id: 'OBS-10', group: 'observability', severity: 'medium',
    title: 'Events rules on identity changes live in the root compartment of the home region and notify a topic there',
    references: { nsaCisa: `${NSA.LOG} › Alerting` },
    fix: 'Create oci_events_rule resources naming com.oraclecloud.identitycontrolplane.* event types with compartment_id = the tenancy OCID, through a provider of the home region, with an ONS action on a topic of that region (the library\'s IdentityChangeNotifications does this).',
    check: identityRuleFindings,
  },
];
