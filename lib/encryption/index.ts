export * from './cluster-keys';
export * from './cluster-keys-ref';
