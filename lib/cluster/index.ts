export * from './oidc';
export * from './oke-cluster';
export * from './cluster-ref';
