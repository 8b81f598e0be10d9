/**
 * OKE cluster add-on names as the API and `oci_containerengine_addon.addon_name` spell them ("Introducing Cluster
 * Add-ons" and "Cluster Add-on Configuration Arguments", OKE documentation; the same names appear in OCI resource
 * discovery exports).
 */
export const OKE_ADDON = {
  CLUSTER_AUTOSCALER: 'ClusterAutoscaler',
  CERT_MANAGER: 'CertManager',
  CORE_DNS: 'CoreDNS',
  KUBE_PROXY: 'KubeProxy',
  VCN_NATIVE_CNI: 'OciVcnIpNative',
  FLANNEL: 'Flannel',
} as const;

/**
 * Essential add-ons ("Introducing Cluster Add-ons": CoreDNS, kube-proxy and the CNI plugin are "required for a
 * cluster to operate correctly" and deployed by default). The library never disables them and offers no prop that
 * does; when one is managed as an `OkeAddon` (to configure it), deleting that resource must not remove it.
 */
export const ESSENTIAL_ADDONS: readonly string[] = [OKE_ADDON.CORE_DNS, OKE_ADDON.KUBE_PROXY, OKE_ADDON.VCN_NATIVE_CNI, OKE_ADDON.FLANNEL];
