/**
 * Fetches key figures from Kolada's data API with Node's global fetch. No Nest here: the goals service
 * wraps it and decides what an unavailable Kolada means for the user.
 *
 * Kolada accepts at most 25 ids per list, so the KPI, municipality and year lists are split into
 * batches and every combination is asked for; every page of every batch is followed. All or nothing:
 * when one request still fails after its retries, KoladaUnavailableError is thrown and the values
 * already fetched are dropped, so a caller never stores half a sync as if it were complete.
 */
import { KOLADA_KPI_ID, KoladaValue, parseKoladaPage } from './kolada-response';

export interface KoladaClientOptions {
  /** KOLADA_BASE_URL, e.g. https://api.kolada.se/v3 (a trailing slash is ignored). */
  baseUrl: string;
  /** Per request, body included; default 10000. */
  timeoutMs?: number;
  /** Tries per request, the first included; default 3. */
  attempts?: number;
  /** Wait before the first retry; doubles for each retry after it. Default 500. */
  backoffMs?: number;
  fetchImpl?: typeof fetch;
}

export class KoladaUnavailableError extends Error {
  constructor(
    message: string,
    /** The HTTP status of the last answer, when there was one. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'KoladaUnavailableError';
  }
}

export interface KoladaFetchResult {
  values: KoladaValue[];
  problems: string[];
  /** HTTP requests sent, retries included. */
  requests: number;
}

/** Kolada's limit on the ids in one list of the path. */
const MAX_IDS_PER_LIST = 25;
/** A batch that pages on beyond this is not trusted to end. */
const MAX_PAGES_PER_BATCH = 100;
const MUNICIPALITY_ID = /^\d{4}$/;

/** [1..60] with size 25 → [1..25], [26..50], [51..60]. */
export function koladaBatches<T>(items: T[], size = MAX_IDS_PER_LIST): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`batch size must be a positive integer, got ${size}`);
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/**
 * Every value for the KPIs × municipalities × years: lists split into batches of at most 25 ids each,
 * every page followed (next_url or next_page), each request retried with exponential backoff on network
 * errors, timeouts, HTTP 5xx and 429, and on a body that is not JSON; a 4xx other than 429 is not
 * retried. When a request still fails, throws KoladaUnavailableError (nothing partial is returned).
 * A JSON body that is not a Kolada data response throws KoladaFormatError (from the parser) at once:
 * a wrong KOLADA_BASE_URL does not get better by asking again.
 *
 * The ids are checked first (a KPI like N15419, a 4-digit municipality or region code, a whole year)
 * and duplicates dropped: they are put into the URL path, so a stray "/" or "," would ask for
 * something else. A bad id is the caller's bug and throws a RangeError before any request.
 */
export async function fetchKoladaValues(
  options: KoladaClientOptions,
  kpis: string[],
  municipalities: string[],
  years: number[],
): Promise<KoladaFetchResult> {
  const kpiIds = unique(kpis);
  const municipalityIds = unique(municipalities);
  const yearList = unique(years);
  const badKpi = kpiIds.find((id) => !KOLADA_KPI_ID.test(id));
  if (badKpi !== undefined) throw new RangeError(`not a Kolada KPI id: ${JSON.stringify(badKpi)}`);
  const badMunicipality = municipalityIds.find((id) => !MUNICIPALITY_ID.test(id));
  if (badMunicipality !== undefined) throw new RangeError(`not a Kolada municipality id: ${JSON.stringify(badMunicipality)}`);
  const badYear = yearList.find((year) => !Number.isInteger(year) || year < 1000 || year > 9999);
  if (badYear !== undefined) throw new RangeError(`not a year: ${badYear}`);

  const settings: Settings = {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    timeoutMs: options.timeoutMs ?? 10_000,
    attempts: Math.max(1, options.attempts ?? 3),
    backoffMs: options.backoffMs ?? 500,
    fetchImpl: options.fetchImpl ?? fetch,
  };
  const base = new URL(settings.baseUrl);
  const result: KoladaFetchResult = { values: [], problems: [], requests: 0 };

  for (const kpiBatch of koladaBatches(kpiIds)) {
    for (const municipalityBatch of koladaBatches(municipalityIds)) {
      for (const yearBatch of koladaBatches(yearList)) {
        const first = `${settings.baseUrl}/data/kpi/${kpiBatch.join(',')}/municipality/${municipalityBatch.join(',')}/year/${yearBatch.join(',')}`;
        await fetchBatch(settings, base, first, result);
      }
    }
  }
  return result;
}

interface Settings {
  baseUrl: string;
  timeoutMs: number;
  attempts: number;
  backoffMs: number;
  fetchImpl: typeof fetch;
}

