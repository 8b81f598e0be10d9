// Runs the docs-as-tests suite (test/docs/installed-package.docs-test.ts) only; `npm test` leaves it out.
const base = require('../../jest.config.js');
module.exports = { ...base, rootDir: '../..', testMatch: ['**/test/docs/*.docs-test.ts'], maxWorkers: 1 };
