import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing } from 'cdktf';
import { parse } from 'yaml';
import { evaluate } from '../../lib/compliance/engine';
import { buildModel } from '../../lib/compliance/model';
import { HardenedCluster, HardenedClusterProps } from '../../lib/hardened-cluster';
import { KubernetesBaseline } from '../../lib/kubernetes/kubernetes-baseline';
import { fileStorageParameters } from '../../lib/kubernetes/private/file-storage-class';
import { SECRETS_STORE_RELEASE, secretsStoreValues } from '../../lib/kubernetes/secrets-store-release';
import { fileStorageCsiStatements, vaultSecretStatements } from '../../lib/storage/private/iam-statements';
import { FSS_PORTS, mountTargetRules } from '../../lib/storage/mount-target-rules';
import { FixtureStacks, INFRA, K8S, secureStacks } from '../fixtures/compliance/secure-app';
import { BASE_PROPS } from '../kubernetes/fixtures';
import { OCIDS, newStack, resourcesOf, synthValid } from '../support';

const CLUSTER = 'ocid1.cluster.oc1.eu-frankfurt-1.aaaaaaaatestcluster';
const MOUNT_TARGET = 'ocid1.mounttarget.oc1.eu-frankfurt-1.aaaaaaaatestmt';
const AD = 'Uocm:EU-FRANKFURT-1-AD-1';
const SECRET = (n: string) => `ocid1.vaultsecret.oc1.eu-frankfurt-1.aaaaaaaatest${n}`;
const FSS = { availabilityDomain: AD, mountTargetId: MOUNT_TARGET, kmsKeyId: OCIDS.key, exportSourceCidr: '10.0.64.0/18' };
const VAULT_SECRETS = { vaultId: OCIDS.vault, secrets: [{ name: 'db-password', secretId: SECRET('db') }, { name: 'api-token', secretId: SECRET('api'), fileName: 'token' }] };

const baseline = (over: object = {}) => new KubernetesBaseline(Testing.app(), 'b', { ...BASE_PROPS, ...over });
const storageClasses = (b: KubernetesBaseline) => b.manifests().filter((o) => o.kind === 'StorageClass');

