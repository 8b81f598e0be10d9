import { ContainerengineCluster } from '../../lib/generated/providers/oci/containerengine-cluster';
import { HardenedOkeValidationError } from '../../lib/core/errors';
import { ContainerRepositories, ImageSigningKeys, SupplyChain, SupplyChainProps, VulnerabilityScanning } from '../../lib/supply-chain';
import {
  RSA_KEY_LENGTHS_BYTES, imageVerificationStatements, repositoryDisplayName, requireRepositoryNames,
} from '../../lib/supply-chain/private/supply-chain-rules';
import { parsePolicyStatement, validatePolicyStatement } from '../../lib/core/iam-policy';
import { OCIDS, dataOf, newStack, resourcesOf, synthValid } from '../support';

const ENDPOINT = 'https://aaaa-management.kms.eu-frankfurt-1.oraclecloud.com';
const BYO_KEY_2 = 'ocid1.key.oc1.eu-frankfurt-1.aaaaaaaatestkey2';
const base = { compartmentId: OCIDS.compartment, clusterName: 'prod' };
const withTenancy = { ...base, tenancyId: OCIDS.tenancy };
const KEYS_COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaasecuritykeys';

function only<T>(rs: Record<string, T>): T {
  const v = Object.values(rs);
  expect(v).toHaveLength(1);
  return v[0];
}

