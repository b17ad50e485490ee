/**
 * The fuzz tier (README "Tests"): every Query and Mutation field of apps/api/schema.gql, every argument
 * position (input fields and list items at any depth, arguments of nested fields), every hostile value
 * class of its type, sent anonymously, as a member and as the process leader, over HTTP to the API in
 * production mode. A new operation or argument is covered the day it lands in schema.gql.
 *
 * It fails on any HTTP 5xx, any INTERNAL_SERVER_ERROR, any answer over 100 KB, any SQL, stack or
 * library text in an answer, and any request left unanswered for 30 s; all failures are listed at the
 * end, grouped by operation, position and value class. The summary (requests, HTTP statuses,
 * extensions.code) is printed and written to tmp/fuzz-report.txt.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger, LoggerService } from '@nestjs/common';
import { getNamedType, GraphQLSchema, isObjectType } from 'graphql';
import { TestPlatform } from '../test/platform';
import { Case, CursorMap, DISRUPTIVE, operationCases, requestCases } from './cases';
import { World } from './fixtures';
import { HttpClient, Outcome, Report, runQueues } from './runner';
import { buildRequest, loadSchema, operations } from './schema-walk';

const LANES = 8;

/** Server-side error log lines (first line of each), to show next to the failures. */
const serverErrors = new Map<string, number>();
const databaseErrors = new Map<string, number>();
/** While fixtures are set up, server errors are printed in full: the run cannot start without them. */
let fuzzing = false;
const captureLogger: LoggerService = {
  log: () => undefined,
  warn: () => undefined,
  debug: () => undefined,
  verbose: () => undefined,
  error: (message: unknown, ...rest: unknown[]) => {
    if (!fuzzing)
      process.stderr.write(
        `server error during set-up: ${String(message instanceof Error ? message.stack : message)} ${rest.map(String).join(' ')}\n`,
      );
    noteServerError(String(message instanceof Error ? message.message : message));
  },
};

function noteServerError(text: string): void {
  const line = text
    .split('\n')[0]
    .replace(/\[[\w-]{8,}\] /, '')
    .replace(/^(database: )?(error: )*/, '')
    .replace(/^\w*Error: /, '')
    .slice(0, 200);
  serverErrors.set(line, (serverErrors.get(line) ?? 0) + 1);
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

/** Real cursors (first page of one) of every query with an `after` argument, with only required and with all arguments. */
async function realCursors(schema: GraphQLSchema, world: World): Promise<CursorMap> {
  const map: CursorMap = new Map();
  for (const op of operations(schema)) {
    if (op.kind !== 'query' || !op.field.args.some((a) => a.name === 'after')) continue;
    const type = getNamedType(op.field.type);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    const parts: string[] = [];
    const pageInfo = fields.pageInfo && getNamedType(fields.pageInfo.type);
    if (pageInfo && isObjectType(pageInfo) && pageInfo.getFields().endCursor) parts.push('pageInfo { endCursor }');
    const edges = fields.edges && getNamedType(fields.edges.type);
    if (edges && isObjectType(edges) && edges.getFields().cursor) parts.push('edges { cursor }');
    if (!parts.length) continue;
    await world.prepare(op);
    world.fixtureKey = op.name;
    const found: { full: boolean; cursors: string[] }[] = [];
    for (const full of [false, true]) {
      world.filling = 'leader';
      const body = buildRequest(op, world, {
        full,
        rootOverrides: op.field.args.some((a) => a.name === 'first') ? { first: 1 } : {},
        selection: `{ ${parts.join(' ')} }`,
      });
      const result = await world.platform.gql(body.query, body.variables, world.actors.leader.token);
      const cursors =
        JSON.stringify(result.data ?? {})
          .match(/"(?:endCursor|cursor)":"([^"]+)"/g)
          ?.map((m) => m.replace(/^"(?:endCursor|cursor)":"|"$/g, '')) ?? [];
      if (cursors.length) found.push({ full, cursors: [...new Set(cursors)] });
    }
    map.set(op.name, found);
  }
  return map;
}

