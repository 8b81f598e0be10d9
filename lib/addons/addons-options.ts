import type { CertManagerAddonOptions } from './cert-manager-addon';
import type { ClusterAutoscalerAddonOptions } from './cluster-autoscaler-addon';

/**
 * OKE managed add-ons of a HardenedCluster. The essential add-ons (CoreDNS, kube-proxy, the CNI plugin) stay as OKE
 * installs them: the library never disables one and has no prop that does.
 */
export interface HardenedClusterAddonsOptions {
  /**
   * Tuning of the Cluster Autoscaler add-on. The add-on is installed whenever a node pool sets minSize/maxSize;
   * setting this without such a pool is an error.
   * @default - installed with the version pinned for the cluster's Kubernetes minor and one replica when a pool is autoscaled
   */
  readonly clusterAutoscaler?: ClusterAutoscalerAddonOptions;
  /**
   * Install cert-manager as an OKE managed add-on.
   * @default - not installed
   */
  readonly certManager?: CertManagerAddonOptions;
}
