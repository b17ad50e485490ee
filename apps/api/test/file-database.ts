import { useFileDatabase } from './test-databases';

/**
 * The integration tier runs its files in parallel (jest.int.config.js): each test file gets its own copy
 * of the run's database and its own Redis prefix (test-databases.ts). Runs before each file's own hooks
 * (setupFilesAfterEnv), so TestPlatform and everything a file starts (worker processes included) read
 * this file's DATABASE_URL and REDIS_PREFIX.
 */
beforeAll(useFileDatabase);
