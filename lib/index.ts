export * from './network';
export * from './encryption';
export * from './access';
export * from './cluster';
export * from './compute';
export * from './hardened-cluster';
export * as oci from './generated/providers/oci';
