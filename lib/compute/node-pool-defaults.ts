/**
 * The one owner of the node pool defaults: NodePool resolves its props with these, and the validation of
 * HardenedCluster's `nodePools` (which runs before any NodePool exists) checks the same resolved values.
 */
export const NODE_POOL_DEFAULTS = {
  /** Nodes of a fixed-size pool. */
  size: 3,
  /** OCPUs per node of a flex shape. */
  ocpus: 2,
  /** Memory per node of a flex shape, in GB. */
  memoryGbs: 16,
  /** Boot volume size, in GB (OCI's minimum). */
  bootVolumeSizeGbs: 50,
  /** Pods per node with VCN-native pod networking (OKE's default). */
  maxPodsPerNode: 31,
  /** Extra nodes while cycling ("Performing an In-Place Worker Node Update by Cycling Nodes"). */
  maximumSurge: '1',
  /** How long OKE waits for pods to be evicted before a node is removed. */
  evictionGraceDuration: 'PT60M',
  /** Oracle Linux major version of the OKE node images (the one Oracle's terraform-oci-oke module defaults to). */
  imageOsVersion: '8',
} as const;
