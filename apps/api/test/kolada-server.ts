import { readFileSync } from 'node:fs';
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';

/** One Kolada row: a KPI's values for one municipality and year, per gender. */
export interface FakeKoladaRow {
  kpi: string;
  municipality: string;
  period: number;
  values: { gender: 'K' | 'M' | 'T'; value: number | null; status?: string }[];
}

export interface FakeKolada {
  /** http://127.0.0.1:PORT/v3 — what KOLADA_BASE_URL would be. */
  baseUrl: string;
  /** Every request's path and query, in arrival order. */
  requests: string[];
  /** normal; error500: always HTTP 500; timeout: never answers; flaky: 500 for the first `flakyFailures` requests. */
  mode: 'normal' | 'error500' | 'timeout' | 'flaky';
  /** In mode 'flaky': how many requests fail before the server answers normally (counted anew when set). */
  flakyFailures: number;
  /** Rows per page; default 100. */
  pageSize: number;
  /**
   * Requests whose path and query it returns true for are answered HTTP 500, in every mode (null: none) —
   * to let one part of a run fail while the rest is answered, e.g. every batch naming a given municipality.
   */
  failWhen: ((path: string) => boolean) | null;
  setValues(values: FakeKoladaRow[]): void;
  /** The KPI titles `/v3/kpi/{ids}` answers (Kolada's KPI metadata, reduced to id and title). */
  setTitles(titles: Record<string, string>): void;
  /** Ends open sockets (also the unanswered ones of mode 'timeout') and stops the server. */
  close(): Promise<void>;
}

const KPI_PATH = /^\/v3\/kpi\/([^/]+)\/?$/;
const DATA_PATH = /^\/v3\/data\/kpi\/([^/]+)\/municipality\/([^/]+)\/year\/([^/]+)\/?$/;

/**
 * A local HTTP fake of Kolada's v3 data API (`/v3/data/kpi/{kpis}/municipality/{ids}/year/{years}`):
 * answers the rows matching all three lists in the v3 shape, `pageSize` rows per page, with an
 * absolute `next_url` (`?page=2`). Any other path is a 404, like Kolada's own.
 */
export async function startFakeKolada(): Promise<FakeKolada> {
  let rows: FakeKoladaRow[] = [];
  let titles: Record<string, string> = {};
  let flakyFailures = 0;
  let flakyServed = 0;
  let mode: FakeKolada['mode'] = 'normal';
  let origin = '';

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    fake.requests.push(req.url ?? '');
    // Read (and drop) whatever the request carries, so the socket is ready for the next one.
    req.resume();
    if (fake.failWhen?.(req.url ?? '')) {
      send(res, 500, { error: 'Internal Server Error' });
      return;
    }
    if (mode === 'timeout') return; // never answered; close() ends the socket
    if (mode === 'error500' || (mode === 'flaky' && flakyServed < flakyFailures)) {
      if (mode === 'flaky') flakyServed++;
      send(res, 500, { error: 'Internal Server Error' });
      return;
    }

    const url = new URL(req.url ?? '/', origin);
    const kpiMatch = KPI_PATH.exec(url.pathname);
    if (req.method === 'GET' && kpiMatch) {
      const ids = decodeURIComponent(kpiMatch[1]).split(',').filter((id) => id in titles);
      send(res, 200, { values: ids.map((id) => ({ id, title: titles[id] })), count: ids.length, next_url: null });
      return;
    }
    const match = DATA_PATH.exec(url.pathname);
    if (req.method !== 'GET' || !match) {
      send(res, 404, { error: 'Not Found' });
      return;
    }
    const list = (segment: string) => decodeURIComponent(segment).split(',').filter(Boolean);
    const [kpis, municipalities, years] = [list(match[1]), list(match[2]), list(match[3])];
    const matching = rows.filter(
      (r) => kpis.includes(r.kpi) && municipalities.includes(r.municipality) && years.includes(String(r.period)),
    );

    const pageSize = Math.max(1, fake.pageSize);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? '1') || 1);
    const slice = matching.slice((page - 1) * pageSize, page * pageSize);
    let next: string | null = null;
    if (page * pageSize < matching.length) {
      const nextUrl = new URL(url.pathname, origin);
      nextUrl.searchParams.set('page', String(page + 1));
      next = nextUrl.href;
    }
    send(res, 200, {
      values: slice.map((r) => ({
        kpi: r.kpi,
        municipality: r.municipality,
        period: r.period,
        values: r.values.map((v) => ({ gender: v.gender, count: v.value === null ? 0 : 1, status: v.status ?? '', value: v.value })),
      })),
      count: matching.length,
      next_url: next,
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  const fake: FakeKolada = {
    baseUrl: `${origin}/v3`,
    requests: [],
    get mode() {
      return mode;
    },
    set mode(value) {
      mode = value;
      flakyServed = 0;
    },
    get flakyFailures() {
      return flakyFailures;
    },
    set flakyFailures(value) {
      flakyFailures = value;
      flakyServed = 0;
    },
    pageSize: 100,
    failWhen: null,
    setValues(values) {
      rows = values.map((r) => ({ ...r, values: r.values.map((v) => ({ ...v })) }));
    },
    setTitles(value) {
      titles = { ...value };
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
  return fake;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

/**
 * The rows of a recorded Kolada v3 data response (a JSON file: one response body, or an array of the
 * bodies of its pages), for `setValues`: the fake then answers them again, filtered by each request's
 * lists and paged by `pageSize`. Kolada's `count` per value is dropped (the fake derives it).
 */
export function readRecordedKolada(file: string): FakeKoladaRow[] {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const pages = Array.isArray(parsed) ? parsed : [parsed];
  const rows: FakeKoladaRow[] = [];
  for (const page of pages as { values?: unknown }[]) {
    if (!Array.isArray(page?.values)) throw new Error(`${file}: not a Kolada data response (no "values" list)`);
    for (const entry of page.values as { kpi: string; municipality: string; period: number | string; values: { gender: 'K' | 'M' | 'T'; value: number | null; status?: string }[] }[]) {
      rows.push({
        kpi: entry.kpi,
        municipality: entry.municipality,
        period: Number(entry.period),
        values: entry.values.map((v) => ({ gender: v.gender, value: v.value, status: v.status ?? '' })),
      });
    }
  }
  return rows;
}
