export * from './types';
export * from './kubernetes-baseline';
export * from './cluster-config-stack';
export { YamlVariable } from './private/yaml-variables';
