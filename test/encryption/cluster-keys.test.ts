import { ClusterKeys } from '../../lib/encryption/cluster-keys';
import { keyUsageStatements } from '../../lib/encryption/key-policy-statements';
import { HardenedOkeValidationError } from '../../lib/core/errors';
import { newStack, synthValid, resourcesOf, OCIDS } from '../support';

function synthKeys(props: Partial<ConstructorParameters<typeof ClusterKeys>[2]> = {}) {
  const stack = newStack();
  const keys = new ClusterKeys(stack, 'keys', { compartmentId: OCIDS.compartment, clusterName: 'prod', ...props });
  return { keys, json: synthValid(stack) };
}

describe('ClusterKeys', () => {
  test('creates a virtual private vault and HSM AES-256 keys that rotate every 90 days and cannot be destroyed', () => {
    const { json } = synthKeys();
    const vaults = Object.values(resourcesOf(json, 'oci_kms_vault'));
    expect(vaults).toHaveLength(1);
    expect(vaults[0].vault_type).toBe('VIRTUAL_PRIVATE');
    expect(vaults[0].lifecycle).toEqual({ prevent_destroy: true });
    const keys = Object.values(resourcesOf(json, 'oci_kms_key'));
    expect(keys).toHaveLength(2);
    for (const key of keys) {
      expect(key.protection_mode).toBe('HSM');
      expect(key.key_shape).toEqual({ algorithm: 'AES', length: 32 });
      expect(key.is_auto_rotation_enabled).toBe(true);
      expect(key.auto_key_rotation_details).toEqual({ rotation_interval_in_days: 90 });
      expect(key.lifecycle).toEqual({ prevent_destroy: true });
      expect(key.management_endpoint).toMatch(/oci_kms_vault\..*\.management_endpoint/);
    }
  });

  test('key policy lets only the cluster, node pools and Block Storage use the keys, by key id', () => {
    const { json } = synthKeys();
    const policies = Object.values(resourcesOf(json, 'oci_identity_policy'));
    expect(policies).toHaveLength(1);
    const statements: string[] = policies[0].statements;
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      expect(s).toContain(`in compartment id ${OCIDS.compartment}`);
      expect(s).toMatch(/target\.key\.id = '\$\{oci_kms_key\./);
      expect(s).not.toMatch(/all-resources|in tenancy/);
      if (s.startsWith('Allow any-user')) expect(s).toMatch(/request\.principal\.type = '(cluster|nodepool)'/);
    }
  });

  test('the pure statement table names each principal type once per purpose', () => {
    const s = keyUsageStatements('C', { secretsKeyId: 'S', volumesKeyId: 'V' });
    expect(s).toEqual([
      "Allow any-user to use keys in compartment id C where ALL {request.principal.type = 'cluster', target.key.id = 'S'}",
      "Allow any-user to use key-delegates in compartment id C where ALL {request.principal.type = 'nodepool', target.key.id = 'V'}",
      "Allow any-user to use key-delegates in compartment id C where ALL {request.principal.type = 'cluster', target.key.id = 'V'}",
      "Allow service blockstorage to use keys in compartment id C where target.key.id = 'V'",
    ]);
  });

  test('brings existing keys: creates no vault or key, only the policy', () => {
    const { keys, json } = synthKeys({ existingKeys: { secretsKeyId: OCIDS.key, volumesKeyId: OCIDS.key.replace('testkey', 'testkey2') } });
    expect(resourcesOf(json, 'oci_kms_vault')).toEqual({});
    expect(resourcesOf(json, 'oci_kms_key')).toEqual({});
    expect(keys.secretsKeyId).toBe(OCIDS.key);
    expect(Object.values(resourcesOf(json, 'oci_identity_policy'))[0].statements.join('\n')).toContain(OCIDS.key);
  });

  test('creates keys in an existing vault', () => {
    const { json } = synthKeys({ existingVault: { vaultId: OCIDS.vault, managementEndpoint: 'https://abc-management.kms.eu-frankfurt-1.oraclecloud.com' } });
    expect(resourcesOf(json, 'oci_kms_vault')).toEqual({});
    expect(Object.values(resourcesOf(json, 'oci_kms_key'))[0].management_endpoint).toBe('https://abc-management.kms.eu-frankfurt-1.oraclecloud.com');
  });

  test('keysCompartmentId: keys are created there, and the key policy names that compartment and is attached to it', () => {
    const security = 'ocid1.compartment.oc1..aaaaaaaasecurity';
    for (const existingKeys of [undefined, { secretsKeyId: OCIDS.key, volumesKeyId: `${OCIDS.key}v` }]) {
      const { keys, json } = synthKeys({ keysCompartmentId: security, existingKeys });
      expect(keys.keysCompartmentId).toBe(security);
      for (const key of Object.values(resourcesOf(json, 'oci_kms_key'))) expect(key.compartment_id).toBe(security);
      // The vault the library creates stays in the cluster's compartment.
      for (const vault of Object.values(resourcesOf(json, 'oci_kms_vault'))) expect(vault.compartment_id).toBe(OCIDS.compartment);
      const policy: any = Object.values(resourcesOf(json, 'oci_identity_policy'))[0];
      expect(policy.compartment_id).toBe(security);
      expect(policy.statements).toHaveLength(4);
      for (const statement of policy.statements) expect(statement).toContain(`to use ${statement.includes('key-delegates') ? 'key-delegates' : 'keys'} in compartment id ${security} where`);
    }
  });

  test.each([
    [{ keysCompartmentId: OCIDS.vault }, /^keysCompartmentId: /],
    [{ rotationIntervalDays: 400 }, /rotationIntervalDays/],
    [{ rotationIntervalDays: 30 }, /rotationIntervalDays/],
    [{ existingKeys: { secretsKeyId: 'not-an-ocid', volumesKeyId: OCIDS.key } }, /existingKeys\.secretsKeyId/],
    [{ existingVault: { vaultId: OCIDS.key, managementEndpoint: 'https://x' } }, /existingVault\.vaultId/],
  ])('refuses %j', (props, message) => {
    expect(() => synthKeys(props as any)).toThrow(HardenedOkeValidationError);
    expect(() => synthKeys(props as any)).toThrow(message);
  });
});
