/** Browser tests: the production build in Debian Chromium, against the in-memory Excel model. */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  testPathIgnorePatterns: ['/node_modules/'],
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
  testTimeout: 120000,
  maxWorkers: 1,
};
