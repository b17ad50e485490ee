/**
 * Integration tests: the Nest app over HTTP against real PostgreSQL and Redis. globalSetup creates a
 * fresh database with the real migrations and seed; run in band (one database, one Redis prefix).
 */
module.exports = {
  ...require('./jest.preset'),
  displayName: 'integration',
  testMatch: ['<rootDir>/apps/api/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/apps/api/test/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/test/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
};
