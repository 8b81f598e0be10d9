export * from './types';
export * from './network-flow';
export * from './kubernetes-baseline';
export * from './cluster-config-stack';
export { YamlVariable } from './yaml-variables';
export * from './workload-identity';
export * from './helm-chart';
