import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError } from './infrastructure/config/app-config';
import { readEnvironment } from './infrastructure/config/environment';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  // Validate first, so a bad configuration stops start-up with a message naming the variable.
  const config = readEnvironment();
  const app = await createApiApp();
  await app.listen(config.port);
  new Logger('api').log(`GraphQL på ${config.publicApiUrl}/graphql, hälsa på ${config.publicApiUrl}/health`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
