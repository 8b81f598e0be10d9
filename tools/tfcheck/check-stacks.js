#!/usr/bin/env node
// Runs the real terraform CLI's `validate` and `plan` on every synthesized stack, offline, through the stand-in
// provider in this folder that serves the schemas in schema/, and the teardown check (`--destroy`: apply into a
// local state, plan -destroy stops only at prevent_destroy resources, destroy of the rest completes in dependency
// order) on every stack that plans on its own. Usage: npm run check:terraform [-- cdktf.out] [--data answers.json]
// Without a terraform CLI on PATH it says so and exits 0: npm test never needs Terraform; CI runs this step.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..', '..');
// `--data <answers.json>`: data sources answer from a stand-in tenancy (README "Data source answers"), so the
// plan-time conditions on brought resources can pass, e.g. examples/bring-your-own/stand-in-tenancy.json.
const argv = process.argv.slice(2);
const dataAt = argv.indexOf('--data');
// Without --data, stand-in-node-images.json answers what the examples' own conditions read: the node pools' image
// options with OKE-style image names of the examples' versions, so the apply of the destroy check passes the pools'
// image precondition (the stand-in's "placeholder" names match nothing), and Cloud Guard's configuration as enabled
// with the examples' region (eu-frankfurt-1, examples/settings.ts) as reporting region, so the Cloud Guard target's
// preconditions pass.
const dataArgs = ['--data', dataAt >= 0 ? path.resolve(argv.splice(dataAt, 2)[1]) : path.join(__dirname, 'stand-in-node-images.json')];
const outdir = path.resolve(argv[0] || path.join(root, 'cdktf.out'));
if (spawnSync('terraform', ['version'], { stdio: 'ignore' }).status !== 0) {
  console.log('check:terraform: no terraform CLI on PATH; skipped');
  process.exit(0);
}
const stacksDir = path.join(outdir, 'stacks');
if (!fs.existsSync(stacksDir)) {
  console.error(`check:terraform: ${stacksDir} does not exist; run npm run synth first`);
  process.exit(2);
}
const schemaArgs = fs.readdirSync(path.join(root, 'schema')).filter((f) => f.endsWith('.json')).sort()
  .flatMap((f) => ['--schema', path.join(root, 'schema', f)]);
let failed = 0;
for (const stack of fs.readdirSync(stacksDir).sort()) {
  const config = JSON.parse(fs.readFileSync(path.join(stacksDir, stack, 'cdk.tf.json'), 'utf8'));
  // A stack fed by cross-stack references plans only once the stack it reads has state (is applied).
  const needsUpstream = Boolean(config.data && config.data.terraform_remote_state);
  const args = [path.join(__dirname, 'tfcheck.mjs'), path.join(stacksDir, stack), ...(needsUpstream ? [] : ['--plan', '--destroy']), ...schemaArgs, ...dataArgs];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const last = (result.stdout + result.stderr).trim().split('\n').pop();
  console.log(`${stack}: ${last}${needsUpstream ? ' (plan and destroy need the upstream stack applied: validate only)' : ''}`);
  if (result.status !== 0) {
    failed++;
    console.log(result.stdout + result.stderr);
  }
}
process.exit(failed ? 1 : 0);