describe('File Storage class (issue 10 §2)', () => {
  test('absent without fileStorage; with it, every parameter Oracle lists for a working encrypted class', () => {
    expect(storageClasses(baseline()).map((o) => o.metadata.name)).toEqual(['oci-bv-encrypted']);
    const sc = storageClasses(baseline({ fileStorage: FSS })).find((o) => o.metadata.name === 'oci-fss-encrypted')!;
    expect(sc.provisioner).toBe('fss.csi.oraclecloud.com');
    expect(sc.parameters).toEqual({
      availabilityDomain: AD,
      mountTargetOcid: MOUNT_TARGET,
      kmsKeyOcid: OCIDS.key,
      exportOptions: '[{"source":"10.0.64.0/18","requirePrivilegedSourcePort":false,"access":"READ_WRITE","identitySquash":"NONE"}]',
      encryptInTransit: 'true',
    });
    // Not the default class: the encrypted block class stays the only default.
    expect(sc.metadata.annotations?.['storageclass.kubernetes.io/is-default-class']).toBeUndefined();
  });

  test('a mount-target subnet instead of a mount target', () => {
    const p = fileStorageParameters({ ...FSS, mountTargetId: undefined, mountTargetSubnetId: OCIDS.subnet('fss') });
    expect(p.mountTargetSubnetOcid).toBe(OCIDS.subnet('fss'));
    expect(p.mountTargetOcid).toBeUndefined();
  });

  test.each([
    ['no availability domain', { availabilityDomain: '' }, /^fileStorage\.availabilityDomain:/],
    ['an AD that is not a name', { availabilityDomain: 'eu-frankfurt-1' }, /^fileStorage\.availabilityDomain:/],
    ['neither mount target nor subnet', { mountTargetId: undefined }, /^fileStorage\.mountTargetId: give exactly one/],
    ['both mount target and subnet', { mountTargetSubnetId: OCIDS.subnet('fss') }, /^fileStorage\.mountTargetId: give exactly one/],
    ['a subnet OCID as mount target', { mountTargetId: OCIDS.subnet('x') }, /^fileStorage\.mountTargetId:/],
    ['a vault OCID as key', { kmsKeyId: OCIDS.vault }, /^fileStorage\.kmsKeyId:/],
    ['exports to the internet', { exportSourceCidr: '0.0.0.0/0' }, /^fileStorage\.exportSourceCidr:/],
    ['exports to half the internet', { exportSourceCidr: '0.0.0.0/1' }, /^fileStorage\.exportSourceCidr:/],
    ['a malformed export CIDR', { exportSourceCidr: '10.0.0.300/24' }, /^fileStorage\.exportSourceCidr:/],
  ])('refuses %s', (_, over, message) => {
    expect(() => baseline({ fileStorage: { ...FSS, ...over } })).toThrow(message);
  });

  test('ENC-04 fails a File Storage class that lacks its key, AD or mount target, and passes ours', () => {
    const run = (parameters: object) => {
      const s: FixtureStacks = secureStacks();
      s.k8s.resource.kubernetes_manifest.fss = { manifest: { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'fss' }, provisioner: 'fss.csi.oraclecloud.com', parameters } };
      const e = evaluate(buildModel([{ name: INFRA, json: s.infra }, { name: K8S, json: s.k8s }]), [], new Date('2027-01-01T00:00:00Z'));
      return e.results.find((r: any) => r.control.id === 'ENC-04')!.findings.find((f: any) => f.address === 'kubernetes_manifest.fss')!;
    };
    const old = run({ encryptInTransit: 'true' });
    expect(old.status).toBe('fail');
    expect(old.message).toMatch(/kmsKeyOcid is missing/);
    expect(old.message).toMatch(/availabilityDomain is missing/);
    expect(old.message).toMatch(/mountTargetOcid nor mountTargetSubnetOcid/);
    expect(run(fileStorageParameters(FSS)).status).toBe('pass');
    expect(run({ ...fileStorageParameters(FSS), encryptInTransit: 'false' }).status).toBe('fail');
  });
});

describe('mount-target NSG rules (Oracle "Configuring VCN Security Rules for File Storage", scenarios A and C)', () => {
  const rules = mountTargetRules();
  const has = (side: string, direction: string, protocol: string, min: number, max: number, portEnd: string) =>
    rules.some((r) => r.side === side && r.direction === direction && r.protocol === protocol && r.ports.min === min && r.ports.max === max && r.portEnd === portEnd);

  test('the mount target admits NFS and TLS from workers and answers from those ports', () => {
    expect(has('mountTarget', 'INGRESS', 'TCP', 111, 111, 'destination')).toBe(true);
    expect(has('mountTarget', 'INGRESS', 'TCP', 2048, 2050, 'destination')).toBe(true);
    expect(has('mountTarget', 'INGRESS', 'TCP', FSS_PORTS.tls, 2051, 'destination')).toBe(true);
    expect(has('mountTarget', 'INGRESS', 'UDP', 111, 111, 'destination')).toBe(true);
    expect(has('mountTarget', 'INGRESS', 'UDP', 2048, 2048, 'destination')).toBe(true);
    expect(has('mountTarget', 'EGRESS', 'TCP', 111, 111, 'source')).toBe(true);
    expect(has('mountTarget', 'EGRESS', 'TCP', 2048, 2050, 'source')).toBe(true);
    expect(has('mountTarget', 'EGRESS', 'TCP', 2051, 2051, 'source')).toBe(true);
    expect(has('mountTarget', 'EGRESS', 'UDP', 111, 111, 'source')).toBe(true);
    expect(rules.filter((r) => r.side === 'mountTarget')).toHaveLength(9);
  });

  test('workers may reach exactly those ports of the mount target', () => {
    const workers = rules.filter((r) => r.side === 'workers');
    expect(workers.every((r) => r.direction === 'EGRESS' && r.portEnd === 'destination')).toBe(true);
    expect(workers.map((r) => `${r.protocol}:${r.ports.min}-${r.ports.max}`).sort()).toEqual(['TCP:111-111', 'TCP:2048-2050', 'TCP:2051-2051', 'UDP:111-111', 'UDP:2048-2048']);
  });
});

