import { readFileSync } from 'fs';
import { join } from 'path';
import { KOLADA_KPI_ID, KoladaFormatError, KoladaValue, parseKoladaPage } from './kolada-response';

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(__dirname, '__fixtures__', name), 'utf8'));

const value = (v: Partial<KoladaValue>): KoladaValue => ({
  kpi: 'N15419',
  municipality: '0126',
  period: '2023',
  gender: 'TOTAL',
  value: 0,
  status: '',
  ...v,
});

/** A v3 body with one entry for N15419, 0126, 2023 holding the given gender values. */
const oneEntry = (values: unknown[]): unknown => ({
  values: [{ kpi: 'N15419', municipality: '0126', period: 2023, values }],
  count: 1,
  next_url: null,
});

describe('parseKoladaPage: the v3 shape', () => {
  const page = parseKoladaPage(fixture('kolada-v3-page.json'));

  it('reads every gender of every municipality, the region and the country, period as a string', () => {
    expect(page.problems).toEqual([]);
    expect(page.values).toHaveLength(15);
    expect(page.values.slice(0, 3)).toEqual([
      value({ gender: 'WOMEN', value: 81.2 }),
      value({ gender: 'MEN', value: 77 }),
      value({ gender: 'TOTAL', value: 79.1 }),
    ]);
    expect(page.values.filter((v) => v.gender === 'TOTAL').map((v) => [v.municipality, v.value])).toEqual([
      ['0126', 79.1],
      ['0180', 84.6],
      ['2380', 76.8],
      ['0001', 82],
      ['0000', 80.8],
    ]);
  });

  it('keeps a null value as missing (never 0) with its status', () => {
    const missing = page.values.filter((v) => v.value === null);
    expect(missing).toEqual([value({ municipality: '2380', gender: 'WOMEN', value: null, status: 'Missing' })]);
    expect(page.values.some((v) => v.municipality === '2380' && v.gender === 'WOMEN' && v.value === 0)).toBe(false);
  });

  it('returns next_url as the next page', () => {
    expect(page.next).toBe('https://api.kolada.se/v3/data/kpi/N15419/municipality/0126,0180,2380,0001,0000/year/2022,2023?page=2');
  });
});

describe('parseKoladaPage: the v2 shape', () => {
  const page = parseKoladaPage(fixture('kolada-v2-page.json'));

  it('reads string periods and next_page (null: the last page, previous_page is not a next page)', () => {
    expect(page.problems).toEqual([]);
    expect(page.next).toBeNull();
    expect(page.values.map((v) => `${v.kpi} ${v.municipality} ${v.period} ${v.gender} ${v.value}`)).toEqual([
      'U00405 1280 2021 WOMEN 62.5',
      'U00405 1280 2021 MEN 58.25',
      'U00405 1280 2021 TOTAL 60.4',
      'U00405 1280 2022 WOMEN 64',
      'U00405 1280 2022 MEN 59.7',
      'U00405 1280 2022 TOTAL 61.9',
      'U00405 1480 2022 WOMEN 66.3',
      'U00405 1480 2022 MEN null',
      'U00405 1480 2022 TOTAL 63',
    ]);
    expect(page.values[7].status).toBe('Missing');
  });

  it('follows next_page when it is set', () => {
    const body = {
      values: [],
      next_page: 'https://api.kolada.se/v2/data/kpi/U00405/municipality/1280/year/2022?page=3',
      previous_page: null,
    };
    expect(parseKoladaPage(body).next).toBe('https://api.kolada.se/v2/data/kpi/U00405/municipality/1280/year/2022?page=3');
  });

  it('trims a string period and turns a numeric one into a string', () => {
    const body = {
      values: [
        { kpi: 'N15419', municipality: '0126', period: ' 2021 ', values: [{ gender: 'T', value: 1 }] },
        { kpi: 'N15419', municipality: '0126', period: 2022, values: [{ gender: 'T', value: 2 }] },
      ],
    };
    expect(parseKoladaPage(body).values.map((v) => v.period)).toEqual(['2021', '2022']);
  });
});

describe('parseKoladaPage: a KPI not split by gender', () => {
  it('reads the T values only, as TOTAL', () => {
    const page = parseKoladaPage(fixture('kolada-total-only.json'));
    expect(page.problems).toEqual([]);
    expect(page.next).toBeNull();
    expect(page.values).toEqual([
      value({ kpi: 'N00941', period: '2022', value: 1243 }),
      value({ kpi: 'N00941', period: '2023', value: 1289 }),
      value({ kpi: 'N00941', municipality: '0001', period: '2023', value: 25406 }),
    ]);
  });
});

