/**
 * Every input of HardenedCluster through which a user brings an existing OCI resource, or a fact about one, whose
 * correctness only the tenancy knows, and how the plan checks it: the data source it reads and the attributes it
 * compares. The constructs that own each input emit the conditions (lifecycle preconditions of the resource that
 * would break, or postconditions of the read); messages start with `<input>: `. Tests hold the synthesized
 * conditions and this table to each other, and the README's "What the plan checks about what you bring" lists it.
 *
 * Not read at plan time: BROUGHT_INPUTS_NOT_READ (below), each with its reason (no correctness dependency the
 * library can state, or no data source that can read it without more input); the README's "Not read" paragraph lists
 * them too. The node image a pool follows (no `imageId`) is chosen at plan from OKE's node pool options, and the plan
 * fails naming `nodePools[i].imageId` when none matches (lib/compute/private/node-image.ts).
 */
export interface BroughtResourceCheck {
  /** The HardenedCluster prop, as a path; `[]` stands for any index. Messages start with it. */
  readonly input: string;
  /** The Terraform data source types the plan reads for it. */
  readonly reads: readonly string[];
  /** The attributes compared (of the first data source unless qualified). */
  readonly facts: readonly string[];
  /** What must hold, in words (the README's column). */
  readonly requires: string;
}

const KEY_FACTS = ['key_shape', 'protection_mode', 'state', 'vault_id'];
const SUBNET_FACTS = ['vcn_id', 'compartment_id', 'state', 'availability_domain', 'prohibit_public_ip_on_vnic', 'cidr_block'];
const SUBNET_REQUIRES = 'AVAILABLE, in existingVcn.vcnId and the cluster\'s compartment, regional, inside vcnCidr, and private';
const STREAM = 'observability.sinks.stream.existingStream';
const VAULT_SECRETS = 'kubernetes.applicationNamespaces[].vaultSecrets';
const BUCKET = 'observability.sinks.archive.existingBucket';

