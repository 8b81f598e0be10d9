export * from './file-storage-access';
export * from './vault-secrets-access';
export { fileStorageCsiStatements, vaultSecretStatements } from './rules/iam-statements';
// The rule table's types stay private: jsii supports no literal object types (ports) in its surface.
export { FSS_PORTS, mountTargetRules } from './rules/mount-target-rules';
export * from './file-storage-options';
