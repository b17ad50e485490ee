import { countFacets, FacetFilter, FacetIndex, FacetRow } from './facet-counts';

const row = (subjects: string[], areas: string[], origin: string, start: number | null, end: number | null, counties: string[]): FacetRow => ({
  subjects,
  activityAreas: areas,
  originKind: origin,
  periodStart: start,
  periodEnd: end,
  counties,
});

const ROWS = [
  row(['Jämställdhet', 'Folkhälsa'], ['Skola och förskola'], 'MUNICIPALITY', 2018, 2020, ['01']),
  row(['Jämställdhet'], ['Socialtjänst'], 'MUNICIPALITY', 2020, null, ['12']),
  row(['Folkhälsa'], ['Socialtjänst'], 'REGION', 2021, null, ['12']),
  row(['Integration'], [], 'OTHER', null, null, ['01', '12']),
];

describe('countFacets', () => {
  it('counts every value without filters, most first, then in Swedish order', () => {
    const result = countFacets(ROWS, {});
    expect(result.total).toBe(4);
    expect(result.matched).toBe(4);
    expect(result.facets.subjects).toEqual([
      { value: 'Folkhälsa', count: 2 },
      { value: 'Jämställdhet', count: 2 },
      { value: 'Integration', count: 1 },
    ]);
    expect(result.facets.counties).toEqual([{ value: '12', count: 3 }, { value: '01', count: 2 }]);
    expect(result.facets.startYears).toEqual([{ value: '2018', count: 1 }, { value: '2020', count: 1 }, { value: '2021', count: 1 }]);
  });

  it('ORs within a facet, ANDs across facets, and leaves each facet’s own filter out of its counts', () => {
    const result = countFacets(ROWS, { subjects: ['Folkhälsa', 'Integration'], countyCodes: ['12'] });
    expect(result.total).toBe(2);
    // Subjects: only the county filter applies (rows 2, 3, 4).
    expect(result.facets.subjects).toEqual([
      { value: 'Folkhälsa', count: 1 },
      { value: 'Integration', count: 1 },
      { value: 'Jämställdhet', count: 1 },
    ]);
    // Counties: only the subject filter applies (rows 1, 3, 4).
    expect(result.facets.counties).toEqual([{ value: '01', count: 2 }, { value: '12', count: 2 }]);
    expect(result.facets.originKinds).toEqual([{ value: 'OTHER', count: 1 }, { value: 'REGION', count: 1 }]);
  });

  it('applies the active year to every facet, and start years as the Startår facet counts them', () => {
    const active = countFacets(ROWS, { activeInYear: 2020 });
    expect(active.total).toBe(2);
    expect(active.matched).toBe(4);
    expect(active.facets.startYears).toEqual([{ value: '2018', count: 1 }, { value: '2020', count: 1 }]);
    const started = countFacets(ROWS, { startYears: [2020, 2021] });
    expect(started.total).toBe(2);
    expect(started.facets.startYears).toHaveLength(3);
  });
});

/** The rules read as plainly as possible, to hold FacetIndex to (docs/domain.md "Learning examples"). */
function reference(rows: readonly FacetRow[], filter: FacetFilter) {
  const wants = (values: readonly string[], wanted?: readonly string[] | null) => !wanted?.length || values.some((value) => wanted.includes(value));
  const year = filter.activeInYear ?? null;
  const active = rows.filter((r) => year === null || (r.periodStart !== null && r.periodStart <= year && (r.periodEnd === null || r.periodEnd >= year)));
  const passes = (r: FacetRow, except?: string) =>
    (except === 'subjects' || wants(r.subjects, filter.subjects)) &&
    (except === 'activityAreas' || wants(r.activityAreas, filter.activityAreas)) &&
    (except === 'originKinds' || wants([r.originKind], filter.originKinds)) &&
    (except === 'counties' || wants(r.counties, filter.countyCodes)) &&
    (except === 'startYears' || !filter.startYears?.length || (r.periodStart !== null && filter.startYears.includes(r.periodStart)));
  const tally = (facet: string, values: (r: FacetRow) => string[]) => {
    const counts = new Map<string, number>();
    for (const r of active.filter((x) => passes(x, facet))) for (const v of values(r)) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'sv'));
  };
  return {
    total: active.filter((r) => passes(r)).length,
    matched: rows.length,
    facets: {
      subjects: tally('subjects', (r) => [...r.subjects]),
      activityAreas: tally('activityAreas', (r) => [...r.activityAreas]),
      originKinds: tally('originKinds', (r) => [r.originKind]),
      counties: tally('counties', (r) => [...r.counties]),
      startYears: tally('startYears', (r) => (r.periodStart === null ? [] : [String(r.periodStart)])),
    },
  };
}

describe('FacetIndex', () => {
  // A small seeded generator, so a failure can be replayed.
  let seed = 20261203;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T>(list: readonly T[], n: number) => list.filter(() => next() < n / list.length);
  const SUBJECTS = ['Jämställdhet', 'Folkhälsa', 'Integration', 'Utbildning', 'Äldreomsorg'];
  const AREAS = ['Socialtjänst', 'Skola och förskola', 'Kultur och fritid'];
  const COUNTIES = ['01', '03', '12', '14', '25'];
  const YEARS = [2016, 2018, 2020, 2022];
  const randomRow = (): FacetRow => {
    const start = next() < 0.15 ? null : YEARS[Math.floor(next() * YEARS.length)];
    return row(pick(SUBJECTS, 2), pick(AREAS, 1), ['MUNICIPALITY', 'REGION', 'OTHER'][Math.floor(next() * 3)], start, start !== null && next() < 0.6 ? start + Math.floor(next() * 4) : null, pick(COUNTIES, 1.5));
  };
  const rows = Array.from({ length: 400 }, randomRow);
  const index = new FacetIndex(rows);

  it('counts as the rules say, for any filter and any subset of the rows', () => {
    for (let round = 0; round < 200; round += 1) {
      const filter: FacetFilter = {
        subjects: next() < 0.4 ? [...pick(SUBJECTS, 1.5), ...(next() < 0.2 ? ['Finns inte'] : [])] : null,
        activityAreas: next() < 0.3 ? pick(AREAS, 1) : null,
        originKinds: next() < 0.3 ? ['REGION'] : null,
        countyCodes: next() < 0.3 ? pick(COUNTIES, 2) : null,
        startYears: next() < 0.3 ? pick(YEARS, 2) : null,
        activeInYear: next() < 0.3 ? 2017 + Math.floor(next() * 6) : null,
      };
      const positions = round % 2 === 0 ? null : Int32Array.from(rows.map((_, i) => i).filter(() => next() < 0.5));
      const subset = positions === null ? rows : Array.from(positions, (i) => rows[i]);
      expect(index.count(positions, filter)).toEqual(reference(subset, filter));
    }
  });

  it('wants nothing for a filter value no example has', () => {
    expect(index.count(null, { subjects: ['Finns inte'] }).total).toBe(0);
    expect(index.count(null, { subjects: [] }).total).toBe(rows.length);
  });
});
