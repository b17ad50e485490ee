import { LEAST_TEST_PASSWORD_HASH_COST, PasswordHashCost } from '../src/infrastructure/config/app-config';
import { PasswordHasher } from '../src/modules/auth/password-hasher';

/**
 * argon2id at 1 MiB and one pass for the test tiers: the least NODE_ENV=test accepts (app-config.ts; the
 * production default is 64 MiB, 3 passes, checked by password-hasher.spec.ts; docs/security.md "Password hashes").
 * e2e/run.mjs sets the same two variables for the browser tier (it cannot import this file).
 */
export const TEST_PASSWORD_HASH_COST: PasswordHashCost = LEAST_TEST_PASSWORD_HASH_COST;

/** The variables that give the API that cost. */
export const TEST_PASSWORD_HASH_ENV = {
  PASSWORD_HASH_MEMORY_KIB: String(TEST_PASSWORD_HASH_COST.memoryKib),
  PASSWORD_HASH_PASSES: String(TEST_PASSWORD_HASH_COST.passes),
};

/** For accounts a test writes straight into the database: any cost verifies, so the cheapest. */
export const testPasswordHasher = (): PasswordHasher => new PasswordHasher({ passwordHashCost: TEST_PASSWORD_HASH_COST });
