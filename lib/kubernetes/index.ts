export * from './types';
export * from './kubernetes-baseline';
export * from './cluster-config-stack';
export * from './workload-identity';
export * from './helm-chart';
