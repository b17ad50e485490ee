import { ExampleFacets, FacetValue } from './search.models';

/** What the facets need of one published example (the search's in-memory copy, see ExampleSearchService). */
export interface FacetRow {
  subjects: readonly string[];
  activityAreas: readonly string[];
  originKind: string;
  periodStart: number | null;
  periodEnd: number | null;
  counties: readonly string[];
}

export interface FacetFilter {
  subjects?: readonly string[] | null;
  activityAreas?: readonly string[] | null;
  originKinds?: readonly string[] | null;
  countyCodes?: readonly string[] | null;
  startYears?: readonly number[] | null;
  activeInYear?: number | null;
}

export interface FacetCounts {
  /** Examples passing every filter. */
  total: number;
  /** Examples before the filters (the text's matches). */
  matched: number;
  facets: ExampleFacets;
}

const overlaps = (values: readonly string[], wanted: ReadonlySet<string> | null) => wanted === null || values.some((value) => wanted.has(value));
const setOf = <T>(values: readonly T[] | null | undefined): ReadonlySet<T> | null => (values?.length ? new Set(values) : null);

/**
 * The total and every facet's counts over the given examples, as docs/domain.md ("Learning examples") says: values within a facet
 * are OR, facets are AND, and each facet's counts apply every filter but its own (the active year is no
 * facet and applies to all). The same semantics as the SQL path of ExampleSearchService.counts.
 */
export function countFacets(rows: readonly FacetRow[], filter: FacetFilter): FacetCounts {
  const subjects = setOf(filter.subjects);
  const areas = setOf(filter.activityAreas);
  const origins = setOf(filter.originKinds);
  const counties = setOf(filter.countyCodes);
  const years = setOf(filter.startYears);
  const year = filter.activeInYear ?? null;
  const tallies = { subjects: new Map<string, number>(), activityAreas: new Map<string, number>(), originKinds: new Map<string, number>(), counties: new Map<string, number>(), startYears: new Map<string, number>() };
  const add = (tally: Map<string, number>, value: string) => tally.set(value, (tally.get(value) ?? 0) + 1);
  let total = 0;
  for (const row of rows) {
    if (year !== null && !(row.periodStart !== null && row.periodStart <= year && (row.periodEnd === null || row.periodEnd >= year))) continue;
    const s = overlaps(row.subjects, subjects);
    const a = overlaps(row.activityAreas, areas);
    const o = origins === null || origins.has(row.originKind);
    const c = overlaps(row.counties, counties);
    const y = years === null || (row.periodStart !== null && years.has(row.periodStart));
    if (s && a && o && c && y) total += 1;
    if (a && o && c && y) for (const value of row.subjects) add(tallies.subjects, value);
    if (s && o && c && y) for (const value of row.activityAreas) add(tallies.activityAreas, value);
    if (s && a && c && y) add(tallies.originKinds, row.originKind);
    if (s && a && o && y) for (const value of row.counties) add(tallies.counties, value);
    if (s && a && o && c && row.periodStart !== null) add(tallies.startYears, String(row.periodStart));
  }
  const order = (a: FacetValue, b: FacetValue) => b.count - a.count || a.value.localeCompare(b.value, 'sv');
  const list = (tally: Map<string, number>) => [...tally].map(([value, count]) => ({ value, count })).sort(order);
  return {
    total,
    matched: rows.length,
    facets: {
      subjects: list(tallies.subjects),
      activityAreas: list(tallies.activityAreas),
      originKinds: list(tallies.originKinds),
      counties: list(tallies.counties),
      startYears: list(tallies.startYears),
    },
  };
}
