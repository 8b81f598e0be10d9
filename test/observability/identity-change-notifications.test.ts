/**
 * Identity changes are caught where they happen (issue 17 §6): Events rules in the tenancy's root compartment,
 * written through the home-region provider, notifying a topic of the home region.
 */
import { TerraformStack, Testing } from 'cdktf';
import { HardenedCluster } from '../../lib/hardened-cluster';
import { HardenedOkeValidationError } from '../../lib/core/errors';
import { OciProvider } from '../../lib/generated/providers/oci/provider';
import { IdentityChangeNotifications } from '../../lib/observability';
import { IAM_EVENT_TYPE_PREFIX } from '../../lib/core/event-types';
import { IAM_EVENT_TYPES, IDENTITY_EVENT_RULES, SECURITY_EVENT_RULES } from '../../lib/observability/private/event-types';
import { CLUSTER_PROPS, OCIDS } from '../support';

const NOTIFY = { emailEndpoints: ['secops@example.com'], httpsEndpoints: ['https://siem.example.com/hooks/oci'] };

function stackIn(region: string): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'infra');
  new OciProvider(stack, 'oci', { region });
  return stack;
}
const all = (j: any, type: string): Array<[string, any]> => Object.entries<any>(j.resource?.[type] ?? {});
/** The region of the provider a resource is written through (its `provider` reference, else the default one). */
function regionOf(j: any, resource: any): string {
  const ref: string = resource.provider ?? 'oci';
  const alias = ref.split('.')[1];
  const block = [j.provider.oci].flat().find((p: any) => p.alias === alias);
  return block.region;
}
const eventTypes = (rule: any): string[] => JSON.parse(rule.condition).eventType;
const isIdentityRule = (rule: any) => eventTypes(rule).some((t) => t.startsWith(IAM_EVENT_TYPE_PREFIX));
/** The topic resource a rule's ONS action names (`${oci_ons_notification_topic.<name>.id}`). */
function topicOf(j: any, rule: any): any {
  const [action] = rule.actions.action;
  expect(action.action_type).toBe('ONS');
  const m = /^\$\{oci_ons_notification_topic\.([^.]+)\.id\}$/.exec(action.topic_id);
  expect(m).not.toBeNull();
  return j.resource.oci_ons_notification_topic[m![1]];
}

describe.each([
  ['cluster outside the home region', 'us-ashburn-1', 'eu-frankfurt-1'],
  ['cluster in the home region', 'eu-frankfurt-1', undefined],
])('HardenedCluster, %s', (_name, region, homeRegion) => {
  const stack = stackIn(region);
  new HardenedCluster(stack, 'prod', { ...CLUSTER_PROPS, region, homeRegion, observability: { notifications: NOTIFY } });
  const j = JSON.parse(Testing.synth(stack));
  const home = homeRegion ?? region;
  const rules = all(j, 'oci_events_rule').map(([, r]) => r);
  const identity = rules.filter(isIdentityRule);

  test('one rule per CIS recommendation 4.3-4.7, each in the root compartment (the tenancy)', () => {
    expect(identity.map((r) => r.display_name).sort()).toEqual(IDENTITY_EVENT_RULES.map((d) => `prod-${d.name}`).sort());
    for (const r of identity) {
      expect(r.compartment_id).toBe(CLUSTER_PROPS.tenancyId);
      expect(r.is_enabled).toBe(true);
    }
  });

  test('written through a provider of the home region (the `home` alias when the stack is elsewhere)', () => {
    for (const r of identity) {
      expect(regionOf(j, r)).toBe(home);
      expect(r.provider).toBe(homeRegion === undefined ? undefined : 'oci.home');
    }
  });

  test('every emitted IAM event type is in the table of documented names', () => {
    const emitted = identity.flatMap(eventTypes);
    expect(emitted.length).toBeGreaterThanOrEqual(19);
    for (const t of emitted) expect(Object.keys(IAM_EVENT_TYPES)).toContain(t);
  });

  test('the topic the rules notify is of the home region and has the security topic\'s subscribers', () => {
    const topics = new Set(identity.map((r) => topicOf(j, r)));
    expect(topics.size).toBe(1);
    const [topic] = [...topics];
    expect(regionOf(j, topic)).toBe(home);
    const subs = all(j, 'oci_ons_subscription').map(([, s]) => s).filter((s) => s.topic_id === identity[0].actions.action[0].topic_id);
    expect(subs.map((s) => [s.protocol, s.endpoint]).sort()).toEqual([['CUSTOM_HTTPS', NOTIFY.httpsEndpoints[0]], ['EMAIL', NOTIFY.emailEndpoints[0]]]);
    for (const s of subs) expect(regionOf(j, s)).toBe(home);
  });

  test('rules on cluster-compartment services stay in the cluster compartment and region, and name no IAM event', () => {
    const cluster = rules.filter((r) => !isIdentityRule(r));
    expect(cluster.map((r) => r.display_name).sort()).toEqual(SECURITY_EVENT_RULES.map((d) => `prod-${d.name}`).sort());
    for (const r of cluster) {
      expect(r.compartment_id).toBe(CLUSTER_PROPS.compartmentId);
      expect(regionOf(j, r)).toBe(region);
      expect(eventTypes(r).some((t) => t.startsWith(IAM_EVENT_TYPE_PREFIX))).toBe(false);
    }
  });
});

describe('IdentityChangeNotifications on its own', () => {
  const base = { tenancyId: OCIDS.tenancy, compartmentId: OCIDS.compartment, clusterName: 'prod' };

  test('without topicId it creates its own topic (through the given provider)', () => {
    const stack = stackIn('us-ashburn-1');
    const home = new OciProvider(stack, 'home', { alias: 'home', region: 'eu-frankfurt-1' });
    const n = new IdentityChangeNotifications(stack, 'n', { ...base, provider: home, emailEndpoints: ['a@example.com'] });
    expect(n.topic).toBeDefined();
    expect(n.rules).toHaveLength(IDENTITY_EVENT_RULES.length);
    const j = JSON.parse(Testing.synth(stack));
    for (const [, t] of all(j, 'oci_ons_notification_topic')) expect(t.provider).toBe('oci.home');
    for (const [, r] of all(j, 'oci_events_rule')) expect(r.provider).toBe('oci.home');
  });

  test('a topic id together with a home provider is refused (a rule notifying another region is not documented)', () => {
    const stack = stackIn('us-ashburn-1');
    const home = new OciProvider(stack, 'home', { alias: 'home', region: 'eu-frankfurt-1' });
    expect(() => new IdentityChangeNotifications(stack, 'n', { ...base, provider: home, topicId: 'ocid1.onstopic.oc1.iad.aaaa' }))
      .toThrow(/^topicId: /);
  });

  test.each([
    ['tenancy is a compartment', { tenancyId: OCIDS.compartment }, /^tenancyId: /],
    ['malformed email', { emailEndpoints: ['secops.example.com'] }, /^emailEndpoints\[0\]: /],
    ['http endpoint', { httpsEndpoints: ['http://siem.example.com/hook'] }, /^httpsEndpoints\[0\]: /],
  ])('%s', (_n, over, message) => {
    const make = () => new IdentityChangeNotifications(stackIn('eu-frankfurt-1'), 'n', { ...base, ...over });
    expect(make).toThrow(HardenedOkeValidationError);
    expect(make).toThrow(message);
  });
});
