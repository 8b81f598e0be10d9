export * from './bastion';
export * from './cluster-iam';
