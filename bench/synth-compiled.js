#!/usr/bin/env node
// `npm run synth` against the compiled library: node bench/synth-compiled.js <examples/<name>/main.ts>
'use strict';
const path = require('path');
const Module = require('module');
require('./compiled-register');
// The example runs as the main module, as scripts/synth-example.js runs it.
process.argv[1] = path.resolve(process.argv[2]);
process.argv.splice(2, 1);
Module.runMain();
