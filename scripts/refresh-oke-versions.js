#!/usr/bin/env node
/*
 * Refreshes lib/core/data/oke-kubernetes-versions.json, the Kubernetes versions the library accepts.
 *
 *   oci ce cluster-options get --cluster-option-id all > options.json     (needs OCI CLI credentials)
 *   node scripts/refresh-oke-versions.js options.json
 *
 * The CLI prints GetClusterOptions ({ "data": { "kubernetes-versions": [...] } }), the versions OKE offers for new
 * clusters in your region. Without the CLI, copy the versions from Oracle's "Supported Versions of Kubernetes"
 * page into a file shaped like { "data": { "kubernetes-versions": ["v1.34.1", ...] } } and pass that.
 * Review the diff, run `npx jest test/core`, and add a CHANGELOG line.
 */
const fs = require('fs');
const path = require('path');

const input = process.argv[2];
if (!input) {
  console.error('usage: node scripts/refresh-oke-versions.js <output of `oci ce cluster-options get --cluster-option-id all`>');
  process.exit(2);
}
const parsed = JSON.parse(fs.readFileSync(input, 'utf8'));
const raw = (parsed.data ?? parsed)['kubernetes-versions'] ?? (parsed.data ?? parsed).kubernetesVersions;
if (!Array.isArray(raw) || raw.length === 0) {
  console.error(`${input}: no "kubernetes-versions" array found`);
  process.exit(1);
}
const bad = raw.filter((v) => !/^v\d+\.\d+\.\d+$/.test(v));
if (bad.length > 0) {
  console.error(`${input}: not vMAJOR.MINOR.PATCH: ${bad.join(', ')}`);
  process.exit(1);
}
const key = (v) => v.slice(1).split('.').map(Number);
const versions = [...new Set(raw)].sort((a, b) => { const x = key(a); const y = key(b); return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]; });
const file = path.join(__dirname, '..', 'lib', 'core', 'data', 'oke-kubernetes-versions.json');
const previous = JSON.parse(fs.readFileSync(file, 'utf8'));
const data = {
  readOn: new Date().toISOString().slice(0, 10),
  source: `OCI API GetClusterOptions (oci ce cluster-options get --cluster-option-id all), file ${path.basename(input)}`,
  refresh: previous.refresh,
  versions,
  // Dates are read by hand from Oracle's page (the API gives none): kept across refreshes, edit them there.
  minors: previous.minors,
  minorsSource: previous.minorsSource,
  endedSupport: previous.endedSupport,
};
fs.writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
console.log(`wrote ${versions.length} versions (${versions[0]} .. ${versions[versions.length - 1]}) to ${path.relative(process.cwd(), file)}`);
