import { TerraformVariable } from 'cdktf';
import { buildCluster, CLUSTER_PROPS, dataOf, newStack, resourcesOf, synthValid, OCIDS } from '../support';

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

  test('existingKeys with neither endpoint: the keys cannot be read (only the brought signing key, through its own vault)', () => {
    const { stack } = buildCluster({
      encryption: { existingKeys: { secretsKeyId: `${OCIDS.key}s`, volumesKeyId: `${OCIDS.key}v` } },
      supplyChain: { signing: { existingKeyIds: [`${OCIDS.key}r`], vaultManagementEndpoint: VAULT.managementEndpoint } },
    });
    expect((Object.values(dataOf(synthValid(stack), 'oci_kms_key')) as any[]).map((k) => k.key_id)).toEqual([`${OCIDS.key}r`]);
  });

  test('existingKeys: each key must be in keysCompartmentId (default: the cluster compartment), named after that prop', () => {
    const keys = { secretsKeyId: `${OCIDS.key}s`, volumesKeyId: `${OCIDS.key}v` };
    for (const keysCompartmentId of [undefined, 'ocid1.compartment.oc1..aaaaaaaasecurity']) {
      const { stack } = buildCluster({ encryption: { existingVault: VAULT, existingKeys: keys, keysCompartmentId } });
      for (const key of Object.values(dataOf(synthValid(stack), 'oci_kms_key')) as any[]) {
        const byCondition = Object.fromEntries(conditions(key, 'postcondition').map((c) => [c.condition, c.error_message]));
        expect(byCondition[`\${self.compartment_id == "${keysCompartmentId ?? OCIDS.compartment}"}`])
          .toMatch(/^encryption\.keysCompartmentId: the key encryption\.existingKeys\.(secrets|volumes)KeyId is not in compartment .+\. Fix: set encryption\.keysCompartmentId to /);
      }
    }
  });

  test('supplyChain.signing.existingKeyIds: each brought signing key is read and must be an enabled RSA key of its compartment', () => {
    const signing = { existingKeyIds: [`${OCIDS.key}r`], vaultManagementEndpoint: VAULT.managementEndpoint };
    const { stack } = buildCluster({ supplyChain: { signing } });
    const read = Object.values(dataOf(synthValid(stack), 'oci_kms_key')) as any[];
    expect(read).toHaveLength(1);
    expect(read[0]).toMatchObject({ key_id: `${OCIDS.key}r`, management_endpoint: VAULT.managementEndpoint });
    const byCondition = Object.fromEntries(conditions(read[0], 'postcondition').map((c) => [c.condition, c.error_message]));
    expect(byCondition['${self.key_shape[0].algorithm == "RSA"}']).toMatch(/^supplyChain\.signing\.existingKeyIds\[0\]: the key is not an RSA key.*\. Fix: /);
    expect(byCondition['${self.state == "ENABLED"}']).toMatch(/^supplyChain\.signing\.existingKeyIds\[0\]: the key is not ENABLED\. Fix: /);
    expect(byCondition[`\${self.compartment_id == "${OCIDS.compartment}"}`]).toMatch(/^supplyChain\.signing\.keysCompartmentId: .+\. Fix: /);
    for (const message of Object.values(byCondition)) expect(message).toMatch(MESSAGE);
  });
});