describe('IAM statements', () => {
  test('the File Storage CSI driver: this cluster only, in the compartment; the key for FSS and the cluster', () => {
    expect(fileStorageCsiStatements(OCIDS.compartment, CLUSTER, OCIDS.key)).toEqual([
      `Allow any-user to manage file-family in compartment id ${OCIDS.compartment} where ALL {request.principal.type = 'cluster', request.principal.id = '${CLUSTER}'}`,
      `Allow any-user to use virtual-network-family in compartment id ${OCIDS.compartment} where ALL {request.principal.type = 'cluster', request.principal.id = '${CLUSTER}'}`,
      `Allow service FssOc1Prod to use keys in compartment id ${OCIDS.compartment} where target.key.id = '${OCIDS.key}'`,
      `Allow any-user to use key-delegates in compartment id ${OCIDS.compartment} where ALL {request.principal.type = 'cluster', target.key.id = '${OCIDS.key}'}`,
    ]);
  });

  test('Vault secrets: one read statement per secret, for the workload of one namespace, service account and cluster', () => {
    const s = vaultSecretStatements(OCIDS.compartment, CLUSTER, 'shop', 'vault-secrets-reader', [SECRET('db'), SECRET('api')]);
    expect(s).toHaveLength(2);
    expect(s[0]).toBe(`Allow any-user to read secret-bundles in compartment id ${OCIDS.compartment} where ALL {request.principal.type = 'workload', `
      + `request.principal.namespace = 'shop', request.principal.service_account = 'vault-secrets-reader', request.principal.cluster_id = '${CLUSTER}', `
      + `target.secret.id = '${SECRET('db')}'}`);
    for (const st of s) expect(st).not.toMatch(/secret-family|manage|in tenancy/);
  });
});

