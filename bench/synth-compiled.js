#!/usr/bin/env node
// `npm run synth` against the compiled library: node bench/synth-compiled.js <examples/<name>/main.ts>
'use strict';
const path = require('path');
require('./compiled-register');
require(path.resolve(process.argv[2]));
