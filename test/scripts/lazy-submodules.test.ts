/**
 * scripts/lazy-submodules.js turns the package entry's `oci` export into a getter, for jsii's compiled output and
 * for the swc hook; it must fail loudly when the compiler's output no longer has the expected shape.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const { rewriteCompiled, rewriteSource } = require('../../scripts/lazy-submodules');
import { ROOT } from '../support/files';

const ENTRY = fs.readFileSync(path.join(ROOT, 'lib', 'index.ts'), 'utf8');

/** lib/index.ts compiled with the project's compiler options, as jsii compiles it. */
function tscOutput(): string {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile).config;
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  return ts.transpileModule(ENTRY, { compilerOptions: { ...options, inlineSourceMap: false, inlineSources: false } }).outputText;
}

/** Runs CommonJS code with a recording `require`; returns its exports and what it required. */
function evaluate(js: string): { exports: any; required: string[] } {
  const required: string[] = [];
  const exports: any = {};
  const fakeRequire = (id: string) => { required.push(id); return { marker: id }; };
  new Function('exports', 'require', 'module', js)(exports, fakeRequire, { exports });
  return { exports, required };
}

describe('lazy submodules', () => {
  test('the compiled entry requires the bindings only when `oci` is read, and lists it as an export', () => {
    const js = rewriteCompiled(tscOutput());
    const { exports, required } = evaluate(js);
    expect(required).not.toContain('./generated/providers/oci');
    expect(Object.keys(exports)).toContain('oci');
    expect(exports.oci).toEqual({ marker: './generated/providers/oci' });
    expect(required.filter((r) => r === './generated/providers/oci')).toHaveLength(1);
  });

  test('without the rewrite the compiled entry loads the bindings at once (what the rewrite is for)', () => {
    expect(evaluate(tscOutput()).required).toContain('./generated/providers/oci');
  });

  test('is idempotent and fails loudly when the compiled export is missing', () => {
    const once = rewriteCompiled(tscOutput());
    expect(rewriteCompiled(once)).toBe(once);
    expect(() => rewriteCompiled('"use strict";\nexports.other = 1;\n')).toThrow(/"oci" submodule was not found/);
  });

  test('the swc hook\'s source rewrite replaces exactly the `export * as oci` line', () => {
    const out = rewriteSource(ENTRY);
    expect(out).not.toMatch(/export \* as oci/);
    expect(out.split('\n').filter((l: string) => l !== '' && !ENTRY.includes(l))).toEqual([
      expect.stringContaining('Object.defineProperty(exports, "oci"'),
    ]);
  });
});
