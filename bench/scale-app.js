#!/usr/bin/env node
// N hardened clusters in one app, each in its own infrastructure stack with two node pools (plus whatever
// stacks HardenedCluster adds, e.g. its Kubernetes stack). Prints one JSON line: construct+synth time after
// imports, and the process's peak resident memory.
//   node bench/scale-app.js <clusters> <outdir>
'use strict';
const path = require('path');
require('ts-node').register({ project: path.join(__dirname, '..', 'tsconfig.dev.json') });

const [count, outdir] = [Number(process.argv[2]), process.argv[3]];
const { App, LocalBackend, TerraformStack } = require('cdktf');
const { HardenedCluster } = require(path.join(__dirname, '..', 'lib', 'hardened-cluster'));
const { OciProvider } = require(path.join(__dirname, '..', 'lib', 'generated', 'providers', 'oci', 'provider'));

const t0 = process.hrtime.bigint();
const app = new App({ outdir });
// BENCH_WAIVE=A,B waives controls app-wide (none by default: every control runs and is measured).
const waive = (process.env.BENCH_WAIVE ?? '').split(',').filter(Boolean);
const waiversModule = path.join(__dirname, '..', 'lib', 'compliance', 'waivers.ts');
if (count > 1 && waive.length > 0 && require('fs').existsSync(waiversModule)) {
  const { Waivers } = require(waiversModule);
  for (const controlId of waive) {
    Waivers.record(app, { controlId, scope: '*', reason: 'benchmark of several clusters in one app: the control counts bindings across clusters' });
  }
}
for (let i = 0; i < count; i++) {
  const stack = new TerraformStack(app, `infra-${i}`);
  new LocalBackend(stack, { path: `terraform.infra-${i}.tfstate` });
  new OciProvider(stack, 'oci', { region: 'eu-frankfurt-1' });
  new HardenedCluster(stack, `c${i}`, {
    compartmentId: 'ocid1.compartment.oc1..aaaaaaaaexamplecompartment',
    tenancyId: 'ocid1.tenancy.oc1..aaaaaaaaexampletenancy',
    region: 'eu-frankfurt-1',
    kubernetesVersion: 'v1.33.1',
    network: { vcnCidr: `10.${i}.0.0/16` },
    bastion: { clientCidrs: ['203.0.113.0/24'] },
    adminGroupIds: ['ocid1.group.oc1..aaaaaaaaexampleadmins'],
    nodePools: [
      { name: 'system', shape: 'VM.Standard.E5.Flex', ocpus: 2, memoryGbs: 16, size: 3 },
      { name: 'apps', shape: 'VM.Standard.E5.Flex', ocpus: 4, memoryGbs: 32, size: 3 },
    ],
  });
}
app.synth();
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(JSON.stringify({ clusters: count, stacks: app.node.children.length, ms, maxRssKb: process.resourceUsage().maxRSS, waived: count > 1 ? waive : [] }));
