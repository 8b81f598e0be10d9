#!/usr/bin/env node
// The benchmark's baseline: a bare cdktf app that creates exactly the resources, data sources, providers and
// outputs of an already synthesized app with the same generated bindings, but none of the library's validation,
// defaults, rule tables, manifests or report. Built generically from the synthesized JSON, so it follows the
// example whatever stacks it grows.
//   node bench/bare-app.js <synthesized cdktf.out> <outdir>
'use strict';
const fs = require('fs');
const path = require('path');
// Same loading conditions as the example (scripts/synth-example.js): bindings from TypeScript on ts-node, or
// (BENCH_COMPILED=1) from the JavaScript jsii compiled.
require('ts-node').register({ project: path.join(__dirname, '..', 'tsconfig.dev.json'), ...(process.env.BENCH_COMPILED === '1' ? { preferTsExts: false } : {}) });

const ROOT = path.resolve(__dirname, '..');
const [source, outdir] = process.argv.slice(2);
const { App, TerraformStack, TerraformResource, TerraformDataSource, TerraformProvider, TerraformOutput, LocalBackend } = require('cdktf');

const PACKAGES = { kubernetes: '@cdktf/provider-kubernetes/lib', helm: '@cdktf/provider-helm/lib' };
const classes = new Map();

/** The generated binding class of a resource, data source or provider type, or undefined. */
function bindingOf(type, kind) {
  const key = `${kind}:${type}`;
  if (classes.has(key)) return classes.get(key);
  const provider = type.split('_')[0];
  const rest = type.slice(provider.length + 1).replace(/_/g, '-');
  const dirName = kind === 'provider' ? 'provider' : kind === 'data' ? `data-${provider}-${rest}` : rest;
  const base = provider === 'oci' ? path.join(ROOT, 'lib', 'generated', 'providers', 'oci') : PACKAGES[provider];
  let cls;
  if (base) {
    try {
      const mod = require(provider === 'oci' ? path.join(base, dirName) : `${base}/${dirName}`);
      cls = Object.values(mod).find((c) => typeof c === 'function' && c.tfResourceType === type);
    } catch {
      cls = undefined; // e.g. terraform_remote_state: built raw below
    }
  }
  classes.set(key, cls);
  return cls;
}

function applyBody(construct, body) {
  for (const [key, value] of Object.entries(body)) {
    if (key !== '//') construct.addOverride(key, value);
  }
}

const app = new App({ outdir });
const manifest = JSON.parse(fs.readFileSync(path.join(source, 'manifest.json'), 'utf8'));
for (const name of Object.keys(manifest.stacks)) {
  const json = JSON.parse(fs.readFileSync(path.join(source, manifest.stacks[name].synthesizedStackPath), 'utf8'));
  const stack = new TerraformStack(app, name);
  const backend = json.terraform?.backend?.local;
  if (backend) new LocalBackend(stack, backend);
  for (const [type, list] of Object.entries(json.provider ?? {})) {
    (Array.isArray(list) ? list : [list]).forEach((body, i) => {
      const Cls = bindingOf(type, 'provider');
      const p = Cls ? new Cls(stack, `provider-${type}-${i}`, {}) : new TerraformProvider(stack, `provider-${type}-${i}`, { terraformResourceType: type });
      applyBody(p, body);
    });
  }
  for (const [section, kind] of [['resource', 'resource'], ['data', 'data']]) {
    for (const [type, byName] of Object.entries(json[section] ?? {})) {
      for (const [logicalId, body] of Object.entries(byName)) {
        const Cls = bindingOf(type, kind);
        const id = `${type}.${logicalId}`;
        const Raw = kind === 'data' ? TerraformDataSource : TerraformResource;
        const c = Cls ? new Cls(stack, id, {}) : new Raw(stack, id, { terraformResourceType: type });
        c.overrideLogicalId(logicalId);
        applyBody(c, body);
      }
    }
  }
  for (const [logicalId, body] of Object.entries(json.output ?? {})) {
    const o = new TerraformOutput(stack, `output.${logicalId}`, { value: body.value, description: body.description, sensitive: body.sensitive });
    o.overrideLogicalId(logicalId);
  }
}
app.synth();
