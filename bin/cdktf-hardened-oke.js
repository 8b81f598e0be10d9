#!/usr/bin/env node
// Thin launcher: the CLI lives in lib/compliance/cli (compiled by jsii into lib/compliance/cli.js).
// On a fresh clone (no build yet) it compiles the TypeScript sources in memory with @swc/core, a devDependency.
'use strict';
const fs = require('fs');
const path = require('path');

const lib = path.join(__dirname, '..', 'lib', 'compliance');
const compiled = path.join(lib, 'cli.js');

function loadFromSource() {
  let swc;
  try {
    swc = require('@swc/core');
  } catch {
    process.stderr.write('cdktf-hardened-oke: lib/compliance/cli.js is missing; run `npm run compile` first\n');
    process.exit(2);
  }
  require.extensions['.ts'] = (module, filename) => {
    const source = fs.readFileSync(filename, 'utf8');
    const { code } = swc.transformSync(source, {
      filename,
      jsc: { parser: { syntax: 'typescript', decorators: true }, target: 'es2020' },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    });
    module._compile(code, filename);
  };
  // Prefer sources over stale compiled JavaScript for relative imports made from TypeScript files.
  const Module = require('module');
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    if (parent && parent.filename && parent.filename.endsWith('.ts') && request.startsWith('.')) {
      const candidate = path.resolve(path.dirname(parent.filename), request + '.ts');
      if (fs.existsSync(candidate)) return candidate;
    }
    return resolve.call(this, request, parent, ...rest);
  };
  return require(path.join(lib, 'cli.ts'));
}

const cli = fs.existsSync(compiled) && !process.env.CDKTF_HARDENED_OKE_FROM_SOURCE ? require(compiled) : loadFromSource();
process.exitCode = cli.main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
