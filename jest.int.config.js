/**
 * Integration tests: the Nest app over HTTP against real PostgreSQL and Redis. globalSetup creates a
 * fresh database with the real migrations and seed; each test file runs against its own copy of it, with
 * its own Redis prefix (apps/api/test/file-database.ts), so files neither meet in parallel nor depend on order.
 */
module.exports = {
  ...require('./jest.preset'),
  displayName: 'integration',
  testMatch: ['<rootDir>/apps/api/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/apps/api/test/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/test/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/apps/api/test/file-database.ts'],
  testTimeout: 60_000,
  // Two: the CI machines have two cores; the README's "Tests" section has the tier's times in band and with two.
  maxWorkers: 2,
};
