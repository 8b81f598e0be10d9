export { Bastion } from './bastion';
export type { BastionOptions, BastionProps } from './bastion';
export { ClusterIam } from './cluster-iam';
export type { ClusterIamProps } from './cluster-iam';
export { WorkloadIdentityAccess } from './workload-identity-access';
export type { WorkloadIdentityAccessProps } from './workload-identity-access';
