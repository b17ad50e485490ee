// The built API in a process of its own, as dist's main.js starts it (readEnvironment, createApiApp,
// listen), for the timed series and a CPU profile of the API alone (the same as bench/network/api-process.mjs
// without its what-if experiments). run.mjs starts it with `fork` and asks over IPC: { profile: 'start' |
// 'stop' } (the V8 CPU profile of this process, sampled every 0.2 ms, sent back whole) and { gc: 'reset' |
// 'read' } (garbage collections seen since the reset: count, ms, by kind; and process.memoryUsage()).
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { constants, PerformanceObserver } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const build = process.argv[2];
require('reflect-metadata');
const { readEnvironment } = require(join(build, 'apps/api/src/infrastructure/config/environment.js'));
const { createApiApp } = require(join(build, 'apps/api/src/bootstrap.js'));

const config = readEnvironment();
const app = await createApiApp({ logger: ['error', 'warn'] });
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