describe('ImageSigningKeys', () => {
  test('creates HSM-protected RSA keys, protected from destroy, named after the cluster', () => {
    const stack = newStack();
    const keys = new ImageSigningKeys(stack, 'sign', { ...withTenancy, vaultManagementEndpoint: ENDPOINT, keyCount: 2 });
    const json = synthValid(stack);
    const created = Object.values(resourcesOf(json, 'oci_kms_key'));
    expect(created).toHaveLength(2);
    for (const k of created) {
      expect(k.key_shape).toEqual({ algorithm: 'RSA', length: 512 });
      expect(k.protection_mode).toBe('HSM');
      expect(k.lifecycle).toEqual({ prevent_destroy: true });
      expect(k.management_endpoint).toBe(ENDPOINT);
      expect(k.freeform_tags).toMatchObject({ 'managed-by': 'cdktf-hardened-oke', 'oke-cluster': 'prod' });
    }
    expect(created.map((k) => k.display_name).sort()).toEqual(['prod-image-signing-1', 'prod-image-signing-2']);
    expect(keys.signingKeyIds).toHaveLength(2);
    expect(keys.imagePolicyConfig.isPolicyEnabled).toBe(true);
    expect(keys.imagePolicyConfig.keyDetails.map((d) => d.kmsKeyId)).toEqual(keys.signingKeyIds);
  });

  test('key length is configurable among the RSA lengths OCI supports', () => {
    const stack = newStack();
    new ImageSigningKeys(stack, 'sign', { ...withTenancy, vaultManagementEndpoint: ENDPOINT, keyLengthBytes: 256 });
    expect(only(resourcesOf(synthValid(stack), 'oci_kms_key')).key_shape.length).toBe(256);
  });

  test('brought keys: nothing is created, the policy and image policy use the given OCIDs', () => {
    const stack = newStack();
    const keys = new ImageSigningKeys(stack, 'sign', {
      ...withTenancy, existingKeyIds: [OCIDS.key, BYO_KEY_2], existingKeyAlgorithm: 'rsa', vaultManagementEndpoint: ENDPOINT, keysCompartmentId: KEYS_COMPARTMENT,
    });
    const json = synthValid(stack);
    expect(resourcesOf(json, 'oci_kms_key')).toEqual({});
    expect(keys.signingKeyIds).toEqual([OCIDS.key, BYO_KEY_2]);
    expect(keys.imagePolicyConfig).toEqual({ isPolicyEnabled: true, keyDetails: [{ kmsKeyId: OCIDS.key }, { kmsKeyId: BYO_KEY_2 }] });
    const policy = only(resourcesOf(json, 'oci_identity_policy'));
    expect(policy.statements).toEqual(imageVerificationStatements(OCIDS.compartment, KEYS_COMPARTMENT, [OCIDS.key, BYO_KEY_2]));
  });

  test('brought keys: each is read and must be an enabled RSA key of keysCompartmentId (named plan-time messages)', () => {
    const stack = newStack();
    new ImageSigningKeys(stack, 'sign', { ...withTenancy, existingKeyIds: [OCIDS.key, BYO_KEY_2], vaultManagementEndpoint: ENDPOINT, keysCompartmentId: KEYS_COMPARTMENT });
    const read = Object.values(dataOf(synthValid(stack), 'oci_kms_key')) as any[];
    expect(read.map((k) => k.key_id)).toEqual([OCIDS.key, BYO_KEY_2]);
    read.forEach((key, i) => {
      expect(key.management_endpoint).toBe(ENDPOINT);
      const byCondition = Object.fromEntries(key.lifecycle.postcondition.map((c: any) => [c.condition, c.error_message]));
      expect(byCondition).toEqual({
        '${self.key_shape[0].algorithm == "RSA"}': expect.stringMatching(new RegExp(`^existingKeyIds\\[${i}\\]: the key is not an RSA key.*\\. Fix: `)),
        '${self.state == "ENABLED"}': expect.stringMatching(new RegExp(`^existingKeyIds\\[${i}\\]: the key is not ENABLED\\. Fix: `)),
        [`\${self.compartment_id == "${KEYS_COMPARTMENT}"}`]: expect.stringMatching(/^keysCompartmentId: the key existingKeyIds\[\d\] is not in compartment .+\. Fix: set keysCompartmentId to /),
      });
    });
  });

  test('key statements name the compartment the keys live in; the policy is attached to the root compartment', () => {
    for (const existing of [true, false]) {
      const stack = newStack();
      new ImageSigningKeys(stack, 'sign', existing
        ? { ...withTenancy, existingKeyIds: [OCIDS.key], vaultManagementEndpoint: ENDPOINT, keysCompartmentId: KEYS_COMPARTMENT }
        : { ...withTenancy, vaultManagementEndpoint: ENDPOINT, keysCompartmentId: KEYS_COMPARTMENT });
      const json = synthValid(stack);
      const policy = only(resourcesOf(json, 'oci_identity_policy'));
      expect(policy.compartment_id).toBe(OCIDS.tenancy);
      const keyStatements = policy.statements.map(parsePolicyStatement).filter((st: any) => st.resourceType === 'keys');
      expect(keyStatements).toHaveLength(1);
      expect(keyStatements[0].location).toEqual({ kind: 'compartment', byId: true, value: KEYS_COMPARTMENT });
      if (!existing) expect(only(resourcesOf(json, 'oci_kms_key')).compartment_id).toBe(KEYS_COMPARTMENT);
    }
  });

  test('verification policy is scoped to cluster principals of the compartment and to each key', () => {
    const statements = imageVerificationStatements(OCIDS.compartment, KEYS_COMPARTMENT, [OCIDS.key]);
    expect(statements[0]).toBe(`Allow any-user to use keys in compartment id ${KEYS_COMPARTMENT} where all {request.principal.type = 'cluster', request.principal.compartment.id = '${OCIDS.compartment}', target.key.id = '${OCIDS.key}'}`);
    expect(statements[1]).toBe(`Allow any-user to read repos in tenancy where all {request.principal.type = 'cluster', request.principal.compartment.id = '${OCIDS.compartment}'}`);
    for (const s of statements) expect(s).not.toMatch(/manage|all-resources/);
  });

  test('the verification policy can be turned off (when it exists elsewhere)', () => {
    const stack = newStack();
    new ImageSigningKeys(stack, 'sign', { ...base, existingKeyIds: [OCIDS.key], vaultManagementEndpoint: ENDPOINT, manageVerificationPolicy: false });
    expect(resourcesOf(synthValid(stack), 'oci_identity_policy')).toEqual({});
  });
});

