/**
 * The smallest hardened cluster: everything the library makes private and encrypted by default, nothing more.
 * One node pool, a new VCN with the default subnet layout, a bastion for the private API endpoint.
 *   npm run synth -- examples/minimal/main.ts
 * The OCIDs are placeholders; set the environment variables to synthesize for your tenancy.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedCluster } from '../../lib';
import { EXAMPLE_SETTINGS, prepareExampleStack } from '../settings';


export class MinimalStack extends TerraformStack {
  public readonly cluster: HardenedCluster;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const s = EXAMPLE_SETTINGS;
    prepareExampleStack(this);

    // Only what has no safe default: where, which version, who may open bastion sessions, and the nodes.
    this.cluster = new HardenedCluster(this, 'minimal', {
      compartmentId: s.compartmentId,
      tenancyId: s.tenancyId,
      region: s.region,
      homeRegion: s.homeRegion,
      kubernetesVersion: 'v1.33.1',
      bastion: { clientCidrs: [s.bastionClientCidr] },
      nodePools: [{ name: 'system', shape: 'VM.Standard.E5.Flex' }],
    });
  }
}

/** The example app; `outdir` lets tests synthesize it into a temporary folder. */
export function buildExampleApp(outdir?: string): App {
  const app = new App(outdir ? { outdir } : undefined);
  new MinimalStack(app, 'minimal');
  return app;
}

if (!process.env.JEST_WORKER_ID) buildExampleApp().synth();
