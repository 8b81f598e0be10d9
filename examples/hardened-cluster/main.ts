/**
 * The example hardened cluster: `npm run synth` writes it to cdktf.out/ with no OCI account.
 * The OCIDs below are placeholders; set the environment variables to synthesize for your tenancy.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedCluster } from '../../lib';
import { EXAMPLE_SETTINGS, prepareExampleStack } from '../settings';


export class ProductionStack extends TerraformStack {
  public readonly cluster: HardenedCluster;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const s = EXAMPLE_SETTINGS;
    prepareExampleStack(this);

    this.cluster = new HardenedCluster(this, 'prod', {
      compartmentId: s.compartmentId,
      tenancyId: s.tenancyId,
      region: s.region,
      homeRegion: s.homeRegion,
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
