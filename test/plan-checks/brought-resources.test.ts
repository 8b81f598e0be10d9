import { buildCluster, dataOf, resourcesOf, synthValid, OCIDS } from '../support';

const VAULT = { vaultId: OCIDS.vault, managementEndpoint: 'https://abc-management.kms.eu-frankfurt-1.oraclecloud.com' };
const MESSAGE = /^[a-zA-Z.[\]0-9]+: .+\. Fix: .+/;

/** Every condition of a resource or data source, as `{condition, error_message}`. */
function conditions(block: any, kind: 'precondition' | 'postcondition'): Array<{ condition: string; error_message: string }> {
  return block.lifecycle?.[kind] ?? [];
}

describe('plan-time checks of what the user brings', () => {
  test('existingVault: each rotating key has a precondition that the vault is VIRTUAL_PRIVATE, named after the prop', () => {
    const { stack } = buildCluster({ encryption: { existingVault: VAULT } });
    const json = synthValid(stack);
    const vaults = Object.entries(dataOf(json, 'oci_kms_vault'));
    expect(vaults).toHaveLength(1);
    const [vaultName, vault] = vaults[0];
    expect(vault.vault_id).toBe(OCIDS.vault);
    const keys = Object.values(resourcesOf(json, 'oci_kms_key')).filter((k: any) => k.is_auto_rotation_enabled);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    for (const key of keys as any[]) {
      const pre = conditions(key, 'precondition');
      expect(pre).toContainEqual({
        condition: `\${data.oci_kms_vault.${vaultName}.vault_type == "VIRTUAL_PRIVATE"}`,
        error_message: expect.stringMatching(/^encryption\.existingVault\.vaultId: the vault is not a virtual private vault.*\. Fix: give a VIRTUAL_PRIVATE vault/),
      });
      expect(key.lifecycle.prevent_destroy).toBe(true);
    }
    const post = conditions(vault, 'postcondition');
    expect(post.map((c) => c.condition)).toContain(`\${self.management_endpoint == "${VAULT.managementEndpoint}"}`);
    for (const c of post) expect(c.error_message).toMatch(/^encryption\.existingVault\.[a-zA-Z]+: .+\. Fix: /);
  });

  test('without existingVault the library creates the VIRTUAL_PRIVATE vault and reads none', () => {
    const { stack } = buildCluster();
    const json = synthValid(stack);
    expect(dataOf(json, 'oci_kms_vault')).toEqual({});
    for (const key of Object.values(resourcesOf(json, 'oci_kms_key')) as any[]) expect(conditions(key, 'precondition')).toEqual([]);
  });

  test('existingKeys: each key is read and must be an enabled AES-256 HSM key of the brought vault', () => {
    const keys = { secretsKeyId: `${OCIDS.key}s`, volumesKeyId: `${OCIDS.key}v` };
    const { stack } = buildCluster({ encryption: { existingVault: VAULT, existingKeys: keys } });
    const json = synthValid(stack);
    const read = Object.values(dataOf(json, 'oci_kms_key')) as any[];
    expect(read.map((k) => k.key_id).sort()).toEqual([keys.secretsKeyId, keys.volumesKeyId].sort());
    for (const key of read) {
      expect(key.management_endpoint).toBe(VAULT.managementEndpoint);
      const post = conditions(key, 'postcondition');
      const byCondition = Object.fromEntries(post.map((c) => [c.condition, c.error_message]));
      expect(byCondition['${self.key_shape[0].algorithm == "AES" && self.key_shape[0].length == 32}']).toMatch(/^encryption\.existingKeys\.(secrets|volumes)KeyId: the key is not an AES-256 key\. Fix: /);
      expect(byCondition['${self.protection_mode == "HSM"}']).toMatch(/HSM/);
      expect(byCondition[`\${self.vault_id == "${OCIDS.vault}"}`]).toMatch(MESSAGE);
    }
  });

  test('existingKeys with neither endpoint: nothing can be read, and no data source is emitted', () => {
    const { stack } = buildCluster({
      encryption: { existingKeys: { secretsKeyId: `${OCIDS.key}s`, volumesKeyId: `${OCIDS.key}v` } },
      supplyChain: { signing: { existingKeyIds: [`${OCIDS.key}r`] } },
    });
    expect(dataOf(synthValid(stack), 'oci_kms_key')).toEqual({});
  });

  test('existingKeyIds with existingKeysManagementEndpoint: each signing key is read and must be an enabled RSA key', () => {
    const signing = { existingKeyIds: [`${OCIDS.key}r1`, `${OCIDS.key}r2`], existingKeysManagementEndpoint: VAULT.managementEndpoint };
    const json = synthValid(buildCluster({ supplyChain: { signing } }).stack);
    const read = Object.values(dataOf(json, 'oci_kms_key')) as any[];
    expect(read.map((k) => k.key_id).sort()).toEqual([...signing.existingKeyIds].sort());
    read.forEach((key) => {
      expect(key.management_endpoint).toBe(VAULT.managementEndpoint);
      const i = signing.existingKeyIds.indexOf(key.key_id);
      expect(conditions(key, 'postcondition')).toContainEqual({
        condition: '${self.key_shape[0].algorithm == "RSA"}',
        error_message: expect.stringMatching(new RegExp(`^supplyChain\\.signing\\.existingKeyIds\\[${i}\\]: the key is not an RSA key`)),
      });
    });
  });

  test('existingKeysManagementEndpoint without existingKeyIds, or not https, is a named synth error', () => {
    expect(() => buildCluster({ supplyChain: { signing: { existingKeysManagementEndpoint: VAULT.managementEndpoint } } }))
      .toThrow(/existingKeysManagementEndpoint: applies only with existingKeyIds\. Fix: /);
    expect(() => buildCluster({ supplyChain: { signing: { existingKeyIds: [`${OCIDS.key}r`], existingKeysManagementEndpoint: 'http://kms.example' } } }))
      .toThrow(/existingKeysManagementEndpoint: /);
  });
});