describe('ContainerRepositories and VulnerabilityScanning', () => {
  test('repositories are private and immutable, named <cluster>/<name>', () => {
    const stack = newStack();
    const repos = new ContainerRepositories(stack, 'repos', { ...base, repositoryNames: ['api', 'team/worker'] });
    const json = synthValid(stack);
    const rs = Object.values(resourcesOf(json, 'oci_artifacts_container_repository'));
    expect(rs).toHaveLength(2);
    for (const r of rs) {
      expect(r.is_public).toBe(false);
      expect(r.is_immutable).toBe(true);
      expect(r.compartment_id).toBe(OCIDS.compartment);
      expect(r.freeform_tags['oke-cluster']).toBe('prod');
    }
    expect(rs.map((r) => r.display_name).sort()).toEqual(['prod/api', 'prod/team/worker']);
    expect(repos.repositoryPaths).toEqual(['prod/api', 'prod/team/worker']);
  });

  test('standard scan recipe and a target covering the given repositories', () => {
    const stack = newStack();
    new VulnerabilityScanning(stack, 'scan', { ...base, repositoryPaths: ['prod/api'] });
    const json = synthValid(stack);
    const recipe = only(resourcesOf(json, 'oci_vulnerability_scanning_container_scan_recipe'));
    expect(recipe.scan_settings).toEqual({ scan_level: 'STANDARD' });
    const target = only(resourcesOf(json, 'oci_vulnerability_scanning_container_scan_target'));
    expect(target.target_registry).toEqual({ type: 'OCIR', compartment_id: OCIDS.compartment, repositories: ['prod/api'] });
    expect(target.container_scan_recipe_id).toMatch(/^\$\{oci_vulnerability_scanning_container_scan_recipe\.[^.]+\.id\}$/);
  });

  test('the Vulnerability Scanning service may read the repositories and compartment before the target exists', () => {
    const stack = newStack();
    new VulnerabilityScanning(stack, 'scan', base);
    const json = synthValid(stack);
    const policies = resourcesOf(json, 'oci_identity_policy');
    const [address, policy] = Object.entries<any>(policies)[0];
    expect(Object.keys(policies)).toHaveLength(1);
    expect(policy.compartment_id).toBe(OCIDS.compartment);
    // Oracle "Vulnerability Scanning IAM Policies": read repos and read compartments, here scoped to one compartment.
    expect(policy.statements).toEqual([
      `Allow service vulnerability-scanning-service to read repos in compartment id ${OCIDS.compartment}`,
      `Allow service vulnerability-scanning-service to read compartments in compartment id ${OCIDS.compartment}`,
    ]);
    for (const s of policy.statements) expect(validatePolicyStatement(s)).toEqual([]);
    const target = only(resourcesOf(json, 'oci_vulnerability_scanning_container_scan_target'));
    expect(target.depends_on).toEqual([`oci_identity_policy.${address}`]);
  });

  test('image verification statements use only documented variables', () => {
    for (const s of imageVerificationStatements(OCIDS.compartment, KEYS_COMPARTMENT, [BYO_KEY_2])) expect(validatePolicyStatement(s)).toEqual([]);
  });

  test('without repositories the target covers the whole compartment registry', () => {
    const stack = newStack();
    new VulnerabilityScanning(stack, 'scan', base);
    const target = only(resourcesOf(synthValid(stack), 'oci_vulnerability_scanning_container_scan_target'));
    expect(target.target_registry).toEqual({ type: 'OCIR', compartment_id: OCIDS.compartment });
  });
});

describe('SupplyChain', () => {
  test('composite: keys, repositories, scanning; image policy plugs into the cluster', () => {
    const stack = newStack();
    const sc = new SupplyChain(stack, 'sc', { ...withTenancy, signing: { vaultManagementEndpoint: ENDPOINT }, repositoryNames: ['api'] });
    new ContainerengineCluster(stack, 'cluster', {
      compartmentId: OCIDS.compartment, kubernetesVersion: 'v1.33.1', name: 'prod', vcnId: OCIDS.vcn,
      imagePolicyConfig: sc.imagePolicyConfig,
    });
    const json = synthValid(stack);
    const cluster = only(resourcesOf(json, 'oci_containerengine_cluster'));
    expect(cluster.image_policy_config.is_policy_enabled).toBe(true);
    expect(cluster.image_policy_config.key_details).toHaveLength(1);
    expect(cluster.image_policy_config.key_details[0].kms_key_id).toMatch(/^\$\{oci_kms_key\.[^.]+\.id\}$/);
    const target = only(resourcesOf(json, 'oci_vulnerability_scanning_container_scan_target'));
    expect(target.target_registry.repositories).toEqual(['prod/api']);
    expect(Object.keys(resourcesOf(json, 'oci_artifacts_container_repository'))).toHaveLength(1);
  });
});

