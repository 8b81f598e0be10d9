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
// Two regions by default: the examples' region (OKE_REGION, eu-frankfurt-1) and a second one.
const secondRegion = env('OKE_FLEET_SECOND_REGION', 'us-ashburn-1');

function cluster(name: string, region: string, compartmentId: string): HardenedClusterProps {
  return {
    name, region, homeRegion: s.homeRegion, compartmentId,
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
      cluster('shop-eu-1', s.region, s.compartmentId),
      // One compartment per cluster: each worker dynamic group matches its nodes by compartment (control IAM-15).
      cluster('shop-eu-2', s.region, env('OKE_FLEET_EU2_COMPARTMENT_ID', 'ocid1.compartment.oc1..aaaaaaaaexampleshopeu2')),
      cluster('shop-us-1', secondRegion, env('OKE_FLEET_SECOND_COMPARTMENT_ID', 'ocid1.compartment.oc1..aaaaaaaaexampleshopus1')),
    ],
  });
  return app;
}

if (!process.env.JEST_WORKER_ID) buildExampleApp().synth();
