// The composite: HardenedCluster and its props interfaces.
export { HardenedCluster } from './hardened-cluster';
export type {
  HardenedClusterBastionOptions,
  HardenedClusterEncryptionOptions,
  HardenedClusterSupplyChainOptions,
  HardenedClusterObservabilityOptions,
  HardenedClusterKubernetesOptions,
  HardenedClusterProps,
} from './hardened-cluster-props';
