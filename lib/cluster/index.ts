export { OidcSigningAlgorithm } from './oidc';
export type { OidcAuthentication } from './oidc';
export { OkeCluster } from './oke-cluster';
export type { PublicEndpoint, OkeClusterProps } from './oke-cluster';
export type { IOkeCluster, OkeClusterAttributes } from './cluster-ref';
