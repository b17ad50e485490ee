import { FakeKolada, FakeKoladaRow, startFakeKolada } from '../../../../test/kolada-server';
import { KoladaUnavailableError, fetchKoladaValues, koladaBatches } from './kolada-client';
import { KoladaFormatError } from './kolada-response';

const kpiIds = (n: number) => Array.from({ length: n }, (_, i) => `N${String(10000 + i).padStart(5, '0')}`);
const municipalityIds = (n: number) => Array.from({ length: n }, (_, i) => String(100 + i).padStart(4, '0'));

/** One row per KPI × municipality for `year`; the value encodes both (kpi number + municipality / 10000). */
function rows(kpis: string[], municipalities: string[], year = 2023): FakeKoladaRow[] {
  return kpis.flatMap((kpi) =>
    municipalities.map((municipality) => ({
      kpi,
      municipality,
      period: year,
      values: [{ gender: 'T' as const, value: Number(kpi.slice(1)) + Number(municipality) / 10000 }],
    })),
  );
}

/** The id lists of a request path /v3/data/kpi/{a}/municipality/{b}/year/{c}. */
function listsOf(path: string): { kpis: string[]; municipalities: string[]; years: string[] } {
  const match = /\/data\/kpi\/([^/]+)\/municipality\/([^/]+)\/year\/([^/?]+)/.exec(path);
  if (!match) throw new Error(`not a data path: ${path}`);
  return { kpis: match[1].split(','), municipalities: match[2].split(','), years: match[3].split(',') };
}

const urlOf = (input: string | URL | Request): string =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

/** A fetch that answers from `handler` and records the URLs asked for. */
function stubFetch(handler: (url: string, call: number) => Response): { impl: typeof fetch; calls: string[]; times: number[] } {
  const calls: string[] = [];
  const times: number[] = [];
  const impl: typeof fetch = (input) => {
    const url = urlOf(input);
    calls.push(url);
    times.push(performance.now());
    return Promise.resolve(handler(url, calls.length));
  };
  return { impl, calls, times };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function failure(promise: Promise<unknown>): Promise<KoladaUnavailableError> {
  const error: unknown = await promise.then(
    () => new Error('expected fetchKoladaValues to fail'),
    (e: unknown) => e,
  );
  if (!(error instanceof KoladaUnavailableError)) throw error;
  return error;
}

describe('koladaBatches', () => {
  it('splits into lists of at most 25 (or the given size), in order', () => {
    const items = Array.from({ length: 60 }, (_, i) => i);
    const batches = koladaBatches(items);
    expect(batches.map((b) => b.length)).toEqual([25, 25, 10]);
    expect(batches.flat()).toEqual(items);
    expect(koladaBatches(['a', 'b', 'c'], 2)).toEqual([['a', 'b'], ['c']]);
    expect(koladaBatches(items.slice(0, 25))).toHaveLength(1);
    expect(koladaBatches([])).toEqual([]);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => koladaBatches([1], 0)).toThrow(RangeError);
    expect(() => koladaBatches([1], 2.5)).toThrow(RangeError);
  });
});

