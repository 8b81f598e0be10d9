/**
 * How pods get their IP addresses. The values are OKE's own `cni_type` strings, so they pass straight through
 * to `cluster_pod_network_options.cni_type`.
 */
export enum CniType {
  /** Pods get addresses from a flannel overlay; only the worker nodes have VCN addresses. */
  FLANNEL_OVERLAY = 'FLANNEL_OVERLAY',
  /**
   * Pods get VCN addresses from a dedicated pod subnet, so NSGs apply to pod traffic directly (Oracle's
   * recommendation, and the library's default).
   */
  OCI_VCN_IP_NATIVE = 'OCI_VCN_IP_NATIVE',
}

/** The one CNI default of every construct that takes `cni` (VCN-native pods, Oracle's recommendation). */
export const DEFAULT_CNI_TYPE = CniType.OCI_VCN_IP_NATIVE;
