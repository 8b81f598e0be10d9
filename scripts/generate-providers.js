#!/usr/bin/env node
// Regenerates lib/generated/providers/oci from schema/oracle-oci-8.28.0.min.json with cdktf's own generator
// (@cdktf/provider-generator 0.21.0), the same code `cdktf get` runs. Offline and deterministic.
//   node scripts/generate-providers.js [outdir]     (default: lib/generated)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const SCHEMA_FILE = path.join(ROOT, 'schema', 'oracle-oci-8.28.0.min.json');
const PROVIDER_SOURCE = 'registry.terraform.io/oracle/oci';
const PROVIDER_VERSION = '8.28.0';

async function generate(outdir) {
  // @cdktf/commons complains about a missing terraformrc; an empty one keeps the output quiet.
  if (!process.env.TF_CLI_CONFIG_FILE) {
    const rc = path.join(os.tmpdir(), 'cdktf-hardened-oke-empty.tfrc');
    fs.writeFileSync(rc, '');
    process.env.TF_CLI_CONFIG_FILE = rc;
  }
  // @cdktf/commons runs `terraform version` on import; nothing here needs Terraform.
  if (!process.env.TERRAFORM_BINARY_NAME) process.env.TERRAFORM_BINARY_NAME = 'true';
  process.env.CHECKPOINT_DISABLE = '1';
  const { CodeMaker } = require('codemaker');
  const { TerraformProviderGenerator } = require('@cdktf/provider-generator/lib/get/generator/provider-generator');
  const { ConstructsMakerProviderTarget, TerraformProviderConstraint, LANGUAGES } = require('@cdktf/commons');

  const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  schema.provider_versions = { [PROVIDER_SOURCE]: PROVIDER_VERSION };
  const code = new CodeMaker();
  code.indentation = 2;
  const generator = new TerraformProviderGenerator(code, schema);
  generator.generate(new ConstructsMakerProviderTarget(new TerraformProviderConstraint('oracle/oci@~> 8.28'), LANGUAGES[0]));
  fs.rmSync(path.join(outdir, 'providers'), { recursive: true, force: true });
  await code.save(outdir);
  pinToConstraint(path.join(outdir, 'providers', 'oci'));
}

// cdktf writes `providerVersion` (the exact 8.28.0) into required_providers when present. Dropping it leaves the
// constraint, so stacks pin "~> 8.28": later 8.x releases are accepted, 9.0 is not. Docs links keep 8.28.0.
function pinToConstraint(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name, 'index.ts');
    if (!entry.isDirectory() || !fs.existsSync(file)) continue;
    const source = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, source.replace(/^ *providerVersion: '[^']+',\n/gm, ''));
  }
}

module.exports = { generate };

if (require.main === module) {
  const outdir = path.resolve(process.argv[2] || path.join(ROOT, 'lib', 'generated'));
  generate(outdir).then(
    () => console.log(`generated oracle/oci ${PROVIDER_VERSION} bindings in ${path.relative(process.cwd(), outdir) || '.'}`),
    (err) => { console.error(err); process.exit(1); },
  );
}
