// Lint for the library, its tests, examples and scripts: typescript-eslint's recommended rules (no type
// information, so it stays fast), plus a few that keep the code honest. Generated bindings are not linted.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import path from 'node:path';

/**
 * `private/` is private to its parent folder: a module may import `<dir>/private/...` only when it lives under
 * `<dir>` itself. What two folders share belongs in lib/core/ (or in the owning folder's non-private modules).
 */
const privateFolders = {
  meta: { type: 'problem', messages: { crossFolder: '{{target}} is private to {{owner}}/; move what {{from}} needs to lib/core/ or to a non-private module of {{owner}}/' } },
  create(context) {
    const from = path.dirname(context.filename);
    const check = (node) => {
      const spec = node.source && node.source.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path.resolve(from, spec);
      const parts = target.split(path.sep);
      const i = parts.lastIndexOf('private');
      if (i < 0) return;
      const owner = parts.slice(0, i).join(path.sep);
      if (from === owner || from.startsWith(owner + path.sep)) return;
      const cwd = context.cwd ?? process.cwd();
      context.report({ node: node.source, messageId: 'crossFolder', data: { target: spec, owner: path.relative(cwd, owner), from: path.relative(cwd, context.filename) } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default tseslint.config(
  { ignores: ['lib/generated/**', 'node_modules/**', 'dist/**', 'cdktf.out/**', 'coverage/**', '**/*.d.ts', 'lib/**/*.js', 'examples/**/*.js', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', structuredClone: 'readonly' } },
    rules: {
      // Provider JSON and manifests are untyped by nature; `any` stays allowed where they are read.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'eqeqeq': ['error', 'always'],
      'no-restricted-imports': ['error', { patterns: [{ group: ['cdktf/lib/*'], message: 'Use cdktf\'s public API (the one exception lives in lib/core/cdktf-internals.ts).' }] }],
    },
  },
  {
    // Tests sit outside lib/ and may reach private modules to test them; the library itself may not cross folders.
    files: ['lib/**/*.ts'],
    plugins: { local: { rules: { 'private-folders': privateFolders } } },
    rules: { 'local/private-folders': 'error' },
  },
  {
    // Sorted output must not depend on the machine's locale (lib/core/ordering.ts).
    files: ['lib/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name='localeCompare']", message: 'Sort with compareStrings from lib/core/ordering.ts: localeCompare depends on the machine\'s locale.' }] },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**'],
    rules: { '@typescript-eslint/no-require-imports': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
