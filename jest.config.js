/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // ts before js: otherwise jest would load JavaScript that jsii compiled next to the sources.
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', decorators: true }, target: 'es2020' } }] },
  testPathIgnorePatterns: ['/node_modules/', '/cdktf.out/'],
  modulePathIgnorePatterns: ['<rootDir>/cdktf.out/', '<rootDir>/dist/'],
  maxWorkers: 2,
  // No timed tests: a loaded machine (or a slower Node) must not fail a test that does not hang; 5 s was jest's default.
  testTimeout: 300_000,
};
