#!/usr/bin/env node
// Thin launcher for the compiled CLI (lib/compliance/cli.ts, compiled by jsii into lib/compliance/cli.js).
// In a clone without a build, `npm run audit` runs it on ts-node (`node -r ts-node/register`), which resolves the
// TypeScript source instead.
'use strict';
let cli;
try {
  cli = require('../lib/compliance/cli');
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && /lib[\\/]compliance[\\/]cli/.test(err.message)) {
    process.stderr.write('cdktf-hardened-oke: lib/compliance/cli.js is missing; run `npm run compile` first\n');
    process.exit(2);
  }
  throw err;
}
process.exitCode = cli.main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
