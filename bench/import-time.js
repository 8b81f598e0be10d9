#!/usr/bin/env node
// Time to require one module in a fresh process: node bench/import-time.js <module> [--ts]
// With --ts ts-node (as scripts/synth-example.js configures it) is registered first, and its own cost is reported apart.
'use strict';
const path = require('path');
const [target, flag] = process.argv.slice(2);
let hookMs = 0;
if (flag === '--ts') {
  const h = process.hrtime.bigint();
  require('ts-node').register({ project: path.join(__dirname, '..', 'tsconfig.dev.json') });
  hookMs = Number(process.hrtime.bigint() - h) / 1e6;
}
const t0 = process.hrtime.bigint();
const mod = require(path.resolve(target));
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(JSON.stringify({ ms, hookMs, exports: Object.keys(mod).length, rssKb: Math.round(process.memoryUsage().rss / 1024) }));
