#!/usr/bin/env node
// jsii publishes the generated OCI bindings as the `oci` submodule only when lib/index.ts says
// `export * as oci from './generated/providers/oci'`, and TypeScript compiles that to an eager `require`: every
// binding (56 resource types, over 7 MB of JavaScript) would load with the package although an app uses a handful,
// each construct requiring its own. This turns that one export into a getter that loads the bindings on first use.
//   node scripts/lazy-submodules.js lib/index.js   after jsii (package.json "compile"/"build"); fails when the
//                                                  compiled export is not found, so a compiler change is loud.
// scripts/ts-register.js applies the same rewrite to lib/index.ts before transpiling it.
'use strict';
const fs = require('fs');

/** The submodules loaded on first use: export name → module path, as written in lib/index.ts. */
const LAZY_SUBMODULES = { oci: './generated/providers/oci' };

const getter = (name, from) =>
  `Object.defineProperty(exports, ${JSON.stringify(name)}, { enumerable: true, configurable: true, ` +
  `get: function () { return require(${JSON.stringify(from)}); } });`;

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Rewrites tsc's `exports.oci = require("./generated/providers/oci");` (jsii output). Throws when it is missing. */
function rewriteCompiled(js, file = 'lib/index.js') {
  let out = js;
  for (const [name, from] of Object.entries(LAZY_SUBMODULES)) {
    const eager = new RegExp(`^exports\\.${name} = (?:__importStar\\()?require\\("${escape(from)}"\\)\\)?;$`, 'm');
    if (eager.test(out)) out = out.replace(eager, getter(name, from));
    else if (!out.includes(getter(name, from))) {
      throw new Error(`${file}: the compiled export of the "${name}" submodule was not found; the TypeScript compiler changed its output. Fix: update scripts/lazy-submodules.js`);
    }
  }
  return out;
}

/** Rewrites `export * as oci from './generated/providers/oci';` in the TypeScript source (for the swc hook). */
function rewriteSource(ts) {
  let out = ts;
  for (const [name, from] of Object.entries(LAZY_SUBMODULES)) {
    out = out.replace(new RegExp(`^export \\* as ${name} from '${escape(from)}';$`, 'm'), getter(name, from));
  }
  return out;
}

module.exports = { LAZY_SUBMODULES, rewriteCompiled, rewriteSource };

if (require.main === module) {
  const files = process.argv.slice(2);
  if (files.length === 0) throw new Error('usage: node scripts/lazy-submodules.js lib/index.js');
  for (const file of files) fs.writeFileSync(file, rewriteCompiled(fs.readFileSync(file, 'utf8'), file));
}