/** One batch: its first page and every page after it, added to `result`. */
async function fetchBatch(settings: Settings, base: URL, first: string, result: KoladaFetchResult): Promise<void> {
  const seen = new Set<string>();
  let url: string | null = first;
  let pages = 0;
  while (url !== null) {
    if (pages === MAX_PAGES_PER_BATCH) {
      result.problems.push(`Kolada gav fler än ${MAX_PAGES_PER_BATCH} sidor för ${describe(first)}; resten hämtades inte.`);
      return;
    }
    seen.add(new URL(url).href);
    const body = await getJson(settings, url, result);
    pages++;
    const page = parseKoladaPage(body);
    result.values.push(...page.values);
    result.problems.push(...page.problems);
    url = page.next === null ? null : nextUrl(page.next, url, base, seen, result.problems);
  }
}

/**
 * The next page's absolute URL, or null (with a problem line) when it must not be followed: another
 * host than KOLADA_BASE_URL (the client would otherwise fetch whatever a response points at) or a page
 * already fetched (a loop).
 */
function nextUrl(next: string, current: string, base: URL, seen: ReadonlySet<string>, problems: string[]): string | null {
  let url: URL;
  try {
    url = new URL(next, current);
  } catch {
    problems.push(`Ogiltig länk till nästa sida ("${next}"); följande sidor hämtades inte.`);
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.host !== base.host) {
    problems.push(`Länken till nästa sida går till en annan server (${url.host || url.protocol}) än Kolada; följande sidor hämtades inte.`);
    return null;
  }
  if (seen.has(url.href)) {
    problems.push(`Länken till nästa sida pekar på en sida som redan hämtats; följande sidor hämtades inte.`);
    return null;
  }
  return url.href;
}

/** "kpi/N15419,…/municipality/0126,…/year/2023" for a problem line (the path after the base URL). */
function describe(url: string): string {
  const match = /\/data\/(kpi\/.*)$/.exec(url);
  return match ? match[1] : url;
}

type Attempt = { ok: true; body: unknown } | { ok: false; retry: boolean; reason: string; status?: number };

/** GET with retries; the parsed JSON body, or KoladaUnavailableError. */
async function getJson(settings: Settings, url: string, result: KoladaFetchResult): Promise<unknown> {
  let last: Attempt | null = null;
  for (let attempt = 1; attempt <= settings.attempts; attempt++) {
    if (attempt > 1) await sleep(settings.backoffMs * 2 ** (attempt - 2));
    result.requests++;
    last = await tryOnce(settings, url);
    if (last.ok) return last.body;
    if (!last.retry) throw new KoladaUnavailableError(last.reason, last.status);
  }
  const failure = last as Exclude<Attempt, { ok: true }>;
  throw new KoladaUnavailableError(`${failure.reason} efter ${settings.attempts} försök.`, failure.status);
}

async function tryOnce(settings: Settings, url: string): Promise<Attempt> {
  // The timeout covers reading the body too: the signal aborts a stalled stream as well.
  const signal = AbortSignal.timeout(settings.timeoutMs);
  let response: Response;
  try {
    response = await settings.fetchImpl(url, { signal, headers: { accept: 'application/json' } });
  } catch {
    return failedRequest(signal, settings);
  }
  if (!response.ok) {
    // Free the connection: an unread body keeps the socket busy.
    await response.body?.cancel().catch(() => undefined);
    const status = response.status;
    if (status >= 500 || status === 429) return { ok: false, retry: true, reason: `Kolada svarade inte (HTTP ${status})`, status };
    return { ok: false, retry: false, reason: `Kolada avvisade frågan (HTTP ${status}).`, status };
  }
  let raw: string;
  try {
    raw = await response.text();
  } catch {
    return failedRequest(signal, settings);
  }
  try {
    return { ok: true, body: JSON.parse(raw) };
  } catch {
    // A proxy's HTML error page answered with 200: as transient as a 502.
    return { ok: false, retry: true, reason: 'Kolada svarade med något annat än JSON' };
  }
}

/**
 * A fetch that threw: our timeout (the signal fired) or anything else on the way (refused, reset, DNS).
 * The signal is asked rather than the error's class: the DOMException comes from Node's own realm and
 * is not `instanceof Error` under jest's sandbox, and a custom fetchImpl may wrap it.
 */
function failedRequest(signal: AbortSignal, settings: Settings): Attempt {
  if (signal.aborted) return { ok: false, retry: true, reason: `Kolada svarade inte inom ${seconds(settings.timeoutMs)} sekunder` };
  return { ok: false, retry: true, reason: 'Kolada gick inte att nå' };
}

/** 10000 → "10", 100 → "0,1" (Swedish decimal comma). */
function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10).replace('.', ',');
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
