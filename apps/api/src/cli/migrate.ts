import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readEnvironment } from '../infrastructure/config/environment';
import { ensureDatabase } from '../infrastructure/database/create-database';
import { dataSourceOptions } from '../infrastructure/database/data-source-options';

/** `npm run migration:run`: creates the database when missing, then applies pending migrations. */
export async function runMigrations(databaseUrl?: string): Promise<string[]> {
  const config = readEnvironment();
  const url = databaseUrl ?? config.databaseUrl;
  await ensureDatabase(url);
  const dataSource = new DataSource({ ...dataSourceOptions({ ...config, databaseUrl: url }, { poolSize: 1 }), logging: ['error'] });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  const logger = new Logger('migrate');
  runMigrations()
    .then((names) => {
      logger.log(names.length ? `Körde ${names.length} migrering(ar): ${names.join(', ')}` : 'Databasen är redan uppdaterad.');
    })
    .catch((error: unknown) => {
      logger.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    });
}
