import { ClusterIam } from '../../lib/access/cluster-iam';
import { administratorStatements, clusterServiceStatements, workerNodesMatchingRule } from '../../lib/access/private/iam-statements';
import { validatePolicyStatement } from '../../lib/core/iam-policy';
import { newStack, synthValid, resourcesOf, OCIDS, importedCluster } from '../support';

/** The policy whose Terraform address contains `key` (names may change; addresses are stable). */
function policyByKey(json: any, key: string): any {
  const hit = Object.entries(resourcesOf(json, 'oci_identity_policy')).find(([address]) => address.includes(key));
  if (!hit) throw new Error(`no oci_identity_policy ${key}`);
  return hit[1];
}

const CLUSTER = 'ocid1.cluster.oc1.eu-frankfurt-1.aaaaaaaatestcluster';

describe('ClusterIam', () => {
  test('statements are scoped to the compartment and conditioned on the cluster or bastion id', () => {
    for (const s of clusterServiceStatements('C', 'K')) {
      expect(s).toMatch(/^Allow any-user to \w+ [\w-]+ in compartment id C where ALL \{request\.principal\.type = 'cluster', request\.principal\.id = 'K'\}$/);
    }
    // Oracle "Bastion IAM Policies": use bastion + manage bastion-session on target.bastion.ocid (no target.bastion.id).
    expect(administratorStatements('G', 'C', 'K', 'B')).toEqual([
      "Allow group id G to use clusters in compartment id C where target.cluster.id = 'K'",
      "Allow group id G to use bastion in compartment id C where target.bastion.ocid = 'B'",
      "Allow group id G to manage bastion-session in compartment id C where target.bastion.ocid = 'B'",
    ]);
    expect(workerNodesMatchingRule('C')).toBe("ALL {instance.compartment.id = 'C'}");
  });

  test('cluster principal gets exactly the NSG-management-mode statements Oracle documents', () => {
    // Oracle "Required IAM Policies for Managing Security Rules in NSGs": manage network-security-groups, and
    // manage vcns (or virtual-network-family) so the controller can create the frontend NSG. Nothing else.
    const where = "where ALL {request.principal.type = 'cluster', request.principal.id = 'K'}";
    expect(clusterServiceStatements('C', 'K')).toEqual([
      `Allow any-user to manage network-security-groups in compartment id C ${where}`,
      `Allow any-user to manage vcns in compartment id C ${where}`,
    ]);
    expect(clusterServiceStatements('C', 'K').join('\n')).not.toMatch(/use (vnics|subnets|network-security-groups)|load-balancers/);
  });

  test('synthesizes a worker dynamic group at the tenancy and compartment-scoped policies, never manage all-resources', () => {
    const stack = newStack();
    new ClusterIam(stack, 'iam', { cluster: importedCluster(stack, { clusterId: CLUSTER }), tenancyId: OCIDS.tenancy, adminGroupIds: [OCIDS.group('admins')] });
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
    new ClusterIam(stack, 'iam', { cluster: importedCluster(stack, { clusterId: CLUSTER }) });
    const json = synthValid(stack);
    expect(resourcesOf(json, 'oci_identity_dynamic_group')).toEqual({});
    expect(Object.keys(resourcesOf(json, 'oci_identity_policy'))).toHaveLength(1);
  });

  test('every statement uses only verbs, resource types and variables Oracle documents', () => {
    for (const s of [...clusterServiceStatements('C', 'K'), ...administratorStatements('G', 'C', 'K', 'B'), ...administratorStatements('G', 'C', 'K', 'B', true)]) {
      expect(validatePolicyStatement(s)).toEqual([]);
    }
  });

  test('requireMfa conditions every administrator statement on request.user.mfaTotpVerified, and only those', () => {
    const stack = newStack();
    const iam = new ClusterIam(stack, 'iam', {
      cluster: importedCluster(stack, { clusterId: CLUSTER }), adminGroupIds: [OCIDS.group('admins')],
      bastionId: 'ocid1.bastion.oc1.eu-frankfurt-1.aaaaaaaab', requireMfa: true,
    });
    expect(iam.requireMfa).toBe(true);
    const json = synthValid(stack);
    const admin = policyByKey(json, 'admin-policy');
    expect(admin.statements).toHaveLength(3);
    for (const s of admin.statements as string[]) {
      expect(s).toMatch(/ where all \{request\.user\.mfaTotpVerified = 'true', target\.(cluster\.id|bastion\.ocid) = '[^']+'\}$/);
    }
    const service = policyByKey(json, 'cluster-policy');
    for (const s of service.statements as string[]) expect(s).not.toContain('mfaTotpVerified');
  });

  test('requireMfa defaults to false: no MFA condition', () => {
    const stack = newStack();
    const iam = new ClusterIam(stack, 'iam', { cluster: importedCluster(stack, { clusterId: CLUSTER }), adminGroupIds: [OCIDS.group('admins')] });
    expect(iam.requireMfa).toBe(false);
    const admin = policyByKey(synthValid(stack), 'admin-policy');
    expect(admin.statements.join('\n')).not.toContain('mfaTotpVerified');
  });

  test('refuses a requireMfa that is not a boolean (JavaScript callers)', () => {
    const stack = newStack();
    expect(() => new ClusterIam(stack, 'iam', { cluster: importedCluster(stack, { clusterId: CLUSTER }), requireMfa: 'yes' as any }))
      .toThrow(/requireMfa: must be true or false/);
  });

  test('the administrator policy declares its groups with the iam-role tag; the cluster policy does not', () => {
    const stack = newStack();
    new ClusterIam(stack, 'iam', { cluster: importedCluster(stack, { clusterId: CLUSTER }), adminGroupIds: [OCIDS.group('admins')] });
    const json = synthValid(stack);
    expect(policyByKey(json, 'admin-policy').freeform_tags['iam-role']).toBe('cluster-administrators');
    expect(policyByKey(json, 'cluster-policy').freeform_tags['iam-role']).toBeUndefined();
  });

  test('refuses a malformed admin group OCID', () => {
    const stack = newStack();
    expect(() => new ClusterIam(stack, 'iam', { cluster: importedCluster(stack, { clusterId: CLUSTER }), adminGroupIds: ['ocid1.user.oc1..x'] })).toThrow(/adminGroupIds\[0\]/);
  });
});
