import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { AppModule } from '../app.module';

/** Scripts run from the repository root (npm run …). */
export const SCHEMA_FILE = join(process.cwd(), 'apps', 'api', 'schema.gql');
const HEADER = '# Generated from the code by `npm run schema:generate`. Do not edit; CI fails when it drifts.\n\n';

export function printSortedSchema(schema: GraphQLSchema): string {
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}

/** `schema:generate` writes apps/api/schema.gql; with --check it fails when the file differs from the code. */
async function main(): Promise<void> {
  const app = await NestFactory.create(AppModule, { logger: ['error'] });
  await app.init();
  const printed = printSortedSchema(app.get(GraphQLSchemaHost).schema);
  await app.close();
  const target = SCHEMA_FILE;
  if (process.argv.includes('--check')) {
    const committed = readFileSync(target, 'utf8');
    if (committed !== printed) {
      console.error('apps/api/schema.gql skiljer sig från koden. Kör npm run schema:generate och checka in filen.');
      process.exit(1);
    }
    console.log('apps/api/schema.gql stämmer med koden.');
  } else {
    writeFileSync(target, printed);
    console.log(`skrev ${target}`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
