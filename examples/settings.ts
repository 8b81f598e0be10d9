/**
 * What every example shares: placeholder OCIDs overridable from the environment, a relative state path (so the
 * synthesized JSON is identical on every machine) and the OCI provider without credentials (they come from
 * ~/.oci/config or the environment, never from the stack).
 */
import { LocalBackend, TerraformStack } from 'cdktf';
import { OciProvider } from '../lib/generated/providers/oci/provider';

/** The environment variable's value, or the documented placeholder. */
export const env = (name: string, placeholder: string): string => process.env[name] || placeholder;

const region = env('OKE_REGION', 'eu-frankfurt-1');

export const EXAMPLE_SETTINGS = {
  region,
  // The tenancy's home region: identity resources are created there (through an aliased provider when it differs).
  homeRegion: env('OKE_HOME_REGION', region),
  tenancyId: env('OKE_TENANCY_ID', 'ocid1.tenancy.oc1..aaaaaaaaexampletenancy'),
  compartmentId: env('OKE_COMPARTMENT_ID', 'ocid1.compartment.oc1..aaaaaaaaexamplecompartment'),
  adminGroupId: env('OKE_ADMIN_GROUP_ID', 'ocid1.group.oc1..aaaaaaaaexampleadmins'),
  bastionClientCidr: env('OKE_BASTION_CLIENT_CIDR', '203.0.113.0/24'),
};

/** A local backend with a relative path and the OCI provider for the example's region. */
export function prepareExampleStack(stack: TerraformStack): void {
  new LocalBackend(stack, { path: `terraform.${stack.node.id}.tfstate` });
  new OciProvider(stack, 'oci', { region: EXAMPLE_SETTINGS.region });
}
