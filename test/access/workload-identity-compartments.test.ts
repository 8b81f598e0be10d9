/**
 * Workload identity across compartments (Oracle "Granting Workloads Access to OCI Resources", "... in a Different
 * Compartment"): a policy grants only in the compartment it is attached to and below it, so each compartment's
 * statements are in a policy attached there, and the namespace gets the workload mapping to that compartment, shared
 * with the namespace's Vault secrets access.
 */
import { WorkloadIdentityAccess } from '../../lib/access/workload-identity-access';
import { OkeCluster } from '../../lib/cluster';
import { validatePolicyStatement } from '../../lib/core/iam-policy';
import { IamVerb } from '../../lib/kubernetes/workload-identity';
import { VaultSecretsAccess } from '../../lib/storage/vault-secrets-access';
import { newStack, resourcesOf, synthValid, OCIDS } from '../support';

const CLUSTER_ID = 'ocid1.cluster.oc1.eu-frankfurt-1.aaaaaaaatestcluster';
const SALES = 'ocid1.compartment.oc1..aaaaaaaasales';
const SECRET = 'ocid1.vaultsecret.oc1.eu-frankfurt-1.aaaaaaaasecret';

function setup() {
  const stack = newStack();
  const cluster = OkeCluster.fromClusterAttributes(stack, 'cluster', { clusterId: CLUSTER_ID, clusterName: 'platform', compartmentId: OCIDS.compartment, kubernetesVersion: 'v1.33.1' });
  return { stack, cluster };
}
const inCompartment = (s: string) => /in compartment id (\S+)/.exec(s)![1];

test('grants in the cluster\'s compartment: one policy there and no mapping', () => {
  const { stack, cluster } = setup();
  const access = new WorkloadIdentityAccess(stack, 'wi', { cluster, namespaceName: 'reports', serviceAccounts: [{ name: 'exporter', allow: [{ verb: IamVerb.READ, resourceType: 'objects' }] }] });
  const json = synthValid(stack);
  expect(Object.values<any>(resourcesOf(json, 'oci_identity_policy')).map((p) => p.compartment_id)).toEqual([OCIDS.compartment]);
  expect(resourcesOf(json, 'oci_containerengine_cluster_workload_mapping')).toEqual({});
  expect(access.workloadMappings).toEqual([]);
});

test('a grant in another compartment: a policy attached there, the mapping of the namespace to it, and every statement valid where attached', () => {
  const { stack, cluster } = setup();
  const access = new WorkloadIdentityAccess(stack, 'wi', {
    cluster, namespaceName: 'finance', serviceAccounts: [
      { name: 'ledger', allow: [{ verb: IamVerb.READ, resourceType: 'objects' }, { verb: IamVerb.MANAGE, resourceType: 'objects', compartmentId: SALES }] },
    ],
  });
  new VaultSecretsAccess(stack, 'vs', { cluster, compartmentId: SALES, namespaceName: 'finance', serviceAccountName: 'secrets', secretIds: [SECRET] });
  const json = synthValid(stack);
  const policies = Object.values<any>(resourcesOf(json, 'oci_identity_policy'));
  expect(policies.map((p) => p.compartment_id).sort()).toEqual([OCIDS.compartment, SALES, SALES].sort());
  for (const p of policies) {
    for (const s of p.statements) {
      expect(inCompartment(s)).toBe(p.compartment_id);
      expect(validatePolicyStatement(s, p.compartment_id)).toEqual([]);
    }
  }
  expect(Object.keys(access.policiesByCompartment).sort()).toEqual([OCIDS.compartment, SALES].sort());
  expect(access.policy).toBe(access.policiesByCompartment[OCIDS.compartment]);
  // One mapping for finance -> sales, shared by the workload identity and the Vault secrets.
  const mappings = Object.values<any>(resourcesOf(json, 'oci_containerengine_cluster_workload_mapping'));
  expect(mappings).toEqual([expect.objectContaining({ cluster_id: CLUSTER_ID, namespace: 'finance', mapped_compartment_id: SALES })]);
  expect(access.workloadMappings).toHaveLength(1);
});

test('only other compartments: the first is the policy, still attached where it grants', () => {
  const { stack, cluster } = setup();
  const access = new WorkloadIdentityAccess(stack, 'wi', { cluster, namespaceName: 'finance', serviceAccounts: [{ name: 'ledger', allow: [{ verb: IamVerb.READ, resourceType: 'objects', compartmentId: SALES }] }] });
  synthValid(stack);
  expect(access.policy).toBe(access.policiesByCompartment[SALES]);
  expect(Object.keys(access.policiesByCompartment)).toEqual([SALES]);
  expect(access.workloadMappings).toHaveLength(1);
});

test('a namespace granted into two other compartments is refused: one workload mapping per namespace', () => {
  const { stack, cluster } = setup();
  expect(() => new WorkloadIdentityAccess(stack, 'wi', {
    cluster, namespaceName: 'finance', serviceAccounts: [{ name: 'ledger', allow: [
      { verb: IamVerb.READ, resourceType: 'objects', compartmentId: SALES },
      { verb: IamVerb.READ, resourceType: 'objects', compartmentId: 'ocid1.compartment.oc1..aaaaaaaahr' },
    ] }],
  })).toThrow(/compartmentId: namespace finance is already mapped to compartment ocid1\.compartment\.oc1\.\.aaaaaaaasales/);
});
