// Used by the TypeORM CLI (migration:generate) and by the migration runner.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { readEnvironment } from '../infrastructure/config/environment';
import { dataSourceOptions } from '../infrastructure/database/data-source-options';

export default new DataSource(dataSourceOptions(readEnvironment(), { poolSize: 2 }));
