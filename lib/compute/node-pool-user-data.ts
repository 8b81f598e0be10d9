/**
 * A cloud-init hook for the nodes of a pool. The library writes the node's cloud-init itself (OKE's bootstrap with
 * the library's kubelet arguments, among them the NetworkPolicy engine's startup taint); the hook adds to it and
 * cannot replace it.
 */
export interface NodePoolUserData {
  /**
   * A shell script run (as root, with bash) before the OKE bootstrap joins the node to the cluster, e.g. to set a
   * proxy or an SELinux policy. It runs as a separate script, so `exit` in it cannot skip the bootstrap; a non-zero
   * exit status stops the bootstrap and the node never joins.
   * @default - none
   */
  readonly preBootstrapScript?: string;
  /**
   * A shell script run (as root, with bash) after the OKE bootstrap.
   * @default - none
   */
  readonly postBootstrapScript?: string;
  /**
   * Extra kubelet flags, e.g. `--max-pods=50` or `--image-gc-high-threshold=80`, appended to the library's own.
   * Taints belong in the pool's `taints`, not here: `--register-with-taints` is refused.
   * @default - none
   */
  readonly kubeletExtraArgs?: string[];
}

/** One capacity reservation the pool launches its nodes into. */
export interface CapacityReservationPlacement {
  /** Availability domain of the reservation, e.g. `Uocm:EU-FRANKFURT-1-AD-1`. */
  readonly availabilityDomain: string;
  /** OCID of the compute capacity reservation. */
  readonly capacityReservationId: string;
}
