// The package root: each capability folder's barrel lists its exports by name; the root re-exports the folders
// whole (one list per name, kept in the folder that owns it), the composite's names, and the OCI bindings as `oci`.
export * from './network';
export * from './encryption';
export * from './access';
export * from './cluster';
export * from './compute';
export * from './addons';
export * from './kubernetes';
export * from './supply-chain';
export * from './observability';
export * from './storage';
export * from './state';
export * from './compliance';
export * from './testing';
export * from './fleet';
export { HardenedCluster } from './hardened-cluster';
export type {
  HardenedClusterBastionOptions,
  HardenedClusterEncryptionOptions,
  HardenedClusterSupplyChainOptions,
  HardenedClusterObservabilityOptions,
  HardenedClusterKubernetesOptions,
  HardenedClusterProps,
} from './hardened-cluster';
export * as oci from './generated/providers/oci';
