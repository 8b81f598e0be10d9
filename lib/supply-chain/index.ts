export { ImageSigningKeys } from './image-signing-keys';
export type {
  ImagePolicyKeyDetail,
  ImagePolicyConfig,
  ImageSigningOptions,
  ImageSigningKeysProps,
} from './image-signing-keys';
export { ContainerRepositories } from './container-repositories';
export type { ContainerRepositoriesProps } from './container-repositories';
export { VulnerabilityScanning } from './vulnerability-scanning';
export type { VulnerabilityScanningProps } from './vulnerability-scanning';
export { SupplyChain } from './supply-chain';
export type { SupplyChainProps } from './supply-chain';
