export * from './cluster-keys';
