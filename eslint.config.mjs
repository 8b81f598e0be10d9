// Lint for the library, its tests, examples and scripts: typescript-eslint's recommended rules (no type
// information, so it stays fast), plus a few that keep the code honest. Generated bindings are not linted.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
