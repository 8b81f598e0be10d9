export { ClusterKeys } from './cluster-keys';
export type { ExistingVault, ExistingKeys, ClusterKeysOptions, ClusterKeysProps } from './cluster-keys';
export type { IClusterKeys, ClusterKeysAttributes } from './cluster-keys-ref';
