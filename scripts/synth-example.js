#!/usr/bin/env node
// Synthesizes an example app into cdktf.out/ without cdktf-cli: `npm run synth [-- examples/<name>/main.ts]`.
'use strict';
const fs = require('fs');
const path = require('path');
const Module = require('module');
require('./ts-register');
// Like `cdktf synth`, start from an empty output folder so no stack of an earlier synth lingers.
fs.rmSync(path.resolve(process.env.CDKTF_OUTDIR || 'cdktf.out'), { recursive: true, force: true });
// The example runs as the main module, as under `cdktf synth` (`"app": "npx ts-node main.ts"`).
process.argv[1] = path.resolve(process.argv[2] || path.join(__dirname, '..', 'examples', 'hardened-cluster', 'main.ts'));
process.argv.splice(2, 1);
Module.runMain();
