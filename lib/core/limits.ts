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
 * The VCN CIDR when none is given; OKE's default pod (flannel) and service CIDRs live with the cluster
 * (lib/cluster/cluster-cidrs.ts), and the VCN must not overlap them.
 */
export const DEFAULT_VCN_CIDR = '10.0.0.0/16';
