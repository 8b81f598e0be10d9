// Like scripts/ts-register, but the library runs from the JavaScript jsii compiled next to its sources (what
// users of the npm package run); only TypeScript files without a compiled twin (the examples) are transpiled.
'use strict';
const fs = require('fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    module: { type: 'commonjs' },
    jsc: { parser: { syntax: 'typescript', decorators: true }, target: 'es2020' },
  });
  module._compile(code, filename);
};
