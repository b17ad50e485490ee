import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DynamicModule, ForwardReference, Provider, Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { AppModule } from '../app.module';
import { SCALARS } from '../infrastructure/graphql/date.scalar';

/** Scripts run from the repository root (npm run …). */
export const SCHEMA_FILE = join(process.cwd(), 'apps', 'api', 'schema.gql');
const HEADER = '# Generated from the code by `npm run schema:generate`. Do not edit; CI fails when it drifts.\n\n';
/** Set by `@Resolver()` on the class (see @nestjs/graphql's resolver decorator). */
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';

export function printSortedSchema(schema: GraphQLSchema): string {
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}

type ModuleRef = Type | DynamicModule | Promise<DynamicModule> | ForwardReference;

/**
 * Every resolver class reachable from AppModule's imports, read from the modules' metadata without
 * instantiating anything: no database, Redis or configuration is needed to print the schema.
 */
export function resolverClasses(root: Type = AppModule): Type[] {
  const seen = new Set<unknown>();
  const found = new Set<Type>();
  const visit = (ref: ModuleRef | undefined): void => {
    if (!ref || ref instanceof Promise) return;
    const moduleRef = ('forwardRef' in ref ? (ref as { forwardRef: () => unknown }).forwardRef() : ref) as ModuleRef;
    if (seen.has(moduleRef)) return;
    seen.add(moduleRef);
    const dynamic = typeof moduleRef === 'object' && 'module' in moduleRef ? moduleRef : undefined;
    const type = dynamic ? dynamic.module : (moduleRef as Type);
    const providers: Provider[] = [
      ...((Reflect.getMetadata(MODULE_METADATA.PROVIDERS, type) as Provider[] | undefined) ?? []),
      ...(dynamic?.providers ?? []),
    ];
    for (const provider of providers) {
      const cls = typeof provider === 'function' ? provider : 'useClass' in provider ? provider.useClass : undefined;
      if (cls && Reflect.hasMetadata(RESOLVER_NAME_METADATA, cls)) found.add(cls);
    }
    const imports: ModuleRef[] = [
      ...((Reflect.getMetadata(MODULE_METADATA.IMPORTS, type) as ModuleRef[] | undefined) ?? []),
      ...((dynamic?.imports as ModuleRef[] | undefined) ?? []),
    ];
    imports.forEach(visit);
  };
  visit(root);
  return [...found];
}

/** The schema the API serves, built from the resolvers' decorators alone. */
export async function buildSchemaFromCode(): Promise<GraphQLSchema> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: ['error'] });
  await app.init();
  try {
    return await app.get(GraphQLSchemaFactory).create(resolverClasses(), SCALARS);
  } finally {
    await app.close();
  }
}

/** `schema:generate` writes apps/api/schema.gql; with --check it fails when the file differs from the code. */
async function main(): Promise<void> {
  const printed = printSortedSchema(await buildSchemaFromCode());
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