export const BROUGHT_RESOURCE_CHECKS: readonly BroughtResourceCheck[] = [
  { input: 'encryption.existingVault.vaultId', reads: ['oci_kms_vault'], facts: ['vault_type', 'state'],
    requires: 'ACTIVE; VIRTUAL_PRIVATE when the library creates rotating keys in it' },
  { input: 'encryption.existingVault.managementEndpoint', reads: ['oci_kms_vault'], facts: ['management_endpoint'], requires: 'the vault\'s management endpoint' },
  { input: 'encryption.existingKeys.secretsKeyId', reads: ['oci_kms_key'], facts: KEY_FACTS, requires: 'an ENABLED AES-256 HSM key (of existingVault, when given)' },
  { input: 'encryption.existingKeys.volumesKeyId', reads: ['oci_kms_key'], facts: KEY_FACTS, requires: 'an ENABLED AES-256 HSM key (of existingVault, when given)' },
  { input: 'encryption.existingKeys.dataKeyId', reads: ['oci_kms_key'], facts: KEY_FACTS, requires: 'an ENABLED AES-256 HSM key (of existingVault, when given)' },
  { input: 'network.existingVcn.vcnId', reads: ['oci_core_vcn'], facts: ['state', 'compartment_id'],
    requires: 'AVAILABLE, in the cluster\'s compartment (the cluster\'s network grants name it)' },
  { input: 'network.existingVcn.vcnCidr', reads: ['oci_core_vcn'], facts: ['cidr_blocks'], requires: 'one of the VCN\'s CIDR blocks' },
  { input: 'network.existingVcn.subnetIds.apiEndpoint', reads: ['oci_core_subnet'], facts: SUBNET_FACTS,
    requires: `${SUBNET_REQUIRES} (public with publicEndpoint)` },
  { input: 'network.existingVcn.subnetIds.workers', reads: ['oci_core_subnet'], facts: SUBNET_FACTS, requires: SUBNET_REQUIRES },
  { input: 'network.existingVcn.subnetIds.pods', reads: ['oci_core_subnet'], facts: SUBNET_FACTS,
    requires: `${SUBNET_REQUIRES}; room for the node pools' pods (largest size plus surge, times maxPodsPerNode)` },
  { input: 'network.existingVcn.subnetIds.loadBalancers', reads: ['oci_core_subnet'], facts: SUBNET_FACTS, requires: SUBNET_REQUIRES },
  { input: 'network.existingVcn.subnetIds.publicLoadBalancers', reads: ['oci_core_subnet'], facts: SUBNET_FACTS,
    requires: 'AVAILABLE, in existingVcn.vcnId and the cluster\'s compartment, regional, inside vcnCidr, and public' },
  { input: 'network.existingVcn.subnetIds.bastion', reads: ['oci_core_subnet'], facts: SUBNET_FACTS, requires: SUBNET_REQUIRES },
  { input: 'network.existingVcn.bastionSubnetCidr', reads: ['oci_core_subnet'], facts: ['cidr_block'], requires: 'the bastion subnet\'s CIDR block' },
  { input: 'encryption.keysCompartmentId', reads: ['oci_kms_key'], facts: ['compartment_id'],
    requires: 'the compartment of every brought key (the key policy is written for it and attached there)' },
  { input: 'supplyChain.signing.existingKeyIds[]', reads: ['oci_kms_key'], facts: ['key_shape', 'state'],
    requires: 'an ENABLED RSA key (read through supplyChain.signing.vaultManagementEndpoint)' },
  { input: 'supplyChain.signing.keysCompartmentId', reads: ['oci_kms_key'], facts: ['compartment_id'],
    requires: 'the compartment of every brought signing key (the verification policy names it)' },
  { input: 'nodePools[].imageId', reads: ['oci_core_image'], facts: ['state', 'display_name'],
    requires: 'AVAILABLE; an OKE image (by its name) built for the pool\'s Kubernetes version and the shape\'s architecture' },
  { input: 'nodePools[].availabilityDomains', reads: ['oci_identity_availability_domains'], facts: ['availability_domains'],
    requires: 'the region lists at least one availability domain for the cluster\'s compartment' },
  { input: 'nodePools[].capacityReservations[].availabilityDomain', reads: ['oci_identity_availability_domains', 'oci_core_compute_capacity_reservation'],
    facts: ['availability_domains', 'availability_domain'], requires: 'an availability domain of the region, and the reservation\'s' },
  { input: 'nodePools[].capacityReservations[].capacityReservationId', reads: ['oci_core_compute_capacity_reservation'],
    facts: ['state', 'instance_reservation_configs', 'fault_domain'],
    requires: 'ACTIVE, with a configuration for the pool\'s shape that names no fault domain (the pool\'s placement names none)' },
  { input: `${STREAM}.streamId`, reads: ['oci_streaming_stream'], facts: ['state'], requires: 'ACTIVE' },
  { input: `${STREAM}.compartmentId`, reads: ['oci_streaming_stream'], facts: ['compartment_id'], requires: 'the stream\'s compartment (default: the cluster\'s)' },
  { input: `${STREAM}.publicAccess`, reads: ['oci_streaming_stream_pool'], facts: ['is_private'], requires: 'as stated (false): the pool has a private endpoint' },
  { input: `${STREAM}.customerManagedKey`, reads: ['oci_streaming_stream_pool'], facts: ['custom_encryption_key'], requires: 'as stated (when true): the pool has a Vault key' },
  { input: `${BUCKET}.publicAccess`, reads: ['oci_objectstorage_bucket'], facts: ['access_type'], requires: 'as stated (false): access_type NoPublicAccess' },
  { input: `${BUCKET}.encrypted`, reads: ['oci_objectstorage_bucket'], facts: ['kms_key_id'], requires: 'as stated (true): the bucket has a Vault key' },
  { input: `${BUCKET}.compartmentId`, reads: ['oci_objectstorage_bucket'], facts: ['compartment_id'], requires: 'the bucket\'s compartment (default: the cluster\'s)' },
  { input: `${VAULT_SECRETS}.secrets[].secretId`, reads: ['oci_vault_secret'], facts: ['state'], requires: 'ACTIVE' },
  { input: `${VAULT_SECRETS}.secrets[].name`, reads: ['oci_vault_secret'], facts: ['secret_name'],
    requires: 'the secret\'s name (the Secrets Store provider looks secrets up by name)' },
  { input: `${VAULT_SECRETS}.vaultId`, reads: ['oci_vault_secret'], facts: ['vault_id'], requires: 'the vault of every secret' },
  { input: `${VAULT_SECRETS}.compartmentId`, reads: ['oci_vault_secret'], facts: ['compartment_id'],
    requires: 'the compartment of every secret (default: the cluster\'s; the pods\' read policy is written for it)' },
  { input: 'resourceManager.privateEndpointSubnetId', reads: ['oci_core_subnet'], facts: ['vcn_id', 'prohibit_public_ip_on_vnic'],
    requires: 'a private subnet of the cluster\'s VCN' },
  { input: 'kubernetes.fileStorage.availabilityDomain', reads: ['oci_identity_availability_domains'], facts: ['availability_domains'],
    requires: 'an availability domain of the region' },
  { input: 'kubernetes.fileStorage.kmsKeyId', reads: ['oci_kms_key'], facts: ['state'],
    requires: 'ENABLED (read through kubernetes.fileStorage.kmsKeyManagementEndpoint, when given)' },
  { input: 'kubernetes.fileStorage.kmsKeyCompartmentId', reads: ['oci_kms_key'], facts: ['compartment_id'],
    requires: 'the key\'s compartment (default: the cluster\'s; the key policy is written for it and attached there)' },
  { input: 'kubernetes.fileStorage.exportSourceCidr', reads: ['oci_core_subnet'], facts: ['cidr_block'],
    requires: 'with existingVcn: the worker subnet\'s CIDR block' },
  { input: 'kubernetes.fileStorage.mountTargetSubnetId', reads: ['oci_core_subnet'], facts: ['vcn_id', 'prohibit_public_ip_on_vnic'],
    requires: 'a private subnet of the cluster\'s VCN' },
];

