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
};
