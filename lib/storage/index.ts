export * from './file-storage-access';
export * from './vault-secrets-access';
export { fileStorageCsiStatements, vaultSecretStatements } from './private/iam-statements';
// The rule table's types stay internal (an inline port-range type and literal unions are not jsii types).
export { FSS_PORTS, mountTargetRules } from './mount-target-rules';
export * from './file-storage-options';
