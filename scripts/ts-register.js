// Lets plain `node` run the TypeScript examples and sources without a build step: .ts files are transpiled
// in memory by @swc/core (a dev dependency, already used by the tests). Used by `npm run synth` and cdktf.json.
'use strict';
const fs = require('fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = function register(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    filename,
    sourceMaps: 'inline',
    module: { type: 'commonjs' },
    jsc: { parser: { syntax: 'typescript', decorators: true }, target: 'es2020' },
  });
  module._compile(code, filename);
};
