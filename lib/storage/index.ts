export * from './file-storage-access';
export * from './vault-secrets-access';
export { fileStorageCsiStatements, vaultSecretStatements } from './rules/iam-statements';
export { FSS_PORTS, MountTargetRule, MountTargetRuleProtocol, MountTargetRuleSide, mountTargetRules } from './rules/mount-target-rules';
export * from './file-storage-options';