/** An input that brings an existing resource but is not read at plan time, and why. */
export interface BroughtInputNotRead {
  /** The HardenedCluster prop, as a path (`[]` is any index), or a group of props in words. */
  readonly input: string;
  /** Why the plan does not read it (the README's wording). */
  readonly reason: string;
}

export const BROUGHT_INPUTS_NOT_READ: readonly BroughtInputNotRead[] = [
  { input: 'kubernetes.fileStorage.mountTargetId', reason: 'listing mount targets needs their compartment' },
  { input: 'adminGroupIds', reason: 'a wrong one fails the policy\'s own creation' },
  { input: 'encryption.existingKeys', reason: 'read only when a management endpoint is known (`existingKeys.managementEndpoint` or `existingVault`)' },
  { input: 'kubernetes.fileStorage.kmsKeyId',
    reason: 'read only with `kubernetes.fileStorage.kmsKeyManagementEndpoint`: the `oci_kms_key` data source needs the management endpoint of the key\'s vault' },
  { input: 'observability.cloudGuard.detectorRecipeIds',
    reason: 'Cloud Guard resolves the recipes when it creates the target (in the reporting region), so an OCID it does not know fails that creation; which recipes (configuration, activity, cloned or not) fit the compartment is yours to choose' },
  { input: 'observability.cloudGuard.responderRecipeIds', reason: 'as the detector recipes' },
  { input: 'securityZone.additionalPolicyIds',
    reason: 'the zone\'s recipe names them and Cloud Guard resolves them when it creates the recipe; whether your configuration meets each policy is yours to judge (see Security Zone)' },
  { input: 'network.existingVcn.subnetIds.*',
    reason: 'their route tables are not read: Oracle\'s routes for private worker, API endpoint and pod subnets (Oracle services through a service gateway, 0.0.0.0/0 through a NAT gateway) are judged only from the route rules and gateways of the VCN, which the library\'s schema has no data source for, and a platform network may route through a DRG or a firewall instead: check them against "Network Resource Configuration for Cluster Creation and Deployment"' },
];
