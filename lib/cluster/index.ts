export * from './oidc';
export * from './oke-cluster';
