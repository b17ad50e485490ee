/** Browser journeys (started by e2e/run.mjs, which provides the servers). */
module.exports = {
  ...require('../jest.preset'),
  rootDir: '..',
  displayName: 'e2e',
  testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'],
  // A journey is many pages on 2 shared cores: generous, so that a busy machine does not fail a correct run.
  testTimeout: 180_000,
  maxWorkers: 1,
};
