// Lets plain `node` run the TypeScript examples and sources without a build step: .ts files are transpiled
// in memory by @swc/core (a dev dependency, already used by the tests). Used by `npm run synth` and cdktf.json.
// A .js file that jsii compiled next to a .ts source is ignored in favour of the source, so edits show at once.
'use strict';
const fs = require('fs');
const { transformSync } = require('@swc/core');

function compileTypeScript(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    sourceMaps: 'inline',
    module: { type: 'commonjs' },
    jsc: { parser: { syntax: 'typescript', decorators: true }, target: 'es2020' },
  });
  module._compile(code, filename);
}

const loadJavaScript = require.extensions['.js'];
require.extensions['.ts'] = compileTypeScript;
require.extensions['.js'] = function load(module, filename) {
  const source = filename.slice(0, -3) + '.ts';
  if (!filename.includes(`${require('path').sep}node_modules${require('path').sep}`) && fs.existsSync(source)) {
    return compileTypeScript(module, source);
  }
  return loadJavaScript(module, filename);
};
