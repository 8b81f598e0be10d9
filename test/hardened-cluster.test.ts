import { TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import { NEWEST_KUBERNETES_VERSION } from '../lib/core/kubernetes-version';
import { HardenedCluster, HardenedClusterProps } from '../lib/hardened-cluster';
import { CniType } from '../lib/network/cni-type';
import { NetworkPolicyEngine } from '../lib/kubernetes/types';
import { HardenedOkeValidationError } from '../lib/core/errors';
import { newStack, synthValid, resourcesOf, OCIDS, CLUSTER_PROPS, buildCluster } from './support';

const BASE: HardenedClusterProps = { ...CLUSTER_PROPS, network: { vcnCidr: '10.0.0.0/16' } };

const build = (overrides: Partial<HardenedClusterProps> = {}) => buildCluster(overrides, BASE);

function synth(overrides: Partial<HardenedClusterProps> = {}) {
  return synthValid(build(overrides).stack);
}

const ref = (type: string) => new RegExp(`^\\$\\{${type}\\.[^.]+\\.id\\}$`);

describe('HardenedCluster', () => {
  const json = synth();
  const one = (type: string) => {
    const all = Object.values(resourcesOf(json, type));
    expect(all).toHaveLength(1);
    return all[0];
  };

  test('creates the whole Oracle Cloud side of a private cluster', () => {
    for (const type of ['oci_core_vcn', 'oci_core_nat_gateway', 'oci_core_service_gateway', 'oci_containerengine_cluster',
      'oci_containerengine_node_pool', 'oci_bastion_bastion', 'oci_kms_vault', 'oci_identity_dynamic_group']) {
      one(type);
    }
    const keys = Object.values(resourcesOf(json, 'oci_kms_key'));
    expect(keys.filter((k) => k.key_shape.algorithm === 'AES')).toHaveLength(3); // etcd secrets, volumes, log archive
    expect(keys.filter((k) => k.key_shape.algorithm === 'RSA')).toHaveLength(1); // image signing
    expect(Object.keys(resourcesOf(json, 'oci_core_network_security_group'))).toHaveLength(5);
    expect(Object.keys(resourcesOf(json, 'oci_identity_policy')).length).toBeGreaterThanOrEqual(3);
  });

  test('the API endpoint is private, in the API subnet, behind the API NSG; etcd secrets use the secrets key', () => {
    const c = one('oci_containerengine_cluster');
    expect(c.endpoint_config.is_public_ip_enabled).toBe(false);
    expect(c.endpoint_config.subnet_id).toMatch(ref('oci_core_subnet'));
    expect(c.endpoint_config.nsg_ids).toHaveLength(1);
    expect(c.endpoint_config.nsg_ids[0]).toMatch(ref('oci_core_network_security_group'));
    expect(c.kms_key_id).toMatch(ref('oci_kms_key'));
    expect(c.options.add_ons).toEqual({ is_kubernetes_dashboard_enabled: false, is_tiller_enabled: false });
    expect(c.type).toBe('ENHANCED_CLUSTER');
    expect(c.depends_on.some((d: string) => d.startsWith('oci_identity_policy.'))).toBe(true);
  });

  test('node pools roll, use the volumes key, have no SSH key and legacy IMDS off, and match the cluster version', () => {
    const c = one('oci_containerengine_cluster');
    const pool = one('oci_containerengine_node_pool');
    expect(pool.kubernetes_version).toBe(c.kubernetes_version);
    expect(pool.node_pool_cycling_details).toEqual({ is_node_cycling_enabled: true, maximum_surge: '1', maximum_unavailable: '0' });
    expect(pool.node_metadata.areLegacyImdsEndpointsDisabled).toBe('true');
    expect(pool.ssh_public_key).toBeUndefined();
    expect(pool.node_config_details.is_pv_encryption_in_transit_enabled).toBe(true);
    expect(pool.node_config_details.kms_key_id).toMatch(ref('oci_kms_key'));
    expect(pool.node_config_details.kms_key_id).not.toBe(c.kms_key_id);
    expect(pool.node_config_details.node_pool_pod_network_option_details.cni_type).toBe('OCI_VCN_IP_NATIVE');
  });

  test('every subnet is private and there is no internet gateway', () => {
    expect(resourcesOf(json, 'oci_core_internet_gateway')).toEqual({});
    const subnets = Object.values(resourcesOf(json, 'oci_core_subnet'));
    expect(subnets).toHaveLength(5);
    for (const s of subnets) {
      expect(s.prohibit_public_ip_on_vnic).toBe(true);
      expect(s.prohibit_internet_ingress).toBe(true);
    }
  });

  test('the bastion targets the bastion subnet with the allow-list and a one-hour TTL', () => {
    const b = one('oci_bastion_bastion');
    expect(b.target_subnet_id).toMatch(ref('oci_core_subnet'));
    expect(b.client_cidr_block_allow_list).toEqual(['203.0.113.0/24']);
    expect(b.max_session_ttl_in_seconds).toBe(3600);
  });

  test('keys cannot be destroyed by terraform and rotate', () => {
    for (const key of Object.values(resourcesOf(json, 'oci_kms_key'))) {
      expect(key.lifecycle.prevent_destroy).toBe(true);
      expect(key.protection_mode).toBe('HSM');
      if (key.key_shape.algorithm === 'AES') expect(key.is_auto_rotation_enabled).toBe(true);
    }
    expect(one('oci_kms_vault').lifecycle.prevent_destroy).toBe(true);
  });

  test('IAM never grants manage all-resources and every policy is compartment-scoped, but the read-only repository grant', () => {
    for (const p of Object.values(resourcesOf(json, 'oci_identity_policy'))) {
      const tenancyWide = (p.statements as string[]).filter((s) => / in tenancy\b/.test(s));
      for (const s of p.statements as string[]) expect(s).not.toMatch(/all-resources/);
      if (tenancyWide.length === 0) {
        expect(p.compartment_id).toBe(OCIDS.compartment);
        continue;
      }
      // Image verification reads every repository admission admits, in any compartment: "read repos in tenancy",
      // valid only from a policy attached to the root compartment.
      expect(p.compartment_id).toBe(OCIDS.tenancy);
      expect(tenancyWide).toEqual([`Allow any-user to read repos in tenancy where all {request.principal.type = 'cluster', request.principal.compartment.id = '${OCIDS.compartment}'}`]);
    }
  });

  test('every resource carries the library tags naming the cluster', () => {
    for (const [type, byName] of Object.entries<Record<string, any>>(json.resource)) {
      for (const [name, body] of Object.entries(byName)) {
        if (type === 'oci_core_network_security_group_security_rule') continue; // rules have no tags
        expect({ address: `${type}.${name}`, tags: body.freeform_tags }).toEqual({
          address: `${type}.${name}`,
          tags: expect.objectContaining({ 'managed-by': 'cdktf-hardened-oke', 'oke-cluster': 'prod' }),
        });
      }
    }
  });

  test('only images signed by the RSA signing key run', () => {
    const c = one('oci_containerengine_cluster');
    expect(c.image_policy_config.is_policy_enabled).toBe(true);
    const [signingKeyName] = Object.entries(resourcesOf(json, 'oci_kms_key')).find(([, k]) => k.key_shape.algorithm === 'RSA')!;
    expect(c.image_policy_config.key_details).toEqual([{ kms_key_id: `\${oci_kms_key.${signingKeyName}.id}` }]);
  });

  test('logs: control plane, flow logs on every subnet, container logs; all kept at least 90 days', () => {
    const logs = Object.values(resourcesOf(json, 'oci_logging_log'));
    const services = logs.map((l) => l.configuration?.source?.service).filter(Boolean);
    expect(services).toContain('oke-k8s-cp-prod');
    expect(services.filter((x) => x === 'flowlogs')).toHaveLength(Object.keys(resourcesOf(json, 'oci_core_subnet')).length);
    for (const l of logs) expect(l.retention_duration).toBeGreaterThanOrEqual(90);
    expect(Object.keys(resourcesOf(json, 'oci_logging_unified_agent_configuration')).length).toBeGreaterThan(0);
  });

  test('the archive sink is a private bucket encrypted with the data key, with a 365-day retention rule and prevent_destroy', () => {
    const bucket = one('oci_objectstorage_bucket');
    expect(bucket.access_type).toBe('NoPublicAccess');
    expect(bucket.kms_key_id).toMatch(ref('oci_kms_key'));
    expect(bucket.lifecycle.prevent_destroy).toBe(true);
    expect(bucket.retention_rules).toHaveLength(1);
    expect(Number(bucket.retention_rules[0].duration.time_amount)).toBeGreaterThanOrEqual(365);
    expect(bucket.retention_rules[0].duration.time_unit).toBe('DAYS');
    expect(Object.keys(resourcesOf(json, 'oci_sch_service_connector')).length).toBeGreaterThan(0);
    expect(Object.keys(resourcesOf(json, 'oci_monitoring_alarm')).length).toBeGreaterThan(0);
  });

  test('flannel overlay: no pod subnet or pod NSG', () => {
    const flannel = synth({ network: { cni: CniType.FLANNEL_OVERLAY }, kubernetes: { networkPolicyEngine: NetworkPolicyEngine.EXTERNAL_CALICO } });
    expect(Object.keys(resourcesOf(flannel, 'oci_core_subnet'))).toHaveLength(4);
    expect(Object.keys(resourcesOf(flannel, 'oci_core_network_security_group'))).toHaveLength(4);
    const pool: any = Object.values(resourcesOf(flannel, 'oci_containerengine_node_pool'))[0];
    expect(pool.node_config_details.node_pool_pod_network_option_details).toEqual({ cni_type: 'FLANNEL_OVERLAY' });
  });

  test('flannel with the default Cilium engine is refused, naming kubernetes.networkPolicyEngine', () => {
    expect(() => build({ network: { cni: CniType.FLANNEL_OVERLAY } })).toThrow(/^kubernetes\.networkPolicyEngine: Cilium chained after flannel/);
  });

  test('kubernetes.ocirRegionKey is checked and named as the HardenedCluster property', () => {
    expect(() => build({ kubernetes: { ocirRegionKey: 'frankfurt' } })).toThrow(/^kubernetes\.ocirRegionKey:/);
    expect(() => build({ kubernetes: { ocirRegionKey: 'FRA' } })).not.toThrow();
  });

  test('synthesis is deterministic', () => {
    expect(Testing.synth(build().stack)).toBe(Testing.synth(build().stack));
  });

  test('several node pools get distinct, stable names', () => {
    const two = synth({ nodePools: [BASE.nodePools[0], { name: 'apps', shape: 'VM.Standard.E4.Flex', ocpus: 4, memoryGbs: 32, size: 2 }] });
    const names = Object.values(resourcesOf(two, 'oci_containerengine_node_pool')).map((p: any) => p.name).sort();
    expect(names).toEqual(['prod-apps', 'prod-system']);
  });
});

const SUBNET = OCIDS.subnet;
const BYO_SUBNETS = { apiEndpoint: SUBNET('api'), workers: SUBNET('workers'), pods: SUBNET('pods'), loadBalancers: SUBNET('lb'), bastion: SUBNET('bastion') };

describe('HardenedCluster bad input', () => {
  const pool = BASE.nodePools[0];
  let vars = 0;
  const variable = (stack: TerraformStack, type: string) => new TerraformVariable(stack, `v${vars++}`, { type });
  const js = (f: (p: any) => any) => (p: HardenedClusterProps) => f(JSON.parse(JSON.stringify(p)));
  const SSH = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP3jR6NPKFZZcuc6NH/mspHo/jSvG+Dl9kgP5rfchIjK admin@example';
  test.each<[string, Partial<HardenedClusterProps> | ((p: HardenedClusterProps, stack: TerraformStack) => any), string]>([
    ['malformed VCN CIDR', { network: { vcnCidr: '10.0.0.0/33' } }, 'network.vcnCidr'],
    ['malformed subnet CIDR', { network: { subnetCidrs: { workers: '10.0.300.0/24' } } }, 'network.subnetCidrs.workers'],
    ['subnet outside the VCN', { network: { subnetCidrs: { workers: '192.168.0.0/24' } } }, 'network.subnetCidrs.workers'],
    ['overlapping subnets', { network: { subnetCidrs: { workers: '10.0.0.0/20', loadBalancers: '10.0.0.0/24' } } }, 'network.subnetCidrs'],
    ['0.0.0.0/0 in the bastion allow-list', { bastion: { clientCidrs: ['0.0.0.0/0'] } }, 'bastion.clientCidrs[0]'],
    ['empty bastion allow-list', { bastion: { clientCidrs: [] } }, 'bastion.clientCidrs'],
    ['0.0.0.0/0 in the API allow-list', { network: { apiAdminCidrs: ['0.0.0.0/0'] } }, 'network.apiAdminCidrs[0]'],
    ['public endpoint open to the internet', { network: { existingVcn: { vcnId: OCIDS.vcn, vcnCidr: '10.0.0.0/16', subnetIds: BYO_SUBNETS, bastionSubnetCidr: '10.0.5.0/24' } }, publicEndpoint: { allowedCidrs: ['0.0.0.0/0'], reason: 'x' } }, 'publicEndpoint.allowedCidrs[0]'],
    ['bastion TTL too long', { bastion: { clientCidrs: ['203.0.113.0/24'], maxSessionTtlSeconds: 4 * 3600 } }, 'bastion.maxSessionTtlSeconds'],
    ['bastion TTL too short', { bastion: { clientCidrs: ['203.0.113.0/24'], maxSessionTtlSeconds: 10 } }, 'bastion.maxSessionTtlSeconds'],
    ['malformed Kubernetes version', { kubernetesVersion: '1.33' }, 'kubernetesVersion'],
    ['too old Kubernetes version', { kubernetesVersion: 'v1.28.2' }, 'kubernetesVersion'],
    ['node pool size 0', { nodePools: [{ ...pool, size: 0 }] }, 'nodePools[0].size'],
    ['node pool size above the limit', { nodePools: [{ ...pool, size: 5000 }] }, 'nodePools[0].size'],
    ['OCPUs outside the flex shape', { nodePools: [{ ...pool, ocpus: 500 }] }, 'nodePools[0].ocpus'],
    ['memory outside the flex shape', { nodePools: [{ ...pool, ocpus: 2, memoryGbs: 1024 }] }, 'nodePools[0].memoryGbs'],
    ['no node pool', { nodePools: [] }, 'nodePools'],
    ['duplicate node pool names', { nodePools: [pool, { ...pool }] }, 'nodePools[1].name'],
    ['malformed compartment OCID', { compartmentId: 'ocid1.vcn.oc1..aaaa' }, 'compartmentId'],
    ['malformed tenancy OCID', { tenancyId: 'tenancy' }, 'tenancyId'],
    ['malformed key OCID', { encryption: { existingKeys: { secretsKeyId: 'ocid1.vault.oc1..x', volumesKeyId: OCIDS.key } } }, 'encryption.existingKeys.secretsKeyId'],
    ['rotation interval above 365 days', { encryption: { rotationIntervalDays: 400 } }, 'encryption.rotationIntervalDays'],
    ['malformed VCN OCID', { network: { existingVcn: { vcnId: 'ocid1.subnet.oc1..x', vcnCidr: '10.0.0.0/16', subnetIds: BYO_SUBNETS, bastionSubnetCidr: '10.0.5.0/24' } } }, 'network.existingVcn.vcnId'],
    ['malformed subnet OCID', { network: { existingVcn: { vcnId: OCIDS.vcn, vcnCidr: '10.0.0.0/16', subnetIds: { ...BYO_SUBNETS, workers: 'subnet-1' }, bastionSubnetCidr: '10.0.5.0/24' } } }, 'network.existingVcn.subnetIds.workers'],
    ['bring-your-own subnets missing the pod role', { network: { existingVcn: { vcnId: OCIDS.vcn, vcnCidr: '10.0.0.0/16', subnetIds: { ...BYO_SUBNETS, pods: undefined }, bastionSubnetCidr: '10.0.5.0/24' } } }, 'network.existingVcn.subnetIds.pods'],
    ['bad cluster name', { name: 'Prod Cluster' }, 'name'],
    ['cluster name ending with a dash', { name: 'prod-' }, 'name'],
    ['existing keys without a vault or signing keys', { encryption: { existingKeys: { secretsKeyId: OCIDS.key, volumesKeyId: OCIDS.key } } }, 'supplyChain.signing'],
    ['OIDC issuer over http', { oidc: { issuerUrl: 'http://idp.example.com', clientId: 'oke', issuerCidrs: ['198.51.100.0/24'] } }, 'oidc.issuerUrl'],
    ['OIDC without the issuer CIDRs', { oidc: { issuerUrl: 'https://idp.example.com', clientId: 'oke' } }, 'oidc.issuerCidrs'],
    ['OIDC issuer CIDR covering half the internet', { oidc: { issuerUrl: 'https://idp.example.com', clientId: 'oke', issuerCidrs: ['0.0.0.0/1'] } }, 'oidc.issuerCidrs[0]'],
    ['bastion allow-list of the internet in two halves', { bastion: { clientCidrs: ['0.0.0.0/1', '128.0.0.0/1'] } }, 'bastion.clientCidrs[0]'],
    ['public endpoint allow-list with a /4', { network: { existingVcn: { vcnId: OCIDS.vcn, vcnCidr: '10.0.0.0/16', subnetIds: BYO_SUBNETS, bastionSubnetCidr: '10.0.5.0/24' } }, publicEndpoint: { allowedCidrs: ['64.0.0.0/4'], reason: 'CI' } }, 'publicEndpoint.allowedCidrs[0]'],
    ['worker internet egress off while Cilium comes from quay.io', { network: { allowInternetEgress: false } }, 'network.allowInternetEgress'],
    ['registry mirror outside OCIR', { kubernetes: { imageRegistryMirror: 'docker.io/library' } }, 'kubernetes.imageRegistryMirror'],
    ['public endpoint on a library-built network', { publicEndpoint: { allowedCidrs: ['198.51.100.0/24'], reason: 'CI' } }, 'publicEndpoint'],
    // Input accepted before and failing only at apply time (or never noticed).
    ['Kubernetes version newer than the newest OKE version known', { kubernetesVersion: 'v1.99.1' }, 'kubernetesVersion'],
    ['Kubernetes version one patch above the newest known', { kubernetesVersion: NEWEST_KUBERNETES_VERSION.replace(/\d+$/, (p) => String(Number(p) + 1)) }, 'kubernetesVersion'],
    ['shape not in the shape table', { nodePools: [{ ...pool, shape: 'VM.Standard.E9.Flex' }] }, 'nodePools[0].shape'],
    ['shape with the wrong case', { nodePools: [{ ...pool, shape: 'vm.standard.e5.flex' }] }, 'nodePools[0].shape'],
    ['region not in the region table', { region: 'eu-frankfrut-1' }, 'region'],
    ['region key instead of identifier', { region: 'FRA' }, 'region'],
    ['vault management endpoint over http', { encryption: { existingVault: { vaultId: OCIDS.vault, managementEndpoint: 'http://x-management.kms.eu-frankfurt-1.oraclecloud.com' } } }, 'encryption.existingVault.managementEndpoint'],
    ['signing vault endpoint that is not a URL', { supplyChain: { signing: { vaultManagementEndpoint: 'x-management.kms.eu-frankfurt-1.oraclecloud.com' } } }, 'supplyChain.signing.vaultManagementEndpoint'],
    ['SSH key that is a file path', { nodePools: [{ ...pool, sshPublicKey: '~/.ssh/id_ed25519.pub' }] }, 'nodePools[0].sshPublicKey'],
    ['SSH key with a truncated body', { nodePools: [{ ...pool, sshPublicKey: 'ssh-ed25519 AAAA user' }] }, 'nodePools[0].sshPublicKey'],
    ['SSH key whose body is another type', { nodePools: [{ ...pool, sshPublicKey: SSH.replace('ssh-ed25519', 'ssh-rsa') }] }, 'nodePools[0].sshPublicKey'],
    ['waiver expiring on a day that does not exist', { waivers: [{ controlId: 'NET-02', reason: 'x', expires: '2027-02-30' }] }, 'waiver.expires'],
    // Plain JavaScript / Python callers.
    ['missing props object', () => undefined, 'props'],
    ['null for a required prop', js((p) => ({ ...p, compartmentId: null })), 'compartmentId'],
    ['a string where an array belongs', js((p) => ({ ...p, adminGroupIds: OCIDS.group('admins') })), 'adminGroupIds'],
    ['a string where a number belongs', js((p) => ({ ...p, nodePools: [{ ...p.nodePools[0], size: '3' }] })), 'nodePools[0].size'],
    ['an object where an array of pools belongs', js((p) => ({ ...p, nodePools: p.nodePools[0] })), 'nodePools'],
    ['misspelt optional prop', js((p) => ({ ...p, adminGroupIDs: p.adminGroupIds, adminGroupIds: undefined })), 'adminGroupIDs'],
    ['misspelt nested prop', js((p) => ({ ...p, bastion: { ...p.bastion, maxSessionTTLSeconds: 3600 } })), 'bastion.maxSessionTTLSeconds'],
    ['misspelt node pool prop', js((p) => ({ ...p, nodePools: [{ ...p.nodePools[0], ocpu: 2 }] })), 'nodePools[0].ocpu'],
    ['misspelt waiver prop', js((p) => ({ ...p, waivers: [{ controlId: 'NET-02', reason: 'x', expiry: '2027-01-01' }] })), 'waivers[0].expiry'],
    ['unknown CNI value', js((p) => ({ ...p, network: { cni: 'calico' } })), 'network.cni'],
    // Terraform tokens where the library must validate.
    ['node pool size from a Terraform variable', (p, st) => ({ ...p, nodePools: [{ ...p.nodePools[0], size: variable(st, 'number').numberValue }] }), 'nodePools[0].size'],
    ['OCPUs from a Terraform variable', (p) => ({ ...p, nodePools: [{ ...p.nodePools[0], ocpus: Token.asNumber('${var.ocpus}') }] }), 'nodePools[0].ocpus'],
    ['bastion TTL from a Terraform variable', (p, st) => ({ ...p, bastion: { ...p.bastion, maxSessionTtlSeconds: variable(st, 'number').numberValue } }), 'bastion.maxSessionTtlSeconds'],
    ['rotation interval from a Terraform variable', (p) => ({ ...p, encryption: { rotationIntervalDays: Token.asNumber('${var.days}') } }), 'encryption.rotationIntervalDays'],
    ['Kubernetes version from a Terraform variable', (p, st) => ({ ...p, kubernetesVersion: variable(st, 'string').stringValue }), 'kubernetesVersion'],
    ['region from a Terraform variable', (p, st) => ({ ...p, region: variable(st, 'string').stringValue }), 'region'],
    ['cluster name from a Terraform variable', (p, st) => ({ ...p, name: variable(st, 'string').stringValue }), 'name'],
  ])('%s', (_case, overrides, property) => {
    let error: unknown;
    try {
      if (typeof overrides === 'function') {
        const stack = newStack();
        new HardenedCluster(stack, 'prod', overrides(BASE, stack));
      } else {
        build(overrides);
      }
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HardenedOkeValidationError);
    const e = error as HardenedOkeValidationError;
    expect(e.property.startsWith(property)).toBe(true);
    expect(e.message).toContain(e.property);
    expect(e.message).toMatch(/Fix: .+/);
    // Never a number token's encoding (cdktf number tokens are huge negative doubles) in the message.
    expect(e.message).not.toMatch(/\de[+-]\d{2,}/);
    if (/Terraform variable/.test(_case)) expect(e.message).toMatch(/must be known at synth/);
  });

  test('an unknown key names the valid ones and the closest match', () => {
    const props: any = { ...BASE, adminGroupIDs: BASE.adminGroupIds };
    delete props.adminGroupIds;
    expect(() => new HardenedCluster(newStack(), 'prod', props)).toThrow(
      /^adminGroupIDs: is not a property of HardenedClusterProps \(did you mean adminGroupIds\?\)\. Fix: rename it to adminGroupIds; valid properties are compartmentId, kubernetesVersion, .*waivers, tags$/);
  });

  test('the opt-outs admit a new shape and an unlisted region', () => {
    const json = synth({ region: 'us-langley-1', allowUnknownRegion: true, nodePools: [{ ...pool, shape: 'VM.Standard.E9.Flex', allowUnknownShape: true }] });
    expect(Object.values(resourcesOf(json, 'oci_containerengine_node_pool')).map((p: any) => p.node_shape)).toEqual(['VM.Standard.E9.Flex']);
    expect(() => build({ region: 'us langley' as string, allowUnknownRegion: true })).toThrow(/^region: "us langley" is not an OCI region identifier/);
  });

  test('a real SSH key and a future waiver are accepted; an expired waiver is a synth warning, not silence', () => {
    const { stack } = build({ nodePools: [{ ...pool, sshPublicKey: SSH }], waivers: [{ controlId: 'NET-02', reason: 'legacy', expires: '2020-01-31', scope: 'nothing*' }] });
    Testing.synth(stack);
    const warnings = stack.node.findAll().flatMap((c) => c.node.metadata).filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
    expect(warnings.some((w) => /waiver NET-02 .*expired on 2020-01-31/.test(w))).toBe(true);
    expect(() => build({ waivers: [{ controlId: 'NET-02', reason: 'x', expires: '2028-02-29' }] })).not.toThrow();
  });
});

describe('HardenedCluster with a public endpoint on your own VCN', () => {
  test('admits exactly the allow-list on 6443 and nothing from the internet', () => {
    const json = synth({
      network: { existingVcn: { vcnId: OCIDS.vcn, vcnCidr: '10.0.0.0/16', subnetIds: BYO_SUBNETS, bastionSubnetCidr: '10.0.5.0/24' } },
      publicEndpoint: { allowedCidrs: ['198.51.100.0/24'], reason: 'CI runners outside OCI' },
    });
    const cluster: any = Object.values(resourcesOf(json, 'oci_containerengine_cluster'))[0];
    expect(cluster.endpoint_config.is_public_ip_enabled).toBe(true);
    const rules = Object.values(resourcesOf(json, 'oci_core_network_security_group_security_rule'));
    const api6443 = rules.filter((r: any) => r.direction === 'INGRESS' && r.tcp_options?.destination_port_range?.min === 6443);
    expect(api6443.map((r: any) => r.source)).toContain('198.51.100.0/24');
    expect(rules.filter((r: any) => r.direction === 'INGRESS' && r.source === '0.0.0.0/0')).toEqual([]);
  });

  test('refuses a VCN that overlaps the service CIDR', () => {
    expect(() => build({ network: { vcnCidr: '10.96.0.0/16' } })).toThrow(/network\.vcnCidr: .*overlaps/);
  });
});
