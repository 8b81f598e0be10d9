#!/usr/bin/env node
// Synthesizes an example app into cdktf.out/ without cdktf-cli: `npm run synth [-- examples/<name>/main.ts]`.
// The example runs on ts-node, the TypeScript runner cdktf's own app template uses (`"app": "npx ts-node main.ts"`),
// configured once in tsconfig.dev.json ("ts-node": swc transpiler, library sources preferred over stale jsii
// output). tsx would do as well; ts-node is what cdktf users already have, and it reuses the tests' @swc/core.
// BENCH_COMPILED=1 (bench/run.js) lets the library run from the JavaScript jsii compiled next to its sources.
'use strict';
const fs = require('fs');
const path = require('path');
const Module = require('module');
require('ts-node').register({
  project: path.join(__dirname, '..', 'tsconfig.dev.json'),
  ...(process.env.BENCH_COMPILED === '1' ? { preferTsExts: false } : {}),
});
// Like `cdktf synth`, start from an empty output folder so no stack of an earlier synth lingers.
fs.rmSync(path.resolve(process.env.CDKTF_OUTDIR || 'cdktf.out'), { recursive: true, force: true });
// The example runs as the main module, as under `cdktf synth`.
process.argv[1] = path.resolve(process.argv[2] || path.join(__dirname, '..', 'examples', 'hardened-cluster', 'main.ts'));
process.argv.splice(2, 1);
Module.runMain();