describe('plan-time checks of the Vault secrets an application namespace mounts', () => {
  const SECRET = 'ocid1.vaultsecret.oc1.eu-frankfurt-1.aaaaaaaatestdb';
  const vaultSecrets = (compartmentId?: string) => ({ vaultId: OCIDS.vault, compartmentId, secrets: [{ name: 'db-password', secretId: SECRET }] });

  test.each([[undefined, OCIDS.compartment], ['ocid1.compartment.oc1..aaaaaaaasecrets', 'ocid1.compartment.oc1..aaaaaaaasecrets']])(
    'each secret is read and must be ACTIVE, of vaultId, named as given, and in the compartment the read policy names (compartmentId %s)', (compartmentId, expected) => {
      const { stack } = buildCluster({ kubernetes: { secretsStore: true, applicationNamespaces: [{ name: 'shop', vaultSecrets: vaultSecrets(compartmentId) }] } });
      const read = Object.values(dataOf(synthValid(stack), 'oci_vault_secret')) as any[];
      expect(read.map((s) => s.secret_id)).toEqual([SECRET]);
      const byCondition = Object.fromEntries(conditions(read[0], 'postcondition').map((c) => [c.condition, c.error_message]));
      const ns = 'kubernetes\\.applicationNamespaces\\[0\\]\\.vaultSecrets';
      expect(byCondition).toEqual({
        '${self.state == "ACTIVE"}': expect.stringMatching(new RegExp(`^${ns}\\.secrets\\[0\\]\\.secretId: the secret is not ACTIVE\\. Fix: `)),
        [`\${self.compartment_id == "${expected}"}`]: expect.stringMatching(new RegExp(`^${ns}\\.compartmentId: the secret ${ns}\\.secrets\\[0\\]\\.secretId is not in compartment ${expected}, which the pods' read policy is written for\\. Fix: set ${ns}\\.compartmentId `)),
        [`\${self.vault_id == "${OCIDS.vault}"}`]: expect.stringMatching(new RegExp(`^${ns}\\.vaultId: `)),
        '${self.secret_name == "db-password"}': expect.stringMatching(new RegExp(`^${ns}\\.secrets\\[0\\]\\.name: is not the name of secret ${SECRET}`)),
      });
    });

  test('a namespace added later (addApplicationNamespace) gets the same checks, named by its index', () => {
    const { stack, cluster } = buildCluster({ kubernetes: { secretsStore: true } });
    cluster.addApplicationNamespace({ name: 'late', vaultSecrets: vaultSecrets() });
    const read = Object.values(dataOf(synthValid(stack), 'oci_vault_secret')) as any[];
    expect(conditions(read[0], 'postcondition').map((c) => c.error_message.split(':')[0]).sort()).toEqual([
      'kubernetes.applicationNamespaces[0].vaultSecrets.compartmentId', 'kubernetes.applicationNamespaces[0].vaultSecrets.secrets[0].name',
      'kubernetes.applicationNamespaces[0].vaultSecrets.secrets[0].secretId', 'kubernetes.applicationNamespaces[0].vaultSecrets.vaultId',
    ]);
  });
});

describe('plan-time checks of resourceManager.privateEndpointSubnetId', () => {
  test('the brought subnet is read and the ORM private endpoint requires it private and in the cluster\'s VCN; without it, nothing is read', () => {
    const subnetId = OCIDS.subnet('orm');
    const json = synthValid(buildCluster({ resourceManager: { privateEndpointSubnetId: subnetId } }).stack);
    const [name, read] = Object.entries(dataOf(json, 'oci_core_subnet')).find(([, s]: [string, any]) => s.subnet_id === subnetId)!;
    expect(read).toBeDefined();
    const pe = Object.values(resourcesOf(json, 'oci_resourcemanager_private_endpoint'))[0] as any;
    const byCondition = Object.fromEntries(conditions(pe, 'precondition').map((c) => [c.condition, c.error_message]));
    expect(byCondition).toEqual({
      // The VCN the library creates is compared as the reference it is, not as its text.
      [`\${data.oci_core_subnet.${name}.vcn_id == ${pe.vcn_id.slice(2, -1)}}`]: expect.stringMatching(/^resourceManager\.privateEndpointSubnetId: the subnet is not in the cluster's VCN.*\. Fix: /),
      [`\${data.oci_core_subnet.${name}.prohibit_public_ip_on_vnic}`]: expect.stringMatching(/^resourceManager\.privateEndpointSubnetId: the subnet is public .*\. Fix: /),
    });
    const without = synthValid(buildCluster({ resourceManager: {} }).stack);
    expect(dataOf(without, 'oci_core_subnet')).toEqual({});
    expect((Object.values(resourcesOf(without, 'oci_resourcemanager_private_endpoint'))[0] as any).lifecycle).toBeUndefined();
  });
});

describe('plan conditions compare with references of the app as expressions', () => {
  test('kubernetes.fileStorage.mountTargetSubnetId with the VCN the library creates: vcn_id is compared with the VCN\'s id, not its text', () => {
    const json = synthValid(buildCluster({ kubernetes: { fileStorage: { availabilityDomain: 'Uocm:EU-FRANKFURT-1-AD-1', mountTargetSubnetId: OCIDS.subnet('fss') } } }).stack);
    const vcn = Object.keys(resourcesOf(json, 'oci_core_vcn'))[0];
    const conditions = (Object.values(resourcesOf(json, 'oci_core_network_security_group')) as any[]).flatMap((n) => preconditionsOf(n));
    expect(conditions).toContainEqual(expect.stringMatching(new RegExp(`^\\$\\{data\\.oci_core_subnet\\.[^.]+\\.vcn_id == oci_core_vcn\\.${vcn}\\.id\\}$`)));
    expect(conditions.filter((c) => /"[^"]*oci_core_vcn/.test(c))).toEqual([]);
  });

  test('a compartment given as a Terraform variable is compared as the variable', () => {
    const stack = newStack();
    const compartment = new TerraformVariable(stack, 'compartment', { type: 'string' }).stringValue;
    const { HardenedCluster } = require('../../lib/hardened-cluster') as typeof import('../../lib/hardened-cluster');
    new HardenedCluster(stack, 'prod', { ...CLUSTER_PROPS, compartmentId: compartment, encryption: { existingVault: VAULT, existingKeys: { secretsKeyId: `${OCIDS.key}s`, volumesKeyId: `${OCIDS.key}v` } } });
    const keys = Object.values(dataOf(synthValid(stack), 'oci_kms_key')) as any[];
    expect(keys.length).toBe(2);
    for (const key of keys) expect(conditions(key, 'postcondition').map((c) => c.condition)).toContain('${self.compartment_id == var.compartment}');
  });
});

