#!/usr/bin/env node
// Synthesizes an example app into cdktf.out/ without cdktf-cli: `npm run synth [-- examples/<name>/main.ts]`.
'use strict';
const path = require('path');
require('./ts-register');
const entry = path.resolve(process.argv[2] || path.join(__dirname, '..', 'examples', 'hardened-cluster', 'main.ts'));
require(entry);