describe('fuzz: every operation and argument in schema.gql, hostile values, three callers', () => {
  let platform: TestPlatform;
  let world: World;
  let client: HttpClient;
  const schema = loadSchema();
  const report = new Report();

  beforeAll(async () => {
    platform = await TestPlatform.start({
      // The worker delivers the mails whose links hold real invitation and password-reset tokens.
      worker: true,
      env: {
        NODE_ENV: 'production',
        JWT_SECRET: 'a-long-production-secret-for-the-fuzz-tier-0123456789',
        SEED_PROCESS_LEADER_EMAIL: 'processledare@skr.se',
        SEED_PROCESS_LEADER_PASSWORD: 'not-the-development-password',
        // No test reaches the internet: Kolada is a closed local port (its title look-ups fail fast, as when Kolada is down).
        KOLADA_BASE_URL: 'http://127.0.0.1:9/v3',
        KOLADA_TIMEOUT_MS: '500',
        KOLADA_RETRY_DELAY_MS: '5',
      },
    });
    Logger.overrideLogger(captureLogger);
    client = new HttpClient(platform.baseUrl);
    world = new World(platform);
    await world.setUp();
  }, 120_000);

  afterAll(async () => {
    await client?.close();
    await platform?.close();
  });

  it('answers every request without 5xx, INTERNAL_SERVER_ERROR, an answer over 100 KB or internals in the text', async () => {
    const started = performance.now();
    fuzzing = true;
    // In production mode TypeORM logs failed statements with console.log: count them with the server errors.
    const consoleLog = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      const line = args.map(String).join(' ');
      // The same failures reach the Nest logger (counted there); only the ones the app caught are new here.
      if (!line.startsWith('query failed:')) databaseErrors.set(line, (databaseErrors.get(line) ?? 0) + 1);
    });
    // FUZZ_ONLY=<regex> narrows the run to matching operations ("Mutation.createCohort", "(request)") while working on one.
    const only = process.env.FUZZ_ONLY ? new RegExp(process.env.FUZZ_ONLY) : undefined;
    const cases = [...operationCases(schema, world, await realCursors(schema, world)), ...requestCases(schema, world)].filter(
      (c) => !only || only.test(c.op),
    );
    print(`fuzz: ${cases.length} cases, ${cases.reduce((n, c) => n + c.actors.length * (c.copies ?? 1), 0)} requests`);

    let lastProgress = 0;
    const runCase = async (c: Case) => {
      const key = c.fixtureKey ?? c.operation?.name ?? '';
      if (c.operation) await world.prepare(c.operation, key);
      for (const actor of c.actors) {
        const attempt = async (): Promise<Outcome[]> => {
          world.filling = actor;
          world.fixtureKey = key;
          const request = c.request(actor);
          return Promise.all(Array.from({ length: c.copies ?? 1 }, () => client.send(request)));
        };
        let outcomes = await attempt();
        // A fuzzed logout, password change or deactivation may have ended this caller's login: log in, send again.
        if (actor !== 'anonymous' && outcomes.some((o) => o.codes.includes('UNAUTHENTICATED')) && !(await world.sessionAlive(actor))) {
          await world.relogin(actor);
          outcomes = await attempt();
        }
        for (const outcome of outcomes) {
          report.add({ op: c.op, position: c.position, cls: c.cls, actor, outcome });
          if (c.baseline && c.operation) report.noteBaseline(c.op, c.operation.name, actor, outcome);
        }
        const op = c.operation;
        if (op?.kind === 'mutation' && outcomes.some((o) => !o.codes.length && o.answered.includes(op.name))) {
          if (DISRUPTIVE.test(op.name)) await world.restore();
          await world.renew(op, key);
        }
        if (report.records - lastProgress >= 2000) {
          lastProgress = report.records;
          print(
            `fuzz: ${report.records} requests, ${report.failures.length} failing, ${((performance.now() - started) / 1000).toFixed(0)} s`,
          );
        }
      }
    };

    // Queries change nothing: their cases run in small independent batches. A mutation's cases run in
    // order, in batches with their own fixtures; the disruptive ones run after all others.
    const chunk = (list: Case[], size: number) =>
      Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, i * size + size));
    const byOp = new Map<string, Case[]>();
    for (const c of cases) byOp.set(c.op, [...(byOp.get(c.op) ?? []), c]);
    const ordinary: Case[][] = [];
    const disruptive: Case[][] = [];
    for (const [, list] of byOp) {
      const op = list[0].operation;
      if (!op) ordinary.push(...chunk(list, 8));
      else if (op.kind === 'query') ordinary.push(...chunk(list, 40));
      else if (DISRUPTIVE.test(op.name)) disruptive.push(list);
      else {
        const batches = chunk(list, 25);
        batches.forEach((batch, i) => batch.forEach((c) => (c.fixtureKey = `${op.name}#${i}`)));
        ordinary.push(...batches);
      }
    }
    // Mutations (slower: they write) first, so the run does not end on a long tail.
    const weight = (queue: Case[]) => (queue[0].operation?.kind === 'mutation' ? 1000 : 0) + queue.length;
    ordinary.sort((a, b) => weight(b) - weight(a));
    const guarded = async (c: Case) => {
      try {
        await runCase(c);
      } catch (error) {
        world.problems.add(
          `${c.op} | ${c.position} | ${c.cls}: the fuzz run itself failed: ${error instanceof Error ? error.message : String(error)}`.slice(
            0,
            400,
          ),
        );
      }
    };
    const tasks = (queues: Case[][]) => queues.map((queue) => queue.map((c) => () => guarded(c)));
    await runQueues(tasks(ordinary), LANES);
    const phase1 = (performance.now() - started) / 1000;
    // The disruptive operations one after another (a password change between restoring a login and
    // using it would break it); a lost login is restored and the request sent again.
    await runQueues(tasks(disruptive), 1);

    consoleLog.mockRestore();
    const seconds = (performance.now() - started) / 1000;
    const logged = [...serverErrors].sort((a, b) => b[1] - a[1]);
    const text = [
      report.summary(seconds),
      `Phases: set-up and other operations ${phase1.toFixed(0)} s, disruptive ones (${disruptive.map((q) => q[0].op).join(', ')}) ${(seconds - phase1).toFixed(0)} s.`,
      `Server error log: ${logged.reduce((n, [, c]) => n + c, 0)} lines, ${logged.length} distinct:`,
      ...logged.slice(0, 40).map(([line, n]) => `  ${n}× ${line}`),
      `Failed SQL statements (TypeORM log): ${[...databaseErrors.values()].reduce((a, b) => a + b, 0)}`,
      '',
      world.problems.size
        ? `SET-UP PROBLEMS (the cases still ran, with less reach):\n${[...world.problems].map((p) => `  ${p}`).join('\n')}\n`
        : '',
      report.failures.length ? `Failing value classes:\n${report.failuresByClass()}\n` : '',
      report.failures.length ? `FAILURES (${report.failures.length} requests):\n${report.failureList()}` : 'No failures.',
    ].join('\n');
    print(text);
    try {
      mkdirSync(join(__dirname, '..', '..', '..', 'tmp'), { recursive: true });
      writeFileSync(join(__dirname, '..', '..', '..', 'tmp', 'fuzz-report.txt'), `${text}\n`);
    } catch {
      // The report file is a convenience; the assertion below carries the same list.
    }
    if (report.failures.length || world.problems.size) {
      throw new Error(
        [
          `${report.failures.length} of ${report.records} fuzz requests failed (grouped by operation | position | value class):`,
          report.failureList(),
          ...(world.problems.size ? ['Set-up problems:', ...world.problems] : []),
        ].join('\n'),
      );
    }
  }, 900_000);
});
