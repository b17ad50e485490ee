import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';

/** Migrations live at the repository root; this resolves them from source (ts) and from the build (js). */
const MIGRATIONS_GLOB = join(__dirname, '..', '..', '..', '..', '..', 'migrations', '*.{ts,js}');

export function dataSourceOptions(config: AppConfig, overrides: { poolSize?: number } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    uuidExtension: 'pgcrypto',
    url: config.databaseUrl,
    entities: ENTITIES,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    // Tests provoke failing queries on purpose; their assertions say what matters.
    logging: config.nodeEnv === 'test' ? false : ['error', 'warn'],
    poolSize: overrides.poolSize ?? 10,
    applicationName: 'modellkommuner',
  };
}