describe('Secrets Store CSI driver with the OCI Vault provider (issue 10 §6)', () => {
  test('off by default; with secretsStore a pinned release in kube-system, workload identity only', () => {
    expect(baseline().helmReleases.map((r) => r.name)).not.toContain(SECRETS_STORE_RELEASE.name);
    const release = baseline({ secretsStore: { region: 'eu-frankfurt-1' } }).helmReleases.find((r) => r.name === SECRETS_STORE_RELEASE.name)!;
    expect(release).toMatchObject({ chart: 'oci-secrets-store-csi-driver-provider', repository: 'https://oracle.github.io/oci-secrets-store-csi-driver-provider/charts', version: '0.4.1', releaseNamespace: 'kube-system' });
    expect(release.version).toMatch(/^\d+\.\d+\.\d+$/);
    const values = parse(release.valuesYaml);
    expect(values).toEqual(secretsStoreValues(SECRETS_STORE_RELEASE, 'eu-frankfurt-1'));
    expect(values.provider.image).toEqual({ repository: 'ghcr.io/oracle/oci-secrets-store-csi-driver-provider', tag: 'v0.4.1', pullPolicy: 'IfNotPresent' });
    expect(values.provider.oci.auth.types).toEqual({
      instance: { enabled: false }, user: { enabled: false },
      workload: { enabled: true, resourcePrincipalVersion: '2.2', resourcePrincipalRegion: 'eu-frankfurt-1' },
    });
    expect(values['secrets-store-csi-driver'].syncSecret.enabled).toBe(false);
  });

  test('a digest, once verified, replaces the tag', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const v = secretsStoreValues({ ...SECRETS_STORE_RELEASE, images: { provider: { ...SECRETS_STORE_RELEASE.images.provider, digest } } }, 'eu-frankfurt-1') as any;
    expect(v.provider.image.repository).toBe('ghcr.io/oracle/oci-secrets-store-csi-driver-provider@sha256');
    expect(v.provider.image.tag).toBe('a'.repeat(64));
  });

  test('an application namespace gets a SecretProviderClass for its named secrets and a service account without token', () => {
    const b = baseline({ secretsStore: { region: 'eu-frankfurt-1' }, applicationNamespaces: [{ name: 'shop', vaultSecrets: VAULT_SECRETS }] });
    const spc = b.manifests().find((o) => o.kind === 'SecretProviderClass')!;
    expect(spc.apiVersion).toBe('secrets-store.csi.x-k8s.io/v1');
    expect(spc.metadata).toMatchObject({ name: 'vault-secrets', namespace: 'shop' });
    expect(spc.spec.provider).toBe('oci');
    expect(spc.spec.parameters.authType).toBe('workload');
    expect(spc.spec.parameters.vaultId).toBe(OCIDS.vault);
    expect(parse(spc.spec.parameters.secrets)).toEqual([{ name: 'db-password' }, { name: 'api-token', fileName: 'token' }]);
    const sa = b.manifests().find((o) => o.kind === 'ServiceAccount' && o.metadata.name === 'vault-secrets-reader')!;
    expect(sa.metadata.namespace).toBe('shop');
    expect(sa.automountServiceAccountToken).toBe(false);
  });

  test.each([
    ['secrets without the driver', {}, { applicationNamespaces: [{ name: 'shop', vaultSecrets: VAULT_SECRETS }] }, /^applicationNamespaces\[0\]\.vaultSecrets: .*Secrets Store CSI driver/],
    ['no secret', { secretsStore: { region: 'eu-frankfurt-1' } }, { applicationNamespaces: [{ name: 'shop', vaultSecrets: { ...VAULT_SECRETS, secrets: [] } }] }, /^applicationNamespaces\[0\]\.vaultSecrets\.secrets:/],
    ['a key OCID as secret', { secretsStore: { region: 'eu-frankfurt-1' } }, { applicationNamespaces: [{ name: 'shop', vaultSecrets: { ...VAULT_SECRETS, secrets: [{ name: 'x', secretId: OCIDS.key }] } }] }, /^applicationNamespaces\[0\]\.vaultSecrets\.secrets\[0\]\.secretId:/],
    ['a file name twice', { secretsStore: { region: 'eu-frankfurt-1' } }, { applicationNamespaces: [{ name: 'shop', vaultSecrets: { ...VAULT_SECRETS, secrets: [{ name: 'a', secretId: SECRET('a') }, { name: 'b', secretId: SECRET('b'), fileName: 'a' }] } }] }, /^applicationNamespaces\[0\]\.vaultSecrets\.secrets\[1\]\.fileName:/],
    ['a path as file name', { secretsStore: { region: 'eu-frankfurt-1' } }, { applicationNamespaces: [{ name: 'shop', vaultSecrets: { ...VAULT_SECRETS, secrets: [{ name: 'a', secretId: SECRET('a'), fileName: '../etc/passwd' }] } }] }, /^applicationNamespaces\[0\]\.vaultSecrets\.secrets\[0\]\.fileName:/],
    ['a bad region', { secretsStore: { region: 'Frankfurt' } }, {}, /^secretsStore\.region:/],
  ])('refuses %s', (_, store, over, message) => {
    expect(() => baseline({ ...store, ...over })).toThrow(message);
  });
});

