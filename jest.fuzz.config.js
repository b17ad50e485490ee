/**
 * The fuzz tier: hostile values for every operation and argument in apps/api/schema.gql, generated from
 * the schema, against the Nest app over HTTP with real PostgreSQL and Redis (`*.fuzz-spec.ts`). Same
 * fresh database per run as the integration tier; run in band.
 */
module.exports = {
  ...require('./jest.preset'),
  displayName: 'fuzz',
  testMatch: ['<rootDir>/apps/api/fuzz/**/*.fuzz-spec.ts'],
  globalSetup: '<rootDir>/apps/api/test/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/test/global-teardown.ts',
  testTimeout: 900_000,
  maxWorkers: 1,
};