describe('fetchKoladaValues against the fake Kolada', () => {
  let kolada: FakeKolada;

  beforeEach(async () => {
    kolada = await startFakeKolada();
  });
  afterEach(async () => {
    await kolada.close();
  });

  it('builds the URL from the base URL (trailing slash dropped) and reads every value', async () => {
    kolada.setValues([
      {
        kpi: 'N15419',
        municipality: '0126',
        period: 2023,
        values: [
          { gender: 'K', value: 81.2 },
          { gender: 'M', value: 77 },
          { gender: 'T', value: 79.1 },
        ],
      },
      { kpi: 'N15419', municipality: '0001', period: 2022, values: [{ gender: 'T', value: null, status: 'Missing' }] },
      { kpi: 'U00405', municipality: '0126', period: 2023, values: [{ gender: 'T', value: 12.5 }] },
      { kpi: 'U00405', municipality: '0180', period: 2023, values: [{ gender: 'T', value: 99 }] }, // not asked for
    ]);
    const result = await fetchKoladaValues(
      { baseUrl: `${kolada.baseUrl}/`, backoffMs: 1 },
      ['N15419', 'U00405'],
      ['0126', '0001'],
      [2022, 2023],
    );
    expect(kolada.requests).toEqual(['/v3/data/kpi/N15419,U00405/municipality/0126,0001/year/2022,2023']);
    expect(result.requests).toBe(1);
    expect(result.problems).toEqual([]);
    expect(result.values).toEqual([
      { kpi: 'N15419', municipality: '0126', period: '2023', gender: 'WOMEN', value: 81.2, status: '' },
      { kpi: 'N15419', municipality: '0126', period: '2023', gender: 'MEN', value: 77, status: '' },
      { kpi: 'N15419', municipality: '0126', period: '2023', gender: 'TOTAL', value: 79.1, status: '' },
      { kpi: 'N15419', municipality: '0001', period: '2022', gender: 'TOTAL', value: null, status: 'Missing' },
      { kpi: 'U00405', municipality: '0126', period: '2023', gender: 'TOTAL', value: 12.5, status: '' },
    ]);
  });

  it('splits 30 KPIs × 60 municipalities into 2 × 3 = 6 requests of at most 25 ids per list, every combination once', async () => {
    const kpis = kpiIds(30);
    const municipalities = municipalityIds(60);
    kolada.setValues(rows(kpis, municipalities));
    kolada.pageSize = 10_000; // one page per batch: this test counts batches

    const result = await fetchKoladaValues({ baseUrl: kolada.baseUrl, backoffMs: 1 }, kpis, municipalities, [2023]);

    expect(result.requests).toBe(6);
    expect(kolada.requests).toHaveLength(6);
    const lists = kolada.requests.map(listsOf);
    for (const l of lists) {
      expect(l.kpis.length).toBeLessThanOrEqual(25);
      expect(l.municipalities.length).toBeLessThanOrEqual(25);
      expect(l.years).toEqual(['2023']);
    }
    expect(lists.map((l) => `${l.kpis.length}×${l.municipalities.length}`).sort()).toEqual([
      '25×10',
      '25×25',
      '25×25',
      '5×10',
      '5×25',
      '5×25',
    ]);
    expect(result.problems).toEqual([]);
    expect(result.values).toHaveLength(30 * 60);
    const combinations = new Set(result.values.map((v) => `${v.kpi}/${v.municipality}`));
    expect(combinations.size).toBe(30 * 60);
    const sample = result.values.find((v) => v.kpi === 'N10029' && v.municipality === '0159');
    expect(sample?.value).toBeCloseTo(10029.0159, 6);
  });

  it('asks once per id: duplicates are dropped', async () => {
    kolada.setValues(rows(['N15419'], ['0126']));
    const result = await fetchKoladaValues({ baseUrl: kolada.baseUrl }, ['N15419', 'N15419'], ['0126', '0126'], [2023, 2023]);
    expect(kolada.requests).toEqual(['/v3/data/kpi/N15419/municipality/0126/year/2023']);
    expect(result.values).toHaveLength(1);
  });

  it('follows every page (pageSize 2: 5 rows → 3 pages)', async () => {
    const municipalities = municipalityIds(5);
    kolada.setValues(rows(['N15419'], municipalities));
    kolada.pageSize = 2;

    const result = await fetchKoladaValues({ baseUrl: kolada.baseUrl, backoffMs: 1 }, ['N15419'], municipalities, [2023]);

    const path = `/v3/data/kpi/N15419/municipality/${municipalities.join(',')}/year/2023`;
    expect(kolada.requests).toEqual([path, `${path}?page=2`, `${path}?page=3`]);
    expect(result.requests).toBe(3);
    expect(result.values.map((v) => v.municipality)).toEqual(municipalities);
    expect(result.problems).toEqual([]);
  });

  it('stops after 100 pages of one batch, with a problem line', async () => {
    const municipalities = municipalityIds(25);
    kolada.setValues([
      ...rows(['N15419'], municipalities, 2022),
      ...rows(['N15419'], municipalities, 2023),
      ...rows(['N15419'], municipalities, 2024),
      ...rows(['N15419'], municipalities, 2025),
      ...rows(['N15419'], ['0100'], 2021),
    ]);
    kolada.pageSize = 1; // 101 rows → 101 pages

    const result = await fetchKoladaValues({ baseUrl: kolada.baseUrl }, ['N15419'], municipalities, [2021, 2022, 2023, 2024, 2025]);

    expect(kolada.requests).toHaveLength(100);
    expect(result.requests).toBe(100);
    expect(result.values).toHaveLength(100);
    expect(result.problems).toEqual([
      `Kolada gav fler än 100 sidor för kpi/N15419/municipality/${municipalities.join(',')}/year/2021,2022,2023,2024,2025; resten hämtades inte.`,
    ]);
  });

  it('retries a flaky Kolada: 2 failures, then success on the third attempt', async () => {
    kolada.setValues(rows(['N15419'], ['0126']));
    kolada.mode = 'flaky';
    kolada.flakyFailures = 2;

    const result = await fetchKoladaValues({ baseUrl: kolada.baseUrl, attempts: 3, backoffMs: 1 }, ['N15419'], ['0126'], [2023]);

    expect(kolada.requests).toEqual(Array(3).fill('/v3/data/kpi/N15419/municipality/0126/year/2023'));
    expect(result.requests).toBe(3);
    expect(result.values).toEqual([
      { kpi: 'N15419', municipality: '0126', period: '2023', gender: 'TOTAL', value: 15419.0126, status: '' },
    ]);
  });

  it('gives up when the flaky failures outlast the attempts', async () => {
    kolada.setValues(rows(['N15419'], ['0126']));
    kolada.mode = 'flaky';
    kolada.flakyFailures = 3;

    const error = await failure(fetchKoladaValues({ baseUrl: kolada.baseUrl, attempts: 3, backoffMs: 1 }, ['N15419'], ['0126'], [2023]));
    expect(error.status).toBe(500);
    expect(kolada.requests).toHaveLength(3);
  });

  it.each([1, 3, 4])(
    'throws KoladaUnavailableError (status 500) after exactly %i requests when Kolada always answers 500',
    async (attempts) => {
      kolada.setValues(rows(['N15419'], ['0126']));
      kolada.mode = 'error500';

      const error = await failure(fetchKoladaValues({ baseUrl: kolada.baseUrl, attempts, backoffMs: 1 }, ['N15419'], ['0126'], [2023]));

      expect(error.status).toBe(500);
      expect(error.message).toBe(`Kolada svarade inte (HTTP 500) efter ${attempts} försök.`);
      expect(error.name).toBe('KoladaUnavailableError');
      expect(kolada.requests).toHaveLength(attempts);
    },
  );

  it('throws KoladaUnavailableError when Kolada never answers (timeoutMs 100, attempts 2)', async () => {
    kolada.mode = 'timeout';
    const started = performance.now();

    const error = await failure(
      fetchKoladaValues({ baseUrl: kolada.baseUrl, timeoutMs: 100, attempts: 2, backoffMs: 1 }, ['N15419'], ['0126'], [2023]),
    );

    expect(error.message).toBe('Kolada svarade inte inom 0,1 sekunder efter 2 försök.');
    expect(error.status).toBeUndefined();
    expect(kolada.requests).toHaveLength(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('does not retry a 404 (not a retryable answer)', async () => {
    const wrongBase = kolada.baseUrl.replace(/\/v3$/, '/v2'); // the fake knows /v3 only

    const error = await failure(fetchKoladaValues({ baseUrl: wrongBase, attempts: 3, backoffMs: 1 }, ['N15419'], ['0126'], [2023]));

    expect(error.status).toBe(404);
    expect(error.message).toBe('Kolada avvisade frågan (HTTP 404).');
    expect(kolada.requests).toEqual(['/v2/data/kpi/N15419/municipality/0126/year/2023']);
  });

  it('returns nothing partial: a later batch that fails fails the whole fetch', async () => {
    const kpis = kpiIds(30);
    kolada.setValues(rows(kpis, ['0126']));
    const realFetch = fetch;
    // The first batch answers; the second batch's every request fails.
    const impl: typeof fetch = (input, init) => {
      if (urlOf(input).includes('N10025')) kolada.mode = 'error500';
      return realFetch(input, init);
    };

    const error = await failure(
      fetchKoladaValues({ baseUrl: kolada.baseUrl, attempts: 2, backoffMs: 1, fetchImpl: impl }, kpis, ['0126'], [2023]),
    );

    expect(error.status).toBe(500);
    expect(kolada.requests).toHaveLength(3);
  });

  it('retries a refused connection and then reports Kolada as unreachable', async () => {
    const closed = await startFakeKolada();
    const baseUrl = closed.baseUrl;
    await closed.close();

    const error = await failure(fetchKoladaValues({ baseUrl, attempts: 2, backoffMs: 1 }, ['N15419'], ['0126'], [2023]));

    expect(error.message).toBe('Kolada gick inte att nå efter 2 försök.');
    expect(error.status).toBeUndefined();
  });
});

describe('fetchKoladaValues with a stubbed fetch', () => {
  const page = (municipality: string, next: Record<string, string | null>) => ({
    values: [{ kpi: 'N15419', municipality, period: '2023', values: [{ gender: 'T', value: 1 }] }],
    ...next,
  });

  it('retries 429 like 5xx', async () => {
    const stub = stubFetch((_url, call) =>
      call === 1 ? json({ error: 'Too Many Requests' }, 429) : json(page('0126', { next_url: null })),
    );
    const result = await fetchKoladaValues(
      { baseUrl: 'https://api.kolada.se/v3', backoffMs: 1, fetchImpl: stub.impl },
      ['N15419'],
      ['0126'],
      [2023],
    );
    expect(stub.calls).toHaveLength(2);
    expect(result.requests).toBe(2);
    expect(result.values.map((v) => v.municipality)).toEqual(['0126']);
  });

  it('waits backoffMs before the first retry and doubles it for the next', async () => {
    const stub = stubFetch(() => json({}, 503));
    const error = await failure(
      fetchKoladaValues(
        { baseUrl: 'https://api.kolada.se/v3', attempts: 3, backoffMs: 40, fetchImpl: stub.impl },
        ['N15419'],
        ['0126'],
        [2023],
      ),
    );
    expect(error.message).toBe('Kolada svarade inte (HTTP 503) efter 3 försök.');
    expect(stub.times).toHaveLength(3);
    // Timers may fire a millisecond early; the lower bounds are what backoff promises.
    expect(stub.times[1] - stub.times[0]).toBeGreaterThanOrEqual(38);
    expect(stub.times[2] - stub.times[1]).toBeGreaterThanOrEqual(78);
  });

  it('follows v2 next_page links', async () => {
    const base = 'https://api.kolada.se/v2/data/kpi/N15419/municipality/0126,0180/year/2023';
    const stub = stubFetch((url) =>
      url.endsWith('page=2')
        ? json(page('0180', { next_page: null, previous_page: `${base}?page=1` }))
        : json(page('0126', { next_page: `${base}?page=2`, previous_page: null })),
    );
    const result = await fetchKoladaValues(
      { baseUrl: 'https://api.kolada.se/v2', fetchImpl: stub.impl },
      ['N15419'],
      ['0126', '0180'],
      [2023],
    );
    expect(stub.calls).toEqual([base, `${base}?page=2`]);
    expect(result.values.map((v) => v.municipality)).toEqual(['0126', '0180']);
  });

  it('refuses a next link to another host: a problem line, the pages so far kept', async () => {
    const stub = stubFetch(() =>
      json(page('0126', { next_url: 'https://kolada.example.net/v3/data/kpi/N15419/municipality/0126/year/2023?page=2' })),
    );
    const result = await fetchKoladaValues({ baseUrl: 'https://api.kolada.se/v3', fetchImpl: stub.impl }, ['N15419'], ['0126'], [2023]);
    expect(stub.calls).toHaveLength(1);
    expect(result.values).toHaveLength(1);
    expect(result.problems).toEqual([
      'Länken till nästa sida går till en annan server (kolada.example.net) än Kolada; följande sidor hämtades inte.',
    ]);
  });

  it('stops when a next link points back at a page already fetched', async () => {
    const first = 'https://api.kolada.se/v3/data/kpi/N15419/municipality/0126/year/2023';
    const stub = stubFetch(() => json(page('0126', { next_url: first })));
    const result = await fetchKoladaValues({ baseUrl: 'https://api.kolada.se/v3', fetchImpl: stub.impl }, ['N15419'], ['0126'], [2023]);
    expect(stub.calls).toEqual([first]);
    expect(result.problems).toEqual(['Länken till nästa sida pekar på en sida som redan hämtats; följande sidor hämtades inte.']);
  });

  it('keeps the parser problem lines of every page', async () => {
    const stub = stubFetch(() =>
      json({
        values: [
          {
            kpi: 'N15419',
            municipality: '0126',
            period: 2023,
            values: [
              { gender: 'X', value: 1 },
              { gender: 'T', value: 2 },
            ],
          },
        ],
        next_url: null,
      }),
    );
    const result = await fetchKoladaValues({ baseUrl: 'https://api.kolada.se/v3', fetchImpl: stub.impl }, ['N15419'], ['0126'], [2023]);
    expect(result.values.map((v) => v.value)).toEqual([2]);
    expect(result.problems).toEqual(['Okänt kön "X" för N15419, 0126, 2023; värdet hoppades över.']);
  });

  it('retries a body that is not JSON (a proxy error page) and then gives up', async () => {
    const stub = stubFetch(() => new Response('<html>Bad gateway</html>', { status: 200 }));
    const error = await failure(
      fetchKoladaValues(
        { baseUrl: 'https://api.kolada.se/v3', attempts: 2, backoffMs: 1, fetchImpl: stub.impl },
        ['N15419'],
        ['0126'],
        [2023],
      ),
    );
    expect(error.message).toBe('Kolada svarade med något annat än JSON efter 2 försök.');
    expect(stub.calls).toHaveLength(2);
  });

  it('throws KoladaFormatError at once for JSON that is not a data response', async () => {
    const stub = stubFetch(() => json({ error: 'unknown endpoint' }));
    await expect(
      fetchKoladaValues({ baseUrl: 'https://api.kolada.se/v3', fetchImpl: stub.impl }, ['N15419'], ['0126'], [2023]),
    ).rejects.toThrow(KoladaFormatError);
    expect(stub.calls).toHaveLength(1);
  });

  it('asks nothing for an empty list', async () => {
    const stub = stubFetch(() => json({ values: [] }));
    await expect(fetchKoladaValues({ baseUrl: 'https://api.kolada.se/v3', fetchImpl: stub.impl }, [], ['0126'], [2023])).resolves.toEqual({
      values: [],
      problems: [],
      requests: 0,
    });
    expect(stub.calls).toHaveLength(0);
  });

  it.each([
    ['a KPI id that is not one', ['N15419/x'], ['0126'], [2023]],
    ['a municipality id that is not one', ['N15419'], ['126'], [2023]],
    ['a year that is not one', ['N15419'], ['0126'], [2023.5]],
  ])('refuses %s before any request', async (_label, kpis, municipalities, years) => {
    const stub = stubFetch(() => json({ values: [] }));
    await expect(
      fetchKoladaValues({ baseUrl: 'https://api.kolada.se/v3', fetchImpl: stub.impl }, kpis, municipalities, years),
    ).rejects.toThrow(RangeError);
    expect(stub.calls).toHaveLength(0);
  });
});
