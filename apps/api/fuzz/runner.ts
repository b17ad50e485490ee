/**
 * Sends the fuzz requests over HTTP, checks every answer, and keeps the numbers for the summary.
 * Nothing stops at the first failure: the run ends with every failure grouped by operation,
 * position and value class.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

export const MAX_RESPONSE_BYTES = 100 * 1024;
/** Past this, an answer is not read further (it already fails; reading 17 MB only slows the run). */
const READ_LIMIT_BYTES = 1024 * 1024;
export const REQUEST_TIMEOUT_MS = 30_000;

/** SQL, stack, library and schema text that must never reach a client. */
export const LEAK =
  /\bat \S+ \(|node_modules|QueryFailedError|syntax error at or near|violates|duplicate key|invalid input syntax|relation "|column "|tsvector|RangeError|TypeError|Did you mean|URIError|Maximum call stack|in JSON at position|\.(?:js|ts):\d+|invalid byte sequence|out of range for type|value too long for type|unsupported Unicode escape/i;

export interface HttpRequest {
  method?: 'POST' | 'GET';
  /** Path and query string, default /graphql. */
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface Outcome {
  status: number;
  bytes: number;
  ms: number;
  /** extensions.code of each error, in order ("" when an error has none). */
  codes: string[];
  firstMessage?: string;
  /** Not a GraphQL JSON answer (HTML, text, nothing): its start. */
  nonGraphql?: string;
  /** The fields of `data` that are not null. */
  answered: string[];
  /** What is wrong with it; empty when it passes. */
  problems: string[];
}

/**
 * Sends requests from a worker thread (http-client.worker.js), which also reads and checks the
 * answers: any HTTP 5xx, any INTERNAL_SERVER_ERROR, an answer over MAX_RESPONSE_BYTES, LEAK in a text.
 */
export class HttpClient {
  private worker = new Worker(join(__dirname, 'http-client.worker.js'), {
    workerData: {
      maxBytes: MAX_RESPONSE_BYTES,
      readLimitBytes: READ_LIMIT_BYTES,
      timeoutMs: REQUEST_TIMEOUT_MS,
      leak: { source: LEAK.source, flags: LEAK.flags },
    },
  });
  private pending = new Map<number, (outcome: Outcome) => void>();
  private next = 0;

  constructor(private readonly baseUrl: string) {
    this.worker.on('message', ({ id, outcome }: { id: number; outcome: Outcome }) => {
      this.pending.get(id)?.(outcome);
      this.pending.delete(id);
    });
  }

  send(request: HttpRequest): Promise<Outcome> {
    const id = (this.next += 1);
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ id, baseUrl: this.baseUrl, request });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/** Runs queues of tasks: the tasks of one queue one after another, up to `lanes` queues at once. */
export async function runQueues(queues: (() => Promise<void>)[][], lanes: number): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < queues.length) {
      const queue = queues[next];
      next += 1;
      for (const task of queue) await task();
    }
  };
  await Promise.all(Array.from({ length: Math.min(lanes, queues.length) }, lane));
}

export interface Record_ {
  op: string;
  position: string;
  cls: string;
  actor: string;
  outcome: Outcome;
}

export class Report {
  records = 0;
  byStatus = new Map<string, number>();
  byCode = new Map<string, number>();
  failures: Record_[] = [];
  slowest: Record_[] = [];
  baseline = new Map<string, Map<string, string>>();
  /** Time spent per value class and per operation, to see what the run's minutes go to. */
  timeByClass = new Map<string, { n: number; ms: number }>();
  timeByOp = new Map<string, { n: number; ms: number }>();

