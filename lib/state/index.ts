export { OciBackend, OciBackendAuth, DataTerraformRemoteStateOci } from './oci-backend';
export type { OciBackendConfig, DataTerraformRemoteStateOciConfig } from './oci-backend';
