export { ClusterKeys } from './cluster-keys';
export type { ExistingVault, ExistingKeys, ClusterKeysOptions, ClusterKeysProps } from './cluster-keys';
