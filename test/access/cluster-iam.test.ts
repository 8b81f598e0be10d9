import { ClusterIam } from '../../lib/access/cluster-iam';
import { administratorStatements, clusterServiceStatements, workerNodesMatchingRule } from '../../lib/access/rules/iam-statements';
import { newStack, synthValid, resourcesOf, OCIDS } from '../support';

const CLUSTER = 'ocid1.cluster.oc1.eu-frankfurt-1.aaaaaaaatestcluster';

describe('ClusterIam', () => {
  test('statements are scoped to the compartment and conditioned on the cluster or bastion id', () => {
    for (const s of clusterServiceStatements('C', 'K')) {
      expect(s).toMatch(/^Allow any-user to \w+ [\w-]+ in compartment id C where ALL \{request\.principal\.type = 'cluster', request\.principal\.id = 'K'\}$/);
    }
    expect(administratorStatements('G', 'C', 'K', 'B')).toEqual([
      "Allow group id G to use clusters in compartment id C where target.cluster.id = 'K'",
      "Allow group id G to read bastion in compartment id C where target.bastion.id = 'B'",
      "Allow group id G to manage bastion-session in compartment id C where target.bastion.id = 'B'",
    ]);
    expect(workerNodesMatchingRule('C')).toBe("ALL {instance.compartment.id = 'C'}");
  });

  test('synthesizes a worker dynamic group at the tenancy and compartment-scoped policies, never manage all-resources', () => {
    const stack = newStack();
    new ClusterIam(stack, 'iam', { compartmentId: OCIDS.compartment, clusterName: 'prod', clusterId: CLUSTER, tenancyId: OCIDS.tenancy, adminGroupIds: [OCIDS.group('admins')] });
    const json = synthValid(stack);
    const groups = Object.values(resourcesOf(json, 'oci_identity_dynamic_group'));
    expect(groups).toHaveLength(1);
    expect(groups[0].compartment_id).toBe(OCIDS.tenancy);
    expect(groups[0].matching_rule).toContain(OCIDS.compartment);
    const policies = Object.values(resourcesOf(json, 'oci_identity_policy'));
    expect(policies).toHaveLength(2);
    for (const p of policies) {
      expect(p.compartment_id).toBe(OCIDS.compartment);
      for (const s of p.statements as string[]) {
        expect(s).not.toMatch(/all-resources|in tenancy/);
        expect(s).toContain(`in compartment id ${OCIDS.compartment}`);
        expect(s).toMatch(/where /);
      }
    }
  });

  test('without a tenancy id creates no dynamic group; without admins no admin policy', () => {
    const stack = newStack();
    new ClusterIam(stack, 'iam', { compartmentId: OCIDS.compartment, clusterName: 'prod', clusterId: CLUSTER });
    const json = synthValid(stack);
    expect(resourcesOf(json, 'oci_identity_dynamic_group')).toEqual({});
    expect(Object.keys(resourcesOf(json, 'oci_identity_policy'))).toHaveLength(1);
  });

  test('refuses a malformed admin group OCID', () => {
    const stack = newStack();
    expect(() => new ClusterIam(stack, 'iam', { compartmentId: OCIDS.compartment, clusterName: 'prod', clusterId: CLUSTER, adminGroupIds: ['ocid1.user.oc1..x'] })).toThrow(/adminGroupIds\[0\]/);
  });
});
