/**
 * The opt-in File Storage class of a HardenedCluster (`kubernetes.fileStorage`). Without it no File Storage class
 * exists. With it: StorageClass `oci-fss-encrypted` (Vault key at rest, TLS in transit, exports limited to the worker
 * subnet), an NSG for the mount target with Oracle's NFS and TLS rules towards the workers, and the IAM policy the
 * cluster's CSI driver needs.
 *
 * Node side: in-transit encryption needs the `oci-fss-utils` package on every worker node (Oracle Linux 7/8 images;
 * "Using In-transit TLS Encryption", Task 1 and 2). Install it through the node pool's cloud-init; the package is
 * downloaded from Oracle after accepting its license, so the library does not fetch it.
 */
export interface HardenedClusterFileStorageOptions {
  /** Availability domain name of the file systems, e.g. `Uocm:EU-FRANKFURT-1-AD-1`. */
  readonly availabilityDomain: string;
  /**
   * OCID of an existing, active mount target in the cluster's VCN. Attach the `file-storage-mount-target-nsg-id`
   * output's NSG to it. Give this or `mountTargetSubnetId`.
   * @default - mountTargetSubnetId must be given
   */
  readonly mountTargetId?: string;
  /**
   * OCID of a subnet the CSI driver creates a mount target in. Such a mount target has no NSG, so that subnet's
   * security list must admit the same ports (TCP 111, 2048-2050, 2051; UDP 111, 2048) from the worker subnet.
   * @default - mountTargetId must be given
   */
  readonly mountTargetSubnetId?: string;
  /**
   * Vault key that encrypts the file systems at rest.
   * @default - the cluster's volumes key
   */
  readonly kmsKeyId?: string;
  /**
   * Compartment of `kmsKeyId`: its key statements name it, from a policy attached to it.
   * @default - `encryption.keysCompartmentId` for the volumes key; the cluster's compartment for a `kmsKeyId` given here
   * @see https://docs.oracle.com/en-us/iaas/Content/Identity/Concepts/policies.htm
   */
  readonly kmsKeyCompartmentId?: string;
  /**
   * Management endpoint of the vault of `kmsKeyId`, so the plan can read the key (the `oci_kms_key` data source needs
   * it) and check it is ENABLED and in `kmsKeyCompartmentId`, which its key policy is written for. Only with `kmsKeyId`.
   * @default - `kmsKeyId` is not read at plan time
   * @see https://registry.terraform.io/providers/oracle/oci/latest/docs/data-sources/kms_key
   */
  readonly kmsKeyManagementEndpoint?: string;
  /**
   * CIDR block the exports admit (the worker nodes' subnet).
   * @default - the worker subnet's CIDR (required with network.existingVcn)
   */
  readonly exportSourceCidr?: string;
}

