export * from './types';
export * from './kubernetes-baseline';
export * from './cluster-config-stack';
