import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { runMigrations } from '../src/cli/migrate';
import { seedReferenceData } from '../src/cli/seed-reference-data';
import { loadConfig } from '../src/infrastructure/config/app-config';
import { dataSourceOptions } from '../src/infrastructure/database/data-source-options';
import { TEST_PASSWORD_HASH_ENV } from './password-cost';

/** A fresh database per run, built by the real migrations, plus the reference seed. */
export default async function globalSetup(): Promise<void> {
  const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/modellkommuner');
  const runId = `${Date.now().toString(36)}_${process.pid}`;
  base.pathname = `/modellkommuner_test_${runId}`;
  process.env.NODE_ENV = 'test';
  process.env.DATABASE_URL = base.toString();
  process.env.REDIS_PREFIX = `mk-test-${runId}`;
  process.env.MK_TEST_RUN_ID = runId;
  // The integration tier's workers each use a copy of this database (worker-database.ts); the fuzz tier uses it.
  process.env.MK_TEST_TEMPLATE_DATABASE_URL = base.toString();
  process.env.MK_TEST_REDIS_PREFIX = process.env.REDIS_PREFIX;
  // Cheap password hashes for the run (only NODE_ENV=test may go below OWASP's least): the tiers create
  // and log in thousands of accounts, and at the production cost hashing was most of their time.
  for (const [name, value] of Object.entries(TEST_PASSWORD_HASH_ENV)) process.env[name] ??= value;
  await runMigrations(base.toString());
  const config = loadConfig(process.env);
  const dataSource = await new DataSource(dataSourceOptions(config, { poolSize: 1 })).initialize();
  try {
    await seedReferenceData(dataSource, config);
  } finally {
    await dataSource.destroy();
  }
}
