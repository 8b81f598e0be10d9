/** The four OCI policy verbs, cumulative (Oracle "Policy Syntax" / "Verbs"). */
export enum IamVerb {
  INSPECT = 'inspect',
  READ = 'read',
  USE = 'use',
  MANAGE = 'manage',
}

/** One OCI permission of a workload: `<verb> <resourceType>` in a compartment, optionally narrowed by conditions. */
export interface WorkloadPermission {
  /** The policy verb. */
  readonly verb: IamVerb;
  /** A resource type or family of Oracle's policy reference, e.g. `objects`, `buckets`, `secret-bundles`. */
  readonly resourceType: string;
  /**
   * Compartment the permission applies in.
   * @default - the cluster's compartment
   */
  readonly compartmentId?: string;
  /**
   * Extra conditions, each `<variable> = '<value>'` with a variable the resource type documents (checked against the
   * library's policy reference table), e.g. `target.bucket.name = 'invoices'`. They are ANDed with the workload
   * conditions.
   * @default - none
   */
  readonly conditions?: string[];
}

/** A Kubernetes service account whose pods get OCI permissions through OKE workload identity. */
export interface WorkloadServiceAccount {
  /** Service account name (RFC 1123 label), created in the namespace. */
  readonly name: string;
  /** The OCI permissions of the pods that run as this account. */
  readonly allow: WorkloadPermission[];
}

/**
 * OKE workload identity (enhanced clusters only, Oracle "Granting Workloads Access to OCI Resources"): service
 * accounts of an application namespace and the OCI permissions their pods get. The library writes each
 * ServiceAccount and one IAM policy whose statements are conditioned on `request.principal.type = 'workload'`, the
 * cluster, the namespace and the service account. No instance-principal (worker node) grants.
 */
export interface WorkloadIdentityOptions {
  /** Service accounts and their permissions. */
  readonly serviceAccounts: WorkloadServiceAccount[];
  /**
   * Public CIDR blocks of the OCI services the pods call over HTTPS (they reach them through the service gateway),
   * e.g. the Object Storage blocks of the cluster's region in Oracle's published public IP ranges. The namespace
   * gets a NetworkPolicy `allow-oci-services-https` with egress on TCP 443 to exactly these blocks. Give this or
   * `ociServicesAnywhereReason`: without one of them the namespace's default-deny egress blocks every OCI call.
   * @default - none; then `ociServicesAnywhereReason` is required
   * @see https://docs.oracle.com/en-us/iaas/tools/public_ip_ranges.json
   */
  readonly ociServiceCidrs?: string[];
  /**
   * Waiver: egress on TCP 443 to 0.0.0.0/0 except the private, shared and link-local ranges (RFC 1918, 100.64.0.0/10,
   * 169.254.0.0/16), since the Oracle Services Network has no fixed CIDR list a NetworkPolicy could name. The pods
   * NSG still lets pod traffic leave the VCN only towards the Oracle Services Network through the service gateway
   * (unless `network.podInternetEgress` is waived). HardenedCluster records it as a waiver of NP-04.
   * @default - the pods reach only `ociServiceCidrs`
   */
  readonly ociServicesAnywhereReason?: string;
}
