export { OkeAddon, OkeAddonProps } from './oke-addon';
export { ClusterAutoscalerAddon, ClusterAutoscalerAddonProps, ClusterAutoscalerAddonOptions, AutoscaledNodePool } from './cluster-autoscaler-addon';
export { CertManagerAddon, CertManagerAddonProps, CertManagerAddonOptions } from './cert-manager-addon';
export { HardenedClusterAddonsOptions } from './addons-options';