describe('parseKoladaPage: values', () => {
  it('accepts a number written as text', () => {
    const page = parseKoladaPage(
      oneEntry([
        { gender: 'K', value: '81.2' },
        { gender: 'M', value: ' -3 ' },
        { gender: 'T', value: '0' },
      ]),
    );
    expect(page.problems).toEqual([]);
    expect(page.values.map((v) => v.value)).toEqual([81.2, -3, 0]);
  });

  it('keeps 0 as 0 and null as null, a null without status with status ""', () => {
    const page = parseKoladaPage(
      oneEntry([
        { gender: 'K', value: 0, status: '' },
        { gender: 'M', value: null },
      ]),
    );
    expect(page.values).toEqual([value({ gender: 'WOMEN', value: 0 }), value({ gender: 'MEN', value: null, status: '' })]);
  });

  it('reports an unreadable value and keeps the other genders', () => {
    const page = parseKoladaPage(
      oneEntry([
        { gender: 'K', value: 'abc' },
        { gender: 'M', value: { n: 1 } },
        { gender: 'T', value: 79.1 },
        { gender: 'K', value: '' },
        { gender: 'M', value: '81,2' },
        { gender: 'T' },
      ]),
    );
    expect(page.values).toEqual([value({ value: 79.1 })]);
    expect(page.problems).toEqual([
      'Ogiltigt värde "abc" för N15419, 0126, 2023 (kvinnor); värdet hoppades över.',
      'Ogiltigt värde {"n":1} för N15419, 0126, 2023 (män); värdet hoppades över.',
      'Ogiltigt värde "" för N15419, 0126, 2023 (kvinnor); värdet hoppades över.',
      'Ogiltigt värde "81,2" för N15419, 0126, 2023 (män); värdet hoppades över.',
      'Värde saknas för N15419, 0126, 2023 (totalt); värdet hoppades över.',
    ]);
  });
});

describe('parseKoladaPage: bad entries become problem lines, the rest is kept', () => {
  it('skips an unknown gender letter, naming KPI, municipality and period', () => {
    const page = parseKoladaPage(oneEntry([{ gender: 'X', value: 1 }, { gender: 'k', value: 2 }, { value: 3 }, { gender: 'T', value: 4 }]));
    expect(page.values).toEqual([value({ value: 4 })]);
    expect(page.problems).toEqual([
      'Okänt kön "X" för N15419, 0126, 2023; värdet hoppades över.',
      'Okänt kön "k" för N15419, 0126, 2023; värdet hoppades över.',
      'Kön saknas för N15419, 0126, 2023; värdet hoppades över.',
    ]);
  });

  it('skips an entry without KPI, municipality or period and keeps the others', () => {
    const good = { kpi: 'N15419', municipality: '0180', period: 2023, values: [{ gender: 'T', value: 84.6 }] };
    const page = parseKoladaPage({
      values: [
        { municipality: '0126', period: 2023, values: [{ gender: 'T', value: 1 }] },
        good,
        { kpi: 'N15419', municipality: '', period: 2023, values: [{ gender: 'T', value: 2 }] },
        { kpi: 'N15419', municipality: '0126', values: [{ gender: 'T', value: 3 }] },
        { values: [] },
        'N15419',
        null,
        { kpi: 'N15419', municipality: '0126', period: 2023 },
      ],
      next_url: null,
    });
    expect(page.values).toEqual([value({ municipality: '0180', value: 84.6 })]);
    expect(page.problems).toEqual([
      'Post 1 i svaret saknar KPI (?, 0126, 2023); den hoppades över.',
      'Post 3 i svaret saknar kommun (N15419, ?, 2023); den hoppades över.',
      'Post 4 i svaret saknar period (N15419, 0126, ?); den hoppades över.',
      'Post 5 i svaret saknar KPI, kommun, period (?, ?, ?); den hoppades över.',
      'Post 6 i svaret är inte ett objekt; den hoppades över.',
      'Post 7 i svaret är inte ett objekt; den hoppades över.',
      'Inga värden (values) för N15419, 0126, 2023; posten hoppades över.',
    ]);
  });

  it('skips a gender value that is not an object', () => {
    const page = parseKoladaPage(oneEntry([42, { gender: 'T', value: 5 }]));
    expect(page.values).toEqual([value({ value: 5 })]);
    expect(page.problems).toEqual(['Ett värde för N15419, 0126, 2023 är inte ett objekt; det hoppades över.']);
  });

  it('reports a next link that is not a string and does not follow it', () => {
    const page = parseKoladaPage({ values: [], next_url: 2 });
    expect(page.next).toBeNull();
    expect(page.problems).toEqual(['Ogiltig länk till nästa sida (2); följande sidor hämtades inte.']);
  });

  it('reads an empty next link as the last page, silently', () => {
    expect(parseKoladaPage({ values: [], next_url: '' })).toEqual({ values: [], problems: [], next: null });
  });
});

describe('parseKoladaPage: not a Kolada data response', () => {
  it.each([
    ['null', null],
    ['a string', 'Service Unavailable'],
    ['a number', 42],
    ['an array', [{ kpi: 'N15419' }]],
    ['an object without values', { error: 'not found' }],
    ['values that is not a list', { values: { kpi: 'N15419' } }],
  ])('throws KoladaFormatError with a Swedish message for %s', (_label, body) => {
    expect(() => parseKoladaPage(body)).toThrow(KoladaFormatError);
    expect(() => parseKoladaPage(body)).toThrow(/^Svaret från Kolada /);
  });
});

describe('KOLADA_KPI_ID', () => {
  it('accepts one capital letter and five digits only', () => {
    expect(['N15419', 'U00405'].every((id) => KOLADA_KPI_ID.test(id))).toBe(true);
    expect(['n15419', 'N1541', 'N154190', 'NN5419', ' N15419', 'N15419,U00405'].some((id) => KOLADA_KPI_ID.test(id))).toBe(false);
  });
});