  add(record: Record_): void {
    this.records += 1;
    const { outcome } = record;
    const status = outcome.status === 0 ? 'no answer' : String(outcome.status);
    this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + 1);
    const codes = new Set(outcome.codes.map((c) => c || '(error without code)'));
    if (outcome.nonGraphql !== undefined) codes.add('(not a GraphQL answer)');
    else if (!codes.size) codes.add('(no error)');
    for (const code of codes) this.byCode.set(code, (this.byCode.get(code) ?? 0) + 1);
    if (outcome.problems.length) this.failures.push(record);
    const cls = record.cls.replace(/ \(inline\)$/, '').replace(/^real cursor.*/, 'real cursor mutated');
    const time = this.timeByClass.get(cls) ?? { n: 0, ms: 0 };
    this.timeByClass.set(cls, { n: time.n + 1, ms: time.ms + outcome.ms });
    const opTime = this.timeByOp.get(record.op) ?? { n: 0, ms: 0 };
    this.timeByOp.set(record.op, { n: opTime.n + 1, ms: opTime.ms + outcome.ms });
    this.slowest.push(record);
    if (this.slowest.length > 40) this.slowest = this.slowest.sort((a, b) => b.outcome.ms - a.outcome.ms).slice(0, 15);
  }

  noteBaseline(op: string, field: string, actor: string, outcome: Outcome): void {
    const row = this.baseline.get(op) ?? new Map<string, string>();
    const codes = [...new Set(outcome.codes)].join('+');
    const answered = outcome.answered.includes(field);
    row.set(actor, answered ? (codes ? `ok (field errors ${codes})` : 'ok') : codes || `HTTP ${outcome.status}`);
    this.baseline.set(op, row);
  }

  summary(seconds: number): string {
    const sorted = (map: Map<string, number>) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k}: ${n}`)
        .join(', ');
    const slow = this.slowest
      .sort((a, b) => b.outcome.ms - a.outcome.ms)
      .slice(0, 10)
      .map((r) => `  ${(r.outcome.ms / 1000).toFixed(2)} s  ${r.op} / ${r.position} / ${r.cls} (${r.actor})`);
    const baseline = [...this.baseline].map(([op, row]) => `  ${op}: ${[...row].map(([actor, code]) => `${actor} ${code}`).join(', ')}`);
    const top = (map: Map<string, { n: number; ms: number }>) =>
      [...map]
        .sort((a, b) => b[1].ms - a[1].ms)
        .slice(0, 8)
        .map(([key, t]) => `${key} ${(t.ms / 1000).toFixed(0)} s/${t.n}`)
        .join(', ');
    return [
      `Fuzz tier: ${this.records} requests in ${seconds.toFixed(1)} s, ${this.failures.length} failing.`,
      `Request time (summed over lanes) by value class: ${top(this.timeByClass)}`,
      `… by operation: ${top(this.timeByOp)}`,
      `HTTP status: ${sorted(this.byStatus)}`,
      `extensions.code (per response): ${sorted(this.byCode)}`,
      'Slowest requests:',
      ...slow,
      'Valid requests (all required arguments filled) per operation and caller:',
      ...baseline,
    ].join('\n');
  }

  /** Which value classes fail, in how many operations and positions: the causes at a glance. */
  failuresByClass(): string {
    const byClass = new Map<string, { requests: number; places: Set<string>; ops: Set<string> }>();
    for (const f of this.failures) {
      const cls = f.cls.replace(/ \(inline\)$/, '');
      const entry = byClass.get(cls) ?? { requests: 0, places: new Set<string>(), ops: new Set<string>() };
      entry.requests += 1;
      entry.places.add(`${f.op} ${f.position}`);
      entry.ops.add(f.op.replace(/^\w+\./, ''));
      byClass.set(cls, entry);
    }
    return [...byClass]
      .sort((a, b) => b[1].requests - a[1].requests)
      .map(
        ([cls, e]) =>
          `  ${cls}: ${e.requests} requests, ${e.places.size} positions in ${e.ops.size} operations (${[...e.ops].sort().join(', ')})`,
      )
      .join('\n');
  }

  /** Every failure, grouped by operation, position and value class, callers with the same answer together. */
  failureList(): string {
    const groups = new Map<string, Map<string, string[]>>();
    for (const failure of this.failures) {
      const key = `${failure.op} | ${failure.position} | ${failure.cls}`;
      const group = groups.get(key) ?? new Map<string, string[]>();
      const o = failure.outcome;
      // Escaped, so NUL, surrogates and control characters stay readable (and the log stays text).
      const message = JSON.stringify((o.firstMessage ?? '').replace(/\s+/g, ' ').slice(0, 160)).slice(1, -1);
      const what = `${o.problems.join('; ')} — HTTP ${o.status}, ${o.codes.length ? [...new Set(o.codes)].join('+') : 'no code'}, ${(o.bytes / 1024).toFixed(1)} KB${message ? `: "${message}"` : ''}`;
      group.set(what, [...(group.get(what) ?? []), failure.actor]);
      groups.set(key, group);
    }
    const byOp = new Map<string, string[]>();
    for (const [key, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
      const [op, ...rest] = key.split(' | ');
      const lines = byOp.get(op) ?? [];
      lines.push(`  ${rest.join(' | ')}`);
      for (const [what, actors] of group) lines.push(`      [${actors.join(', ')}] ${what}`);
      byOp.set(op, lines);
    }
    return [...byOp]
      .map(([op, lines]) => `${op} (${lines.filter((l) => !l.startsWith('      ')).length} cases)\n${lines.join('\n')}`)
      .join('\n');
  }
}
