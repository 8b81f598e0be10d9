export { Fleet, FleetProps } from './fleet';
export { ResourceManagerBackend } from './resource-manager-backend';
export { ResourceManagerEndpoint, ResourceManagerEndpointProps } from './resource-manager-endpoint';
export { ResourceManagerOptions } from './resource-manager-options';
export { ResourceManagerPolicy, ResourceManagerPolicyOptions } from './resource-manager-policy';
export { Terraform15Lint, Terraform15Problem } from './terraform15-lint';
