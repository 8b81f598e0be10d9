/**
 * Limits and defaults more than one folder applies (a construct's check and a compliance control, or a
 * construct and the composite's cross-part check): each is written here once.
 */

/**
 * Bastion session length: OCI Bastion's floor (30 minutes) and the library's ceiling of 3 hours (NSA/CISA:
 * short sessions limit what a stolen credential is worth; control API-04 holds synthesized bastions to it).
 * @see https://docs.oracle.com/en-us/iaas/tools/terraform-provider-oci/latest/docs/r/bastion_bastion.html (max_session_ttl_in_seconds)
 */
export const BASTION_SESSION_TTL = { minSeconds: 1800, maxSeconds: 3 * 3600, defaultSeconds: 3600 } as const;

/**
 * Default CIDRs: the VCN when none is given, and OKE's default pod (flannel overlay) and service CIDRs, which the
 * VCN must not overlap.
 * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Concepts/contengcidrblocks.htm
 */
export const DEFAULT_VCN_CIDR = '10.0.0.0/16';
export const DEFAULT_PODS_CIDR = '10.244.0.0/16';
export const DEFAULT_SERVICES_CIDR = '10.96.0.0/16';
