/**
 * RuntimeDetectionAlerts used directly: a policy grants only in the compartment it is attached to and its children
 * (Oracle "How Policies Work"), so a topic in another compartment gets its publish grant from a policy attached there.
 */
import { TerraformStack, Testing } from 'cdktf';
import { RuntimeDetectionAlerts } from '../../lib/observability';
import { OciProvider } from '../../lib/generated/providers/oci/provider';

const CLUSTER_COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaaclustercompartment';
const SECURITY_COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaasecuritycompartment';
const BASE = {
  compartmentId: CLUSTER_COMPARTMENT,
  clusterName: 'prod',
  logGroupId: 'ocid1.loggroup.oc1.eu-frankfurt-1.aaaaaaaaloggroup',
  workerDynamicGroupId: 'ocid1.dynamicgroup.oc1..aaaaaaaaworkers',
  topicId: 'ocid1.onstopic.oc1.eu-frankfurt-1.aaaaaaaatopic',
  exportFile: '/var/run/cilium/tetragon/tetragon.log',
};

function synth(props: Partial<typeof BASE> & { topicCompartmentId?: string } = {}) {
  const stack = new TerraformStack(Testing.app(), 'alerts');
  new OciProvider(stack, 'oci', { region: 'eu-frankfurt-1' });
  const alerts = new RuntimeDetectionAlerts(stack, 'rd', { ...BASE, ...props });
  return { alerts, json: JSON.parse(Testing.synth(stack)) };
}
const inCompartment = (statement: string) => /in compartment id (\S+)/.exec(statement)![1];

test('every publish or read grant sits in a policy attached to the compartment it names', () => {
  for (const topicCompartmentId of [undefined, CLUSTER_COMPARTMENT, SECURITY_COMPARTMENT]) {
    const { json } = synth({ topicCompartmentId });
    for (const policy of Object.values<any>(json.resource.oci_identity_policy)) {
      for (const s of policy.statements) expect(inCompartment(s)).toBe(policy.compartment_id);
    }
  }
});

test('a topic in another compartment: a second policy there, and the connector waits for both', () => {
  const { alerts, json } = synth({ topicCompartmentId: SECURITY_COMPARTMENT });
  expect(alerts.topicPolicy).toBeDefined();
  const policies = Object.values<any>(json.resource.oci_identity_policy);
  expect(policies).toHaveLength(2);
  const topic = policies.find((p) => p.compartment_id === SECURITY_COMPARTMENT);
  expect(topic.statements).toEqual([
    `Allow any-user to use ons-topics in compartment id ${SECURITY_COMPARTMENT} where all {request.principal.type = 'serviceconnector', request.principal.compartment.id = '${CLUSTER_COMPARTMENT}'}`,
  ]);
  const connector = Object.values<any>(json.resource.oci_sch_service_connector)[0];
  expect(connector.depends_on).toHaveLength(2);
});

test('a topic in the cluster compartment: one policy, no second one', () => {
  const { alerts, json } = synth();
  expect(alerts.topicPolicy).toBeUndefined();
  expect(Object.keys(json.resource.oci_identity_policy)).toHaveLength(1);
});

test('a topic compartment that is not a compartment OCID is a named error', () => {
  expect(() => synth({ topicCompartmentId: 'ocid1.onstopic.oc1.eu-frankfurt-1.aaaaaaaatopic' })).toThrow(/topicCompartmentId: /);
});
