export { OkeAddon } from './oke-addon';
export type { OkeAddonProps } from './oke-addon';
export { ClusterAutoscalerAddon } from './cluster-autoscaler-addon';
export type {
  ClusterAutoscalerAddonProps,
  ClusterAutoscalerAddonOptions,
  AutoscaledNodePool,
} from './cluster-autoscaler-addon';
export { CertManagerAddon } from './cert-manager-addon';
export type { CertManagerAddonProps, CertManagerAddonOptions } from './cert-manager-addon';
export type { HardenedClusterAddonsOptions } from './addons-options';
