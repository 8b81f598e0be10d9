/**
 * Data source answers for tfcheck's stand-in provider (`--data`, tools/tfcheck/README.md): a tenancy in which what a
 * HardenedCluster brings is as its props say (`right`), or in which every fact the plan checks is wrong (`wrong`).
 * Terraform does not plan a resource whose dependency already failed, so the conditions of resources that depend on
 * other brought facts are judged in tenancies where only their facts are wrong: `placement` (availability
 * domains and capacity reservations, conditions of the node pools) and `vault-type` (conditions of the keys
 * created in the brought vault). In every mode OKE offers each pool that follows OKE's images a matching image:
 * the node pool options are read at plan (node_pool_option_id "all"), so the pools' image precondition is judged.
 */
export type TenancyMode = 'right' | 'wrong' | 'placement' | 'vault-type';
import { NODE_POOL_DEFAULTS } from '../../lib/compute/node-pool-defaults';
import { nodeImageCriteria } from '../../lib/compute/private/node-image';
import type { HardenedClusterProps } from '../../lib/hardened-cluster';

type Answers = Record<string, Array<{ where: Record<string, string>; values: Record<string, unknown> }>>;

const OTHER_VCN = 'ocid1.vcn.oc1.eu-frankfurt-1.aaaaaaaaothervcn';
const OTHER_COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaaothercompartment';
const POOL = 'ocid1.streampool.oc1.eu-frankfurt-1.aaaaaaaatestpool';

