import { useWorkerDatabase } from './test-databases';

/**
 * The integration tier runs its files in parallel (jest.int.config.js): each jest worker gets its own
 * copy of the run's database and its own Redis prefix (test-databases.ts), so that files of different
 * workers never see each other's rows, queues or counters. Runs before each test file's own hooks
 * (setupFilesAfterEnv), so TestPlatform and everything a file starts (worker processes included) read
 * this worker's DATABASE_URL and REDIS_PREFIX.
 */
beforeAll(useWorkerDatabase);