function preconditionsOf(block: any): string[] {
  return conditions(block, 'precondition').map((c) => c.condition);
}

describe('plan-time checks of kubernetes.fileStorage.kmsKeyId', () => {
  const FSS_KEY = `${OCIDS.key}fss`;
  const fileStorage = (over: object = {}) => ({ kubernetes: { fileStorage: { availabilityDomain: 'Uocm:EU-FRANKFURT-1-AD-1', mountTargetId: 'ocid1.mounttarget.oc1.eu-frankfurt-1.aaaaaaaatest', kmsKeyId: FSS_KEY, ...over } } });

  test('with the vault\'s management endpoint the key is read: ENABLED, and in kmsKeyCompartmentId (default: the cluster\'s)', () => {
    for (const kmsKeyCompartmentId of [undefined, 'ocid1.compartment.oc1..aaaaaaaafsskeys']) {
      const json = synthValid(buildCluster(fileStorage({ kmsKeyManagementEndpoint: VAULT.managementEndpoint, kmsKeyCompartmentId })).stack);
      const read = (Object.values(dataOf(json, 'oci_kms_key')) as any[]).filter((k) => k.key_id === FSS_KEY);
      expect(read).toEqual([expect.objectContaining({ management_endpoint: VAULT.managementEndpoint })]);
      const byCondition = Object.fromEntries(conditions(read[0], 'postcondition').map((c) => [c.condition, c.error_message]));
      expect(byCondition).toEqual({
        '${self.state == "ENABLED"}': expect.stringMatching(/^kubernetes\.fileStorage\.kmsKeyId: the key is not ENABLED\. Fix: /),
        [`\${self.compartment_id == "${kmsKeyCompartmentId ?? OCIDS.compartment}"}`]: expect.stringMatching(
          /^kubernetes\.fileStorage\.kmsKeyCompartmentId: the key kubernetes\.fileStorage\.kmsKeyId is not in compartment .+, which the key policy is written for and attached to\. Fix: set kubernetes\.fileStorage\.kmsKeyCompartmentId to /),
      });
    }
  });

  test('without the endpoint the key is not read; the endpoint alone, or not https, is refused at synth', () => {
    expect(dataOf(synthValid(buildCluster(fileStorage()).stack), 'oci_kms_key')).toEqual({});
    expect(() => buildCluster(fileStorage({ kmsKeyId: undefined, kmsKeyManagementEndpoint: VAULT.managementEndpoint })))
      .toThrow(/^kubernetes\.fileStorage\.kmsKeyManagementEndpoint: is only used with kubernetes\.fileStorage\.kmsKeyId/);
    expect(() => buildCluster(fileStorage({ kmsKeyManagementEndpoint: 'http://abc-management.kms.eu-frankfurt-1.oraclecloud.com' })))
      .toThrow(/^kubernetes\.fileStorage\.kmsKeyManagementEndpoint: /);
  });
});
