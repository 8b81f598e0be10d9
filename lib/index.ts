export { CniType, ClusterNetwork, NodePoolNetwork } from './network';
export type {
  ClusterNetworkOptions,
  ClusterNetworkProps,
  ClusterNetworkSecurityGroups,
  ClusterNsgIds,
  ClusterRouteTables,
  ClusterSecurityLists,
  ClusterSubnetCidrs,
  ClusterSubnetIds,
  ClusterSubnets,
  ExistingVcn,
  OidcIssuerEgress,
  PodInternetEgress,
  INodePoolNetwork,
  NodePoolNetworkAttributes,
} from './network';
export { ClusterKeys } from './encryption';
export type { ExistingVault, ExistingKeys, ClusterKeysOptions, ClusterKeysProps } from './encryption';
export { Bastion, ClusterIam, WorkloadIdentityAccess } from './access';
export type { BastionOptions, BastionProps, ClusterIamProps, WorkloadIdentityAccessProps } from './access';
export { OidcSigningAlgorithm, OkeCluster } from './cluster';
export type { OidcAuthentication, PublicEndpoint, OkeClusterProps, IOkeCluster, OkeClusterAttributes } from './cluster';
export { NodePool, TaintEffect } from './compute';
export type {
  NodePoolAutoscaling,
  NodePoolOptions,
  NodePoolProps,
  NodePoolForClusterProps,
  NodeTaint,
  NodePoolUserData,
  CapacityReservationPlacement,
} from './compute';
export { OkeAddon, ClusterAutoscalerAddon, CertManagerAddon } from './addons';
export type {
  OkeAddonProps,
  ClusterAutoscalerAddonProps,
  ClusterAutoscalerAddonOptions,
  AutoscaledNodePool,
  CertManagerAddonProps,
  CertManagerAddonOptions,
  HardenedClusterAddonsOptions,
} from './addons';
export {
  FlowDirection,
  NetworkPolicyEngine,
  FlowPeerKind,
  FlowProtocol,
  FlowPeer,
  FlowPort,
  KubernetesBaseline,
  ClusterConfigStack,
  IamVerb,
} from './kubernetes';
export type {
  YamlVariable,
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
  HelmReleaseSpec,
  KubernetesBaselineProps,
  ClusterConnection,
  ClusterConfigStackProps,
  WorkloadPermission,
  WorkloadServiceAccount,
  WorkloadIdentityOptions,
  HelmChartOptions,
} from './kubernetes';
export { ImageSigningKeys, ContainerRepositories, VulnerabilityScanning, SupplyChain } from './supply-chain';
export type {
  ImagePolicyKeyDetail,
  ImagePolicyConfig,
  ImageSigningOptions,
  ImageSigningKeysProps,
  ContainerRepositoriesProps,
  VulnerabilityScanningProps,
  SupplyChainProps,
} from './supply-chain';
export {
  ClusterLogging,
  AuditRetention,
  LogArchiveSink,
  LogStreamSink,
  LogSinks,
  SecurityNotifications,
  ClusterAlarms,
  CompartmentCloudGuardTarget,
  Observability,
} from './observability';
export type {
  ClusterLoggingProps,
  AuditRetentionProps,
  ExistingArchiveBucket,
  LogArchiveOptions,
  LogArchiveSinkProps,
  ExistingLogStream,
  LogStreamOptions,
  LogStreamSinkProps,
  LogSinksOptions,
  LogSinksProps,
  NotificationOptions,
  SecurityNotificationsProps,
  ClusterAlarmOptions,
  ClusterAlarmsProps,
  CloudGuardOptions,
  CompartmentCloudGuardTargetProps,
  ObservabilityProps,
} from './observability';
export { FileStorageAccess, VaultSecretsAccess } from './storage';
export type { FileStorageAccessProps, VaultSecretsAccessProps, HardenedClusterFileStorageOptions } from './storage';
export { HardeningCompliance, Waivers } from './compliance';
export type { HardeningComplianceOptions, WaiverProps, RecordedWaiver } from './compliance';
export { HardenedCluster } from './hardened-cluster';
export type {
  HardenedClusterBastionOptions,
  HardenedClusterEncryptionOptions,
  HardenedClusterSupplyChainOptions,
  HardenedClusterObservabilityOptions,
  HardenedClusterKubernetesOptions,
  HardenedClusterProps,
} from './hardened-cluster';
export * as oci from './generated/providers/oci';
export { HardeningTesting } from './testing';
export type { HardeningCheckOptions, HardeningCheckResult, HardeningFailure, AppSnapshotOptions } from './testing';
