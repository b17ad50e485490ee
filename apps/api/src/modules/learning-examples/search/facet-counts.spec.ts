import { countFacets, FacetRow } from './facet-counts';

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
