// Lets plain `node` run the TypeScript examples and sources without a build step: .ts files are transpiled
// in memory by @swc/core (a dev dependency, already used by the tests). Used by `npm run synth` and cdktf.json.
// A .js file that jsii compiled next to a .ts source is ignored in favour of the source, so edits show at once.
// Transpiled files are cached in node_modules/.cache/cdktf-hardened-oke/ts-register, keyed by the source, its
// path, swc's version and the options (as jest and babel cache theirs): a repeated synth skips swc for unchanged
// files. OKE_TS_CACHE=0 turns the cache off (the bench measures a first run that way).
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { transformSync } = require('@swc/core');
const { rewriteSource } = require('./lazy-submodules');

// The package entry loads its `oci` submodule on first use, as the compiled package does (scripts/lazy-submodules.js).
const PACKAGE_ENTRY = path.join(__dirname, '..', 'lib', 'index.ts');
const SWC_OPTIONS = {
  sourceMaps: 'inline',
  module: { type: 'commonjs' },
  jsc: { parser: { syntax: 'typescript', decorators: true }, target: 'es2020' },
};
const CACHE_DIR = process.env.OKE_TS_CACHE === '0' ? undefined : path.join(__dirname, '..', 'node_modules', '.cache', 'cdktf-hardened-oke', 'ts-register');
const CACHE_SALT = JSON.stringify([require('@swc/core/package.json').version, SWC_OPTIONS, fs.readFileSync(path.join(__dirname, 'lazy-submodules.js'), 'utf8')]);

function transpile(source, filename) {
  return transformSync(filename === PACKAGE_ENTRY ? rewriteSource(source) : source, { filename, ...SWC_OPTIONS }).code;
}

/** The transpiled file from the cache, else transpiled and stored; a cache that cannot be written is skipped. */
function cachedTranspile(source, filename) {
  if (!CACHE_DIR) return transpile(source, filename);
  const key = crypto.createHash('sha256').update(CACHE_SALT).update('\0').update(filename).update('\0').update(source).digest('hex');
  const file = path.join(CACHE_DIR, `${key}.js`);
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    const code = transpile(source, filename);
    try {
      fs.mkdirSync(CACHE_DIR, { recursive: true });
      const partial = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(partial, code);
      fs.renameSync(partial, file); // atomic: a concurrent reader sees the whole file or none
    } catch {
      // read-only checkout or full disk: run without caching
    }
    return code;
  }
}

function compileTypeScript(module, filename) {
  module._compile(cachedTranspile(fs.readFileSync(filename, 'utf8'), filename), filename);
}

const loadJavaScript = require.extensions['.js'];
require.extensions['.ts'] = compileTypeScript;
require.extensions['.js'] = function load(module, filename) {
  const source = filename.slice(0, -3) + '.ts';
  if (!filename.includes(`${path.sep}node_modules${path.sep}`) && fs.existsSync(source)) {
    return compileTypeScript(module, source);
  }
  return loadJavaScript(module, filename);
};
