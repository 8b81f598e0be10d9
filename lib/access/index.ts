export * from './bastion';
export * from './cluster-iam';
export * from './workload-identity-access';
