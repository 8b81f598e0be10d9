export { FlowDirection, NetworkPolicyEngine } from './types';
export type {
  NetworkFlow,
  NamespaceQuota,
  ContainerDefaults,
  ApplicationNamespace,
  AdmissionPolicyOptions,
  PodSecurityExemption,
  FileStorageClassOptions,
  VaultSecret,
  VaultSecretsOptions,
  SecretsStoreOptions,
  ControlPlaneAddresses,
  RuntimeDetectionOptions,
} from './types';
export { FlowPeerKind, FlowProtocol, FlowPeer, FlowPort } from './network-flow';
export { KubernetesBaseline } from './kubernetes-baseline';
export type { HelmReleaseSpec, KubernetesBaselineProps } from './kubernetes-baseline';
export { ClusterConfigStack } from './cluster-config-stack';
export type { ClusterConnection, ClusterConfigStackProps, ResourceManagerConnection } from './cluster-config-stack';
export type { YamlVariable } from './yaml-variables';
export { IamVerb } from './workload-identity';
export type { WorkloadPermission, WorkloadServiceAccount, WorkloadIdentityOptions } from './workload-identity';
export type { HelmChartOptions } from './helm-chart';
