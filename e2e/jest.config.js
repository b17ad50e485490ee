/** Browser journeys (started by e2e/run.mjs, which provides the servers). */
module.exports = {
  ...require('../jest.preset'),
  rootDir: '..',
  displayName: 'e2e',
  testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'],
  testTimeout: 90_000,
  maxWorkers: 1,
};
