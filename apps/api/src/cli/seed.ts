import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readEnvironment } from '../infrastructure/config/environment';
import { dataSourceOptions } from '../infrastructure/database/data-source-options';
import { seedReferenceData } from './seed-reference-data';

async function main(): Promise<void> {
  const config = readEnvironment();
  const dataSource = await new DataSource(dataSourceOptions(config, { poolSize: 2 })).initialize();
  try {
    const summary = await seedReferenceData(dataSource, config);
    new Logger('seed').log(
      `${summary.organizations} organisationer uppdaterade, ${summary.vocabularyTermsAdded} vokabulärtermer tillagda, ` +
        (summary.processLeaderCreated ? `processledaren ${config.seedProcessLeaderEmail} skapad.` : 'processledaren fanns redan.'),
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
