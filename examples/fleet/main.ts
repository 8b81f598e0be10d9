/**
 * A fleet for OCI Resource Manager: three hardened clusters in two regions, each an ORM stack pair (infrastructure,
 * then kubernetes, reached through an ORM private endpoint in the cluster's VCN). Synthesize, then let the fleet
 * command package and apply it:
 *   npm run synth -- examples/fleet/main.ts
 *   npx cdktf-hardened-oke fleet package cdktf.out && npx cdktf-hardened-oke fleet plan cdktf.out
 * The OCIDs are placeholders; set the environment variables to synthesize for your tenancy.
 */
import { App } from 'cdktf';
import { Fleet, HardenedClusterProps } from '../../lib';
import { EXAMPLE_SETTINGS, env } from '../settings';

const s = EXAMPLE_SETTINGS;
const homeRegion = env('OKE_HOME_REGION', 'eu-frankfurt-1');

function cluster(name: string, region: string, compartmentId: string): HardenedClusterProps {
  return {
    name, region, homeRegion, compartmentId,
    tenancyId: s.tenancyId,
    kubernetesVersion: 'v1.33.1',
    adminGroupIds: [s.adminGroupId],
    bastion: { clientCidrs: [s.bastionClientCidr] },
    nodePools: [{ name: 'system', shape: 'VM.Standard.E5.Flex' }],
  };
}

/** The example app; `outdir` lets tests synthesize it into a temporary folder. */
export function buildExampleApp(outdir?: string): App {
  const app = new App(outdir ? { outdir } : undefined);
  new Fleet(app, 'fleet', {
    clusters: [
      cluster('shop-eu-1', 'eu-frankfurt-1', env('OKE_FLEET_EU_COMPARTMENT_ID', 'ocid1.compartment.oc1..aaaaaaaaexamplefleeteu')),
      cluster('shop-eu-2', 'eu-frankfurt-1', env('OKE_FLEET_EU_COMPARTMENT_ID', 'ocid1.compartment.oc1..aaaaaaaaexamplefleeteu')),
      cluster('shop-us-1', 'us-ashburn-1', env('OKE_FLEET_US_COMPARTMENT_ID', 'ocid1.compartment.oc1..aaaaaaaaexamplefleetus')),
    ],
  });
  return app;
}

if (!process.env.JEST_WORKER_ID) buildExampleApp().synth();
