// The built API in a process of its own, as dist's main.js starts it (readEnvironment, createApiApp,
// listen), for the timed series, a CPU profile of the API alone and a few what-if experiments (below). run.mjs starts it with `fork` and asks
// over IPC: { profile: 'start' | 'stop' } (the V8 CPU profile of this process, sampled every 0.2 ms, sent
// back whole) and { gc: 'reset' | 'read' } (garbage collections seen since the reset: count, ms, by kind).
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { constants, PerformanceObserver } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const build = process.argv[2];
require('reflect-metadata');
const { readEnvironment } = require(join(build, 'apps/api/src/infrastructure/config/environment.js'));
const { createApiApp } = require(join(build, 'apps/api/src/bootstrap.js'));

// What-if experiments for the report (BENCH_NETWORK_EXPERIMENTS, comma-separated), made at run time in
// this process only — the API's code is not changed:
//   no-cache-control  Apollo Server without its default cache-control plugin (ApolloServerPluginCacheControlDisabled):
//                     no willResolveField hook on every field;
//   sync-programme    Cohort.programme answered synchronously from the programmes read once at start, as if
//                     the service handed each cohort summary its programme (no async resolver, no DataLoader).
const experiments = (process.env.BENCH_NETWORK_EXPERIMENTS ?? '').split(',').filter(Boolean);
if (experiments.includes('no-cache-control')) {
  const { ApolloServer } = require('@apollo/server');
  const { ApolloServerPluginCacheControlDisabled } = require('@apollo/server/plugin/disabled');
  const addDefaultPlugins = ApolloServer.prototype.addDefaultPlugins;
  ApolloServer.prototype.addDefaultPlugins = function withoutCacheControl() {
    this.internals.plugins.push(ApolloServerPluginCacheControlDisabled());
    return addDefaultPlugins.call(this);
  };
}

const config = readEnvironment();
const app = await createApiApp({ logger: ['error', 'warn'] });
if (experiments.includes('sync-programme')) {
  await app.init(); // the schema exists from here on
  const { GraphQLSchemaHost } = require('@nestjs/graphql');
  const { DataSource } = require('typeorm');
  const { ProgrammeEntity } = require(join(build, 'apps/api/src/modules/programmes/entities/programme.entity.js'));
  const { Programme } = require(join(build, 'apps/api/src/modules/programmes/models/programme.model.js'));
  const programmes = new Map((await app.get(DataSource).getRepository(ProgrammeEntity).find()).map((p) => [p.id, Programme.from(p)]));
  app.get(GraphQLSchemaHost).schema.getType('Cohort').getFields().programme.resolve = (cohort) => programmes.get(cohort.programmeId);
}
await app.listen(config.port, '127.0.0.1');

const KINDS = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};
let gc = {};
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = KINDS[entry.detail?.kind ?? entry.kind] ?? 'other';
    gc[kind] = gc[kind] ?? { count: 0, ms: 0 };
    gc[kind].count += 1;
    gc[kind].ms += entry.duration;
  }
}).observe({ entryTypes: ['gc'] });

let session = null;
process.on('message', async (message) => {
  if (message.gc === 'reset') {
    gc = {};
    process.send({ gc: 'reset' });
  } else if (message.gc === 'read') {
    process.send({ gc, memory: process.memoryUsage() });
  } else if (message.profile === 'start') {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    process.send({ profile: 'started' });
  } else if (message.profile === 'stop') {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    process.send({ profile });
  }
});
process.on('SIGTERM', () => {
  app.close().finally(() => process.exit(0));
});
process.send({ ready: config.port });
