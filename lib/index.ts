// The package root: each capability folder's barrel lists its exports by name; the root re-exports the folders
// whole (one list per name, kept in the folder that owns it), the composite's folder included, and the OCI bindings as `oci`.
export * from './network';
export * from './encryption';
export * from './access';
export * from './cluster';
export * from './compute';
export * from './addons';
export * from './kubernetes';
export * from './supply-chain';
export * from './observability';
export * from './storage';
export * from './state';
export * from './compliance';
export * from './testing';
export * from './fleet';
export * from './hardened-cluster';
export * as oci from './generated/providers/oci';
