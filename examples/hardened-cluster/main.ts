/**
 * The example hardened cluster: `npm run synth` writes it to cdktf.out/ with no OCI account.
 * The OCIDs below are placeholders; set the environment variables to synthesize for your tenancy.
 */
import { App, LocalBackend, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedCluster } from '../../lib';
import { OciProvider } from '../../lib/generated/providers/oci/provider';

const env = (name: string, placeholder: string) => process.env[name] || placeholder;

export const EXAMPLE_SETTINGS = {
  region: env('OKE_REGION', 'eu-frankfurt-1'),
  tenancyId: env('OKE_TENANCY_ID', 'ocid1.tenancy.oc1..aaaaaaaaexampletenancy'),
  compartmentId: env('OKE_COMPARTMENT_ID', 'ocid1.compartment.oc1..aaaaaaaaexamplecompartment'),
  adminGroupId: env('OKE_ADMIN_GROUP_ID', 'ocid1.group.oc1..aaaaaaaaexampleadmins'),
  bastionClientCidr: env('OKE_BASTION_CLIENT_CIDR', '203.0.113.0/24'),
};

export class ProductionStack extends TerraformStack {
  public readonly cluster: HardenedCluster;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const s = EXAMPLE_SETTINGS;
    // A relative state path keeps the synthesized JSON identical on every machine.
    new LocalBackend(this, { path: `terraform.${id}.tfstate` });
    // Authentication comes from ~/.oci/config or the environment, never from the stack.
    new OciProvider(this, 'oci', { region: s.region });

    this.cluster = new HardenedCluster(this, 'prod', {
      compartmentId: s.compartmentId,
      tenancyId: s.tenancyId,
      region: s.region,
      kubernetesVersion: 'v1.33.1',
      network: { vcnCidr: '10.0.0.0/16' },
      bastion: { clientCidrs: [s.bastionClientCidr] },
      adminGroupIds: [s.adminGroupId],
      nodePools: [{ name: 'system', shape: 'VM.Standard.E5.Flex', ocpus: 2, memoryGbs: 16, size: 3 }],
      // Each application namespace gets restricted Pod Security, default-deny policies with DNS egress only,
      // a LimitRange, a ResourceQuota and RBAC for its IAM groups.
      kubernetes: { applicationNamespaces: [{ name: 'apps', adminGroupIds: [s.adminGroupId] }] },
    });
  }
}

/** The example app; `outdir` lets tests synthesize it into a temporary folder. */
export function buildExampleApp(outdir?: string): App {
  const app = new App(outdir ? { outdir } : undefined);
  new ProductionStack(app, 'prod');
  return app;
}

if (!process.env.JEST_WORKER_ID) buildExampleApp().synth();
