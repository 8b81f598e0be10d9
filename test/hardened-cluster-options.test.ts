/**
 * Options a held-out app uses together (review of an app with every option): each bad combination is a named error,
 * and what the options create carries the library's and the user's tags.
 */
import { Testing } from 'cdktf';
import { HardenedOkeValidationError } from '../lib/core/errors';
import { TAG_CLUSTER, TAG_COMPONENT, TAG_MANAGED_BY } from '../lib/core/tags';
import { IamVerb } from '../lib/kubernetes/workload-identity';
import { buildCluster, resourcesOf } from './support';

const thrown = (f: () => unknown): HardenedOkeValidationError => {
  try { f(); } catch (err) { if (err instanceof HardenedOkeValidationError) return err; throw err; }
  throw new Error('expected a HardenedOkeValidationError');
};

test('allowPublicLoadBalancers without a public load balancer subnet is refused, naming the namespace', () => {
  const err = thrown(() => buildCluster({ kubernetes: { applicationNamespaces: [{ name: 'shop' }, { name: 'edge', allowPublicLoadBalancers: true }] } }));
  expect(err.message).toMatch(/^kubernetes\.applicationNamespaces\[1\]\.allowPublicLoadBalancers: .*no public load balancer subnet.*Fix: set network\.publicLoadBalancerSubnet: true/);
  expect(() => buildCluster({ network: { publicLoadBalancerSubnet: true }, kubernetes: { applicationNamespaces: [{ name: 'edge', allowPublicLoadBalancers: true }] } })).not.toThrow();
});

test('a responder recipe that is not a responder recipe OCID is a named error', () => {
  const err = thrown(() => buildCluster({
    observability: { cloudGuard: { detectorRecipeIds: ['ocid1.cloudguarddetectorrecipe.oc1..aaaaaaaad'], responderRecipeIds: ['ocid1.cloudguarddetectorrecipe.oc1..aaaaaaaad'] } },
  }));
  expect(err.message).toMatch(/responderRecipeIds\[0\]: .* is not a responder recipe OCID/);
});

test('a cross-compartment workload mapping and the Resource Manager endpoint carry the library\'s tags and the tags prop', () => {
  const other = 'ocid1.compartment.oc1..aaaaaaaaother';
  const { stack } = buildCluster({
    tags: { team: 'payments' },
    resourceManager: {},
    kubernetes: { applicationNamespaces: [{ name: 'shop', workloadIdentity: { serviceAccounts: [{ name: 'api', allow: [{ verb: IamVerb.READ, resourceType: 'objects', compartmentId: other }] }], ociServicesAnywhereReason: 'reads Object Storage through the service gateway' } }] },
  });
  const json = JSON.parse(Testing.synth(stack));
  const tagged = [
    ...Object.values<any>(resourcesOf(json, 'oci_containerengine_cluster_workload_mapping')),
    ...Object.values<any>(resourcesOf(json, 'oci_resourcemanager_private_endpoint')),
  ];
  expect(tagged.length).toBeGreaterThanOrEqual(2);
  for (const r of tagged) {
    expect(r.freeform_tags).toMatchObject({ team: 'payments', [TAG_CLUSTER]: 'prod', [TAG_MANAGED_BY]: expect.any(String), [TAG_COMPONENT]: expect.any(String) });
  }
});