describe('GitOps variables', () => {
  test('the FSS inputs given as references become variables, written only under substitute/', () => {
    const { TerraformStack, TerraformVariable } = require('cdktf');
    const stack = new TerraformStack(Testing.app(), 's');
    const mt = new TerraformVariable(stack, 'mt', { type: 'string' }).stringValue;
    const b = new KubernetesBaseline(stack, 'b', { ...BASE_PROPS, fileStorage: { ...FSS, mountTargetId: mt } });
    expect(b.yamlVariables).toContain('FSS_MOUNT_TARGET_ID');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fss-'));
    const names = b.writeManifests(dir);
    const file = names.find((n) => n.endsWith('storageclass-oci-fss-encrypted.yaml'))!;
    expect(file).toMatch(/^substitute\//);
    expect(fs.readFileSync(path.join(dir, file), 'utf8')).toContain('mountTargetOcid: ${FSS_MOUNT_TARGET_ID}');
    expect(fs.readFileSync(path.join(dir, 'substitute', 'VARIABLES.md'), 'utf8')).toMatch(/`FSS_MOUNT_TARGET_ID` \| OCID of the File Storage mount target/);
    // A later synth without variables leaves no stale substitute/ folder.
    baseline().writeManifests(dir);
    expect(fs.existsSync(path.join(dir, 'substitute'))).toBe(false);
  });
});

describe('HardenedCluster', () => {
  const BASE: HardenedClusterProps = {
    compartmentId: OCIDS.compartment, tenancyId: OCIDS.tenancy, region: 'eu-frankfurt-1', kubernetesVersion: 'v1.33.1',
    bastion: { clientCidrs: ['203.0.113.0/24'] }, nodePools: [{ name: 'system', shape: 'VM.Standard.E5.Flex', ocpus: 2, memoryGbs: 16, size: 3 }],
  };
  const build = (kubernetes: HardenedClusterProps['kubernetes']) => {
    const stack = newStack();
    const cluster = new HardenedCluster(stack, 'prod', { ...BASE, kubernetes });
    return { stack, cluster, json: synthValid(stack), k8s: JSON.parse(Testing.synth(cluster.configStack)) };
  };

  test('without fileStorage: no FSS class, no mount-target NSG, no CSI policy', () => {
    const { json, k8s } = build(undefined);
    expect(Object.values<any>(k8s.resource.kubernetes_manifest).filter((m) => m.manifest.kind === 'StorageClass').map((m) => m.manifest.metadata.name)).toEqual(['oci-bv-encrypted']);
    expect(Object.values<any>(resourcesOf(json, 'oci_core_network_security_group')).map((n) => n.display_name)).not.toContain('prod-fss-mount-targets');
    expect(Object.values<any>(resourcesOf(json, 'oci_identity_policy')).map((p) => p.name).filter((n) => n.endsWith('-file-storage-csi'))).toEqual([]);
    expect(json.output['prod-gitops-variables'].value).toContain('"PV_KMS_KEY_ID" = oci_kms_key.');
  });

  test('with fileStorage: the class uses the volumes key and the worker subnet; NSG, worker rules and policy exist', () => {
    const { cluster, json, k8s } = build({ fileStorage: { availabilityDomain: AD, mountTargetId: MOUNT_TARGET } });
    const sc = Object.values<any>(k8s.resource.kubernetes_manifest).find((m) => m.manifest.metadata.name === 'oci-fss-encrypted').manifest;
    expect(sc.parameters.kmsKeyOcid).toMatch(/oci_kms_key\.prod_keys_volumes-key/);
    expect(sc.parameters.exportOptions).toContain(`"source":"${cluster.network.subnetCidrs.workers}"`);
    const nsgs = resourcesOf(json, 'oci_core_network_security_group');
    const [mtNsgName] = Object.entries<any>(nsgs).find(([, n]) => n.display_name === 'prod-fss-mount-targets')!;
    const rules = Object.values<any>(resourcesOf(json, 'oci_core_network_security_group_security_rule'));
    const onMt = rules.filter((r) => r.network_security_group_id === `\${oci_core_network_security_group.${mtNsgName}.id}`);
    expect(onMt).toHaveLength(9);
    expect(onMt.every((r) => r.stateless === false && (r.source_type ?? r.destination_type) === 'NETWORK_SECURITY_GROUP')).toBe(true);
    expect(onMt.some((r) => r.direction === 'INGRESS' && r.protocol === '6' && r.tcp_options.destination_port_range.min === 2051)).toBe(true);
    const toMt = rules.filter((r) => r.destination === `\${oci_core_network_security_group.${mtNsgName}.id}` && r.network_security_group_id !== r.destination);
    expect(toMt).toHaveLength(5);
    const policy = Object.values<any>(resourcesOf(json, 'oci_identity_policy')).find((p) => /^prod-[0-9a-f]{6}-file-storage-csi$/.test(p.name));
    expect(policy.statements[0]).toMatch(/^Allow any-user to manage file-family in compartment id ocid1\.compartment\.oc1\.\.aaaaaaaatestcompartment where ALL \{request\.principal\.type = 'cluster', request\.principal\.id = '\$\{oci_containerengine_cluster\./);
    expect(json.output['prod-file-storage-mount-target-nsg-id'] ?? Object.values<any>(json.output).find((o) => String(o.description).startsWith('NSG to attach to the File Storage'))).toBeDefined();
  });

  test('a key of another compartment: the key statements name it, from a policy of their own attached to it', () => {
    const security = 'ocid1.compartment.oc1..aaaaaaaasecurity';
    const { json } = build({ fileStorage: { availabilityDomain: AD, mountTargetId: MOUNT_TARGET, kmsKeyId: OCIDS.key, kmsKeyCompartmentId: security } });
    const policies = Object.values<any>(resourcesOf(json, 'oci_identity_policy'));
    const csi = policies.find((p) => /-file-storage-csi$/.test(p.name));
    const key = policies.find((p) => /-file-storage-key$/.test(p.name));
    expect(csi.compartment_id).toBe(OCIDS.compartment);
    expect(csi.statements.join('\n')).not.toMatch(/ keys | key-delegates /);
    expect(key.compartment_id).toBe(security);
    expect(key.statements).toEqual([
      `Allow service FssOc1Prod to use keys in compartment id ${security} where target.key.id = '${OCIDS.key}'`,
      `Allow any-user to use key-delegates in compartment id ${security} where ALL {request.principal.type = 'cluster', target.key.id = '${OCIDS.key}'}`,
    ]);
  });

  test('fileStorage errors name the HardenedCluster property', () => {
    expect(() => new HardenedCluster(newStack(), 'prod', { ...BASE, kubernetes: { fileStorage: { availabilityDomain: 'nope', mountTargetId: MOUNT_TARGET } } }))
      .toThrow(/^kubernetes\.fileStorage\.availabilityDomain:/);
  });

  test('secretsStore: helm release in the k8s stack, SecretProviderClass after it, one policy per namespace scoped to its secrets', () => {
    const { json, k8s } = build({ secretsStore: true, applicationNamespaces: [{ name: 'shop', vaultSecrets: VAULT_SECRETS }] });
    const release = Object.entries<any>(k8s.resource.helm_release).find(([, r]) => r.chart === 'oci-secrets-store-csi-driver-provider')!;
    expect(release[1]).toMatchObject({ version: '0.4.1', namespace: 'kube-system', repository: SECRETS_STORE_RELEASE.repository });
    const [spcName, spc] = Object.entries<any>(k8s.resource.kubernetes_manifest).find(([, m]) => m.manifest.kind === 'SecretProviderClass')!;
    expect(spcName).toBe('secretproviderclass-shop-vault-secrets');
    expect(spc.depends_on).toContain(`helm_release.${release[0]}`);
    const policy = Object.values<any>(resourcesOf(json, 'oci_identity_policy')).find((p) => /^prod-[0-9a-f]{6}-shop-vault-secrets$/.test(p.name));
    expect(policy.statements).toHaveLength(2);
    expect(policy.statements.join('\n')).toContain(`target.secret.id = '${SECRET('db')}'`);
    expect(policy.statements.join('\n')).toContain(`target.secret.id = '${SECRET('api')}'`);
    expect(policy.statements[0]).toContain("request.principal.namespace = 'shop', request.principal.service_account = 'vault-secrets-reader'");
  });
});
