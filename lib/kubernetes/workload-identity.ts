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
}
