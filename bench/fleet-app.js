#!/usr/bin/env node
// A Resource Manager fleet of N clusters in two regions (half eu-frankfurt-1, half us-ashburn-1, home eu-frankfurt-1),
// synthesized and packaged (one zip per stack, as `cdktf-hardened-oke fleet package` does). Prints one JSON line:
// synth and package times after imports, stacks, total zip size and the process's peak resident memory.
//   node bench/fleet-app.js <clusters> <outdir>
'use strict';
const path = require('path');
require('../scripts/ts-register');

const [count, outdir] = [Number(process.argv[2]), process.argv[3]];
const { App } = require('cdktf');
const { Fleet } = require(path.join(__dirname, '..', 'lib', 'fleet', 'fleet'));
const { packageFleet } = require(path.join(__dirname, '..', 'lib', 'fleet', 'package'));

async function main() {
  const t0 = process.hrtime.bigint();
  require('fs').mkdirSync(outdir, { recursive: true });
  const app = new App({ outdir });
  const clusters = Array.from({ length: count }, (_, i) => ({
    name: `fleet-${i}`,
    region: i % 2 === 0 ? 'eu-frankfurt-1' : 'us-ashburn-1',
    homeRegion: 'eu-frankfurt-1',
    compartmentId: 'ocid1.compartment.oc1..aaaaaaaaexamplecompartment',
    tenancyId: 'ocid1.tenancy.oc1..aaaaaaaaexampletenancy',
    kubernetesVersion: 'v1.33.1',
    bastion: { clientCidrs: ['203.0.113.0/24'] },
    adminGroupIds: ['ocid1.group.oc1..aaaaaaaaexampleadmins'],
    nodePools: [{ name: 'system', shape: 'VM.Standard.E5.Flex', ocpus: 2, memoryGbs: 16, size: 3 }],
  }));
  new Fleet(app, 'fleet', { clusters });
  app.synth();
  const t1 = process.hrtime.bigint();
  const packaged = await packageFleet(outdir, path.join(outdir, 'fleet'));
  const t2 = process.hrtime.bigint();
  console.log(JSON.stringify({
    clusters: count, stacks: packaged.length, synthMs: Number(t1 - t0) / 1e6, packageMs: Number(t2 - t1) / 1e6,
    zipBytes: packaged.reduce((n, s) => n + s.zipBytes, 0), maxRssKb: process.resourceUsage().maxRSS,
  }));
}
main().catch((err) => {
  console.error(err);
  process.exit(1);
});
