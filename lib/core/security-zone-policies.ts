/**
 * The Security Zone policies the library's opt-in zone recipe enables: the one owner of this list (the recipe,
 * control DATA-06, the README "Security Zone" table and its tests read it here).
 *
 * A policy is named in a recipe by the OCID of an Oracle-managed policy, which Oracle does not publish per realm or
 * region, so the recipe reads the OCIDs at plan time from `oci_cloud_guard_security_policies` by `friendly_name`,
 * as Oracle's own landing-zone module does (oci-landing-zones/terraform-oci-modules-security, security-zones/main.tf:
 * `policy.friendly_name => policy.id`). Only names confirmed in an Oracle source are listed: the landing-zone module
 * (its CIS level 1 and 2 lists) or the "Security Zone Policies" page.
 * @see https://docs.oracle.com/en-us/iaas/security-zone/using/security-zone-policies.htm
 */
export interface SecurityZonePolicyFact {
  /** `friendly_name` of the Oracle-managed policy (the page's Policy column). */
  readonly friendlyName: string;
  /** Oracle's security principle the policy belongs to. */
  readonly principle: 'Restrict Resource Movement' | 'Deny Public Access' | 'Require Encryption';
  /** What Oracle says it denies, quoted or closely paraphrased, with the page it is from. */
  readonly denies: string;
  readonly source: string;
  /** How the library's resources satisfy it (shown in the README table). */
  readonly libraryMeets: string;
}

const POLICIES_PAGE = 'https://docs.oracle.com/en-us/iaas/security-zone/using/security-zone-policies.htm';
const LANDING_ZONE = 'https://github.com/oci-landing-zones/terraform-oci-modules-security/blob/main/security-zones/main.tf';

export const SECURITY_ZONE_POLICIES: readonly SecurityZonePolicyFact[] = [
  {
    friendlyName: 'deny block_volume_in_security_zone_move_to_compartment_not_in_security_zone',
    principle: 'Restrict Resource Movement',
    denies: 'moving a block volume of the zone to a compartment outside it',
    source: POLICIES_PAGE,
    libraryMeets: 'the library never moves volumes between compartments',
  },
  {
    friendlyName: 'deny boot_volume_in_security_zone_move_to_compartment_not_in_security_zone',
    principle: 'Restrict Resource Movement',
    denies: 'moving a boot volume of the zone to a compartment outside it',
    source: POLICIES_PAGE,
    libraryMeets: 'the library never moves boot volumes; OKE creates each node\'s boot volume with the node',
  },
  {
    friendlyName: 'deny instance_in_security_zone_move_to_compartment_not_in_security_zone',
    principle: 'Restrict Resource Movement',
    denies: 'moving a compute instance of the zone to a compartment outside it',
    source: POLICIES_PAGE,
    libraryMeets: 'worker nodes stay in the node pool compartment for their whole life',
  },
  {
    friendlyName: 'deny public_buckets',
    principle: 'Deny Public Access',
    denies: '"Buckets in a security zone must be private" (Managing Buckets)',
    source: `https://docs.oracle.com/en-us/iaas/Content/Object/Tasks/managingbuckets.htm; ${LANDING_ZONE}`,
    libraryMeets: 'the log archive bucket has access_type NoPublicAccess',
  },
  {
    friendlyName: 'deny db_instance_public_access',
    principle: 'Deny Public Access',
    denies: 'database instances reachable from the internet',
    source: LANDING_ZONE,
    libraryMeets: 'the library creates no database',
  },
  {
    friendlyName: 'deny buckets_without_vault_key',
    principle: 'Require Encryption',
    denies: '"Buckets in a security zone must use customer-managed master encryption keys in the Vault service" (Managing Buckets)',
    source: `https://docs.oracle.com/en-us/iaas/Content/Object/Tasks/managingbuckets.htm; ${LANDING_ZONE}`,
    libraryMeets: 'the log archive bucket is encrypted with the cluster\'s data key (kms_key_id)',
  },
  {
    friendlyName: 'deny boot_volume_without_vault_key',
    principle: 'Require Encryption',
    denies: 'boot volumes without a customer-managed Vault key',
    source: LANDING_ZONE,
    libraryMeets: 'every node pool sets node_config_details.kms_key_id (the volumes key) for its nodes\' boot volumes',
  },
  {
    friendlyName: 'deny block_volume_without_vault_key',
    principle: 'Require Encryption',
    denies: 'block volumes without a customer-managed Vault key',
    source: LANDING_ZONE,
    libraryMeets: 'the default StorageClass oci-bv-encrypted passes kms-key-id (the volumes key) to the block volume CSI driver; OKE\'s own oci-bv class (no key) stays, demoted, and PVCs that name it are refused by the zone',
  },
  {
    friendlyName: 'deny file_system_without_vault_key',
    principle: 'Require Encryption',
    denies: 'file systems without a customer-managed Vault key',
    source: LANDING_ZONE,
    libraryMeets: 'the StorageClass oci-fss-encrypted (kubernetes.fileStorage) passes kmsKeyOcid; file systems are created in the cluster\'s compartment',
  },
];

/** The friendly names, in recipe order. */
export const SECURITY_ZONE_POLICY_NAMES: readonly string[] = SECURITY_ZONE_POLICIES.map((p) => p.friendlyName);