/** `subnetCidrs` gives the block of each brought subnet OCID (defaults: carved from vcnCidr). */
export function standInTenancy(props: HardenedClusterProps, mode: TenancyMode, subnetCidrs: Record<string, string> = {}): Answers {
  const right = mode !== 'wrong';
  const placementRight = mode === 'right' || mode === 'vault-type';
  const vaultTypeRight = mode === 'right' || mode === 'placement';
  const a: Answers = {};
  const add = (type: string, where: Record<string, string>, values: Record<string, unknown>) => (a[type] ??= []).push({ where, values });
  const ads = props.nodePools.flatMap((p) => p.capacityReservations ?? []).map((r) => r.availabilityDomain);
  if (props.kubernetes?.fileStorage) ads.push(props.kubernetes.fileStorage.availabilityDomain);
  add('oci_identity_availability_domains', { compartment_id: props.compartmentId },
    { availability_domains: placementRight ? [...new Set([...ads, 'Uocm:EU-FRANKFURT-1-AD-2'])].map((name) => ({ name })) : [] });

  // OKE offers each pool that follows OKE's images one, named as Oracle names them (lib/compute/private/node-image.ts).
  for (const pool of props.nodePools.filter((p) => !p.imageId)) {
    const version = pool.kubernetesVersion ?? props.kubernetesVersion;
    const c = nodeImageCriteria(pool.shape, pool.imageOsVersion ?? NODE_POOL_DEFAULTS.imageOsVersion, version);
    const variant = c.gpu ? 'Gen2-GPU-' : c.arch === 'AARCH64' ? 'aarch64-' : '';
    const sourceName = `Oracle-Linux-${c.osVersion}.10-${variant}2025.10.23-0-OKE-${version.replace(/^v/, '')}-1234`;
    const image = { source_type: 'IMAGE', image_id: `ocid1.image.oc1.eu-frankfurt-1.aaaaaaaastandin${sourceName.toLowerCase().replace(/[^a-z0-9]/g, '')}`, source_name: sourceName };
    const entry = (a.oci_containerengine_node_pool_option ?? []).find((e) => e.where.node_pool_k8s_version === version);
    const sources = entry ? entry.values.sources as object[] : [];
    if (!sources.some((src: any) => src.source_name === sourceName)) sources.push(image);
    if (!entry) add('oci_containerengine_node_pool_option', { node_pool_k8s_version: version }, { sources });
  }

  const byo = props.network?.existingVcn;
  if (byo) {
    add('oci_core_vcn', { vcn_id: byo.vcnId }, {
      state: right ? 'AVAILABLE' : 'TERMINATED', cidr_blocks: right ? [byo.vcnCidr] : ['192.168.0.0/16'], compartment_id: right ? props.compartmentId : OTHER_COMPARTMENT,
    });
    const [net] = byo.vcnCidr.split('/')[0].split('.').slice(0, 2).join('.').split(' ');
    Object.entries(byo.subnetIds).forEach(([role, id], i) => {
      if (!id) return;
      // A pod subnet too small for the pools' pods is a condition of the node pools: judged with the placement.
      const cidr = role === 'bastion' ? byo.bastionSubnetCidr
        : role === 'pods' && !placementRight ? `${net}.200.0/28` : subnetCidrs[id] ?? `${net}.${100 + i}.0/24`;
      const isPublic = role === 'publicLoadBalancers' || (role === 'apiEndpoint' && props.publicEndpoint !== undefined);
      add('oci_core_subnet', { subnet_id: id }, {
        vcn_id: right ? byo.vcnId : OTHER_VCN, compartment_id: right ? props.compartmentId : OTHER_COMPARTMENT, state: right ? 'AVAILABLE' : 'TERMINATED',
        availability_domain: right ? null : 'Uocm:EU-FRANKFURT-1-AD-1',
        prohibit_public_ip_on_vnic: right ? !isPublic : isPublic, cidr_block: right ? cidr : '192.168.1.0/24',
      });
    });
  }
  const fss = props.kubernetes?.fileStorage;
  if (fss?.mountTargetSubnetId) {
    add('oci_core_subnet', { subnet_id: fss.mountTargetSubnetId }, { vcn_id: right ? byo?.vcnId ?? 'unknown' : OTHER_VCN, prohibit_public_ip_on_vnic: right });
  }

  const orm = props.resourceManager?.privateEndpointSubnetId;
  if (orm) add('oci_core_subnet', { subnet_id: orm }, { vcn_id: right ? byo?.vcnId ?? 'unknown' : OTHER_VCN, prohibit_public_ip_on_vnic: right });

  const vault = props.encryption?.existingVault;
  if (vault) {
    add('oci_kms_vault', { vault_id: vault.vaultId }, {
      vault_type: vaultTypeRight ? 'VIRTUAL_PRIVATE' : 'DEFAULT', state: right ? 'ACTIVE' : 'DELETED',
      management_endpoint: right ? vault.managementEndpoint : 'https://other-management.kms.eu-frankfurt-1.oraclecloud.com',
    });
  }
  const keys = props.encryption?.existingKeys;
  for (const keyId of [keys?.secretsKeyId, keys?.volumesKeyId, keys?.dataKeyId]) {
    if (!keyId) continue;
    add('oci_kms_key', { key_id: keyId }, {
      key_shape: [right ? { algorithm: 'AES', length: 32 } : { algorithm: 'RSA', length: 512 }],
      protection_mode: right ? 'HSM' : 'SOFTWARE', state: right ? 'ENABLED' : 'DISABLED', vault_id: right ? vault?.vaultId ?? 'unknown' : 'ocid1.vault.oc1..other',
      compartment_id: right ? props.encryption?.keysCompartmentId ?? props.compartmentId : OTHER_COMPARTMENT,
    });
  }
  if (fss?.kmsKeyId && fss.kmsKeyManagementEndpoint) {
    add('oci_kms_key', { key_id: fss.kmsKeyId }, {
      state: right ? 'ENABLED' : 'DISABLED', compartment_id: right ? fss.kmsKeyCompartmentId ?? props.compartmentId : OTHER_COMPARTMENT,
    });
  }
  for (const keyId of props.supplyChain?.signing?.existingKeyIds ?? []) {
    add('oci_kms_key', { key_id: keyId }, {
      key_shape: [{ algorithm: right ? 'RSA' : 'AES', length: right ? 512 : 32 }], state: right ? 'ENABLED' : 'DISABLED',
      compartment_id: right ? props.supplyChain?.signing?.keysCompartmentId ?? props.compartmentId : OTHER_COMPARTMENT,
    });
  }
  for (const pool of props.nodePools) {
    if (pool.imageId) {
      // A pinned image is a condition of its node pool: judged with the placement. Wrong: another version and architecture.
      const version = (pool.kubernetesVersion ?? props.kubernetesVersion).replace(/^v/, '');
      const arm = nodeImageCriteria(pool.shape, '8', props.kubernetesVersion).arch === 'AARCH64';
      add('oci_core_image', { image_id: pool.imageId }, {
        state: placementRight ? 'AVAILABLE' : 'DISABLED',
        display_name: placementRight ? `Oracle-Linux-8.10-${arm ? 'aarch64-' : ''}2025.10.23-0-OKE-${version}-1234` : `Oracle-Linux-8.10-${arm ? '' : 'aarch64-'}2025.10.23-0-OKE-1.31.1-1234`,
      });
    }
    for (const r of pool.capacityReservations ?? []) {
      add('oci_core_compute_capacity_reservation', { capacity_reservation_id: r.capacityReservationId }, {
        availability_domain: placementRight ? r.availabilityDomain : 'Uocm:EU-FRANKFURT-1-AD-3', state: placementRight ? 'ACTIVE' : 'DELETED',
        // The provider leaves fault_domain empty for a configuration of all fault domains.
        instance_reservation_configs: [placementRight ? { instance_shape: pool.shape, fault_domain: '' } : { instance_shape: 'VM.Standard3.Flex', fault_domain: 'FAULT-DOMAIN-1' }],
      });
    }
  }
  const stream = props.observability?.sinks?.stream?.existingStream;
  if (stream) {
    add('oci_streaming_stream', { stream_id: stream.streamId }, {
      state: right ? 'ACTIVE' : 'DELETED', compartment_id: right ? stream.compartmentId ?? props.compartmentId : OTHER_COMPARTMENT, stream_pool_id: POOL,
    });
    add('oci_streaming_stream_pool', { stream_pool_id: POOL }, {
      is_private: right, custom_encryption_key: right ? [{ kms_key_id: 'ocid1.key.oc1..poolkey', key_state: 'ACTIVE' }] : [],
    });
  }
  for (const ns of props.kubernetes?.applicationNamespaces ?? []) {
    for (const secret of ns.vaultSecrets?.secrets ?? []) {
      add('oci_vault_secret', { secret_id: secret.secretId }, {
        state: right ? 'ACTIVE' : 'PENDING_DELETION', secret_name: right ? secret.name : `${secret.name}-old`,
        vault_id: right ? ns.vaultSecrets!.vaultId : 'ocid1.vault.oc1..other',
        compartment_id: right ? ns.vaultSecrets!.compartmentId ?? props.compartmentId : OTHER_COMPARTMENT,
      });
    }
  }
  const bucket = props.observability?.sinks?.archive?.existingBucket;
  if (bucket) {
    add('oci_objectstorage_bucket', { name: bucket.name }, {
      access_type: right ? 'NoPublicAccess' : 'ObjectRead', kms_key_id: right ? 'ocid1.key.oc1..bucketkey' : '',
      compartment_id: right ? bucket.compartmentId ?? props.compartmentId : OTHER_COMPARTMENT,
    });
  }
  return a;
}
