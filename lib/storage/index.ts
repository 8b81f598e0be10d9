export { FileStorageAccess } from './file-storage-access';
export type { FileStorageAccessProps } from './file-storage-access';
export { VaultSecretsAccess } from './vault-secrets-access';
export type { VaultSecretsAccessProps } from './vault-secrets-access';
export type { HardenedClusterFileStorageOptions } from './file-storage-options';