describe('bad input', () => {
  const good: SupplyChainProps = { ...withTenancy, signing: { vaultManagementEndpoint: ENDPOINT } };
  const cases: Array<[string, Partial<SupplyChainProps>, RegExp]> = [
    ['brought key declared AES', { signing: { existingKeyIds: [OCIDS.key], existingKeyAlgorithm: 'AES', vaultManagementEndpoint: ENDPOINT } }, /^signing\.existingKeyAlgorithm: /],
    ['brought key declared ECDSA', { signing: { existingKeyIds: [OCIDS.key], existingKeyAlgorithm: 'ECDSA', vaultManagementEndpoint: ENDPOINT } }, /^signing\.existingKeyAlgorithm: /],
    ['brought key id is not a key OCID', { signing: { existingKeyIds: [OCIDS.vault] } }, /^signing\.existingKeyIds\[0\]: /],
    ['empty brought keys', { signing: { existingKeyIds: [] } }, /^signing\.existingKeyIds: /],
    ['brought keys without their vault endpoint (they cannot be read)', { signing: { existingKeyIds: [OCIDS.key] } }, /^signing\.vaultManagementEndpoint: is required with existingKeyIds/],
    ['keys compartment is not a compartment', { signing: { vaultManagementEndpoint: ENDPOINT, keysCompartmentId: OCIDS.vault } }, /^signing\.keysCompartmentId: /],
    ['no tenancy for the verification policy', { tenancyId: undefined as unknown as string }, /^tenancyId: /],
    ['no vault and no keys', { signing: {} }, /^signing\.vaultManagementEndpoint: /],
    ['RSA length not supported', { signing: { vaultManagementEndpoint: ENDPOINT, keyLengthBytes: 128 } }, /^signing\.keyLengthBytes: /],
    ['RSA length in bits', { signing: { vaultManagementEndpoint: ENDPOINT, keyLengthBytes: 4096 } }, /^signing\.keyLengthBytes: /],
    ['zero keys', { signing: { vaultManagementEndpoint: ENDPOINT, keyCount: 0 } }, /^signing\.keyCount: /],
    ['upper-case repository', { repositoryNames: ['API'] }, /^repositoryNames\[0\]: /],
    ['repository with a space', { repositoryNames: ['ok', 'my app'] }, /^repositoryNames\[1\]: /],
    ['duplicate repository', { repositoryNames: ['api', 'api'] }, /^repositoryNames\[1\]: /],
    ['bad compartment', { compartmentId: 'ocid1.vcn.oc1..aaaa' }, /^compartmentId: /],
  ];
  test.each(cases)('%s', (_name, override, property) => {
    const make = () => new SupplyChain(newStack(), 'sc', { ...good, ...override });
    expect(make).toThrow(HardenedOkeValidationError);
    expect(make).toThrow(property);
  });
});

describe('rules', () => {
  test('RSA lengths are those OCI Vault supports', () => {
    expect(RSA_KEY_LENGTHS_BYTES).toEqual([256, 384, 512]);
  });
  test('repository names', () => {
    expect(() => requireRepositoryNames('r', ['a', 'a-b/c.d_e', 'x1/y2/z3'])).not.toThrow();
    for (const bad of ['', '-a', 'a-', 'a//b', 'A', 'a b', 'a/', `${'a'.repeat(256)}`]) {
      expect(() => requireRepositoryNames('r', [bad])).toThrow(HardenedOkeValidationError);
    }
    expect(repositoryDisplayName('prod', 'api')).toBe('prod/api');
  });
});
