import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError } from './infrastructure/config/app-config';
import { readEnvironment } from './infrastructure/config/environment';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  readEnvironment();
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error', 'warn', 'log'] });
  app.enableShutdownHooks();
  new Logger('worker').log('Arbetaren lyssnar på köerna.');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
