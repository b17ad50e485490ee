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

/** A year that is not there (`period_start`/`period_end` NULL) in the year arrays. */
const NO_YEAR = -2147483648;

/** Each distinct value once, numbered from 0 in order of first appearance. */
class Dictionary {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(value, id);
      this.names.push(value);
    }
    return id;
  }

  /** Which ids the filter wants (a value no row has wants nothing); null when the filter is not given. */
  wanted(values: readonly string[] | null | undefined): Uint8Array | null {
    if (!values?.length) return null;
    const flags = new Uint8Array(this.names.length);
    for (const value of values) {
      const id = this.ids.get(value);
      if (id !== undefined) flags[id] = 1;
    }
    return flags;
  }
}

/** A facet with several values per row: row r's value ids are ids[offsets[r] .. offsets[r + 1]). */
class MultiFacet {
  readonly dictionary = new Dictionary();
  offsets: Uint32Array;
  ids: Uint32Array;

  constructor(rows: readonly FacetRow[], values: (row: FacetRow) => readonly string[]) {
    this.offsets = new Uint32Array(rows.length + 1);
    const flat: number[] = [];
    rows.forEach((row, r) => {
      for (const value of values(row)) flat.push(this.dictionary.id(value));
      this.offsets[r + 1] = flat.length;
    });
    this.ids = Uint32Array.from(flat);
  }

  has(row: number, wanted: Uint8Array | null): boolean {
    if (wanted === null) return true;
    for (let k = this.offsets[row]; k < this.offsets[row + 1]; k += 1) if (wanted[this.ids[k]]) return true;
    return false;
  }

  tally(row: number, into: Int32Array): void {
    for (let k = this.offsets[row]; k < this.offsets[row + 1]; k += 1) into[this.ids[k]] += 1;
  }
}

/**
 * The published examples' facet values as arrays of small integers, rows by position: every value is
 * stored once, and counting the facets of 45,000 matched rows reads typed arrays only (no strings, no
 * sets, no allocation per row). Built by ExampleSearchService once per library version.
 */
export class FacetIndex {
  readonly size: number;
  private readonly subjects: MultiFacet;
  private readonly areas: MultiFacet;
  private readonly counties: MultiFacet;
  private readonly origins = new Dictionary();
  private readonly origin: Uint32Array;
  private readonly starts = new Dictionary();
  /** The start year's id in `starts`, -1 without a start year. */
  private readonly startId: Int32Array;
  private readonly start: Int32Array;
  private readonly end: Int32Array;

  constructor(rows: readonly FacetRow[]) {
    this.size = rows.length;
    this.subjects = new MultiFacet(rows, (row) => row.subjects);
    this.areas = new MultiFacet(rows, (row) => row.activityAreas);
    this.counties = new MultiFacet(rows, (row) => row.counties);
    this.origin = Uint32Array.from(rows, (row) => this.origins.id(row.originKind));
    this.startId = Int32Array.from(rows, (row) => (row.periodStart === null ? -1 : this.starts.id(String(row.periodStart))));
    this.start = Int32Array.from(rows, (row) => row.periodStart ?? NO_YEAR);
    this.end = Int32Array.from(rows, (row) => row.periodEnd ?? NO_YEAR);
  }

  /**
   * The total and every facet's counts over the rows at `positions` (every row when null), as
   * docs/domain.md ("Learning examples") says: values within a facet are OR, facets are AND, and each
   * facet's counts apply every filter but its own (the active year is no facet and applies to all).
   * The same semantics as the SQL path of ExampleSearchService.counts.
   */
  count(positions: ArrayLike<number> | null, filter: FacetFilter): FacetCounts {
    const subjects = this.subjects.dictionary.wanted(filter.subjects);
    const areas = this.areas.dictionary.wanted(filter.activityAreas);
    const counties = this.counties.dictionary.wanted(filter.countyCodes);
    const origins = this.origins.wanted(filter.originKinds);
    const years = filter.startYears?.length ? new Set(filter.startYears) : null;
    const year = filter.activeInYear ?? null;
    const tallies = {
      subjects: new Int32Array(this.subjects.dictionary.names.length),
      activityAreas: new Int32Array(this.areas.dictionary.names.length),
      originKinds: new Int32Array(this.origins.names.length),
      counties: new Int32Array(this.counties.dictionary.names.length),
      startYears: new Int32Array(this.starts.names.length),
    };
    const matched = positions === null ? this.size : positions.length;
    let total = 0;
    for (let i = 0; i < matched; i += 1) {
      const row = positions === null ? i : positions[i];
      const start = this.start[row];
      if (year !== null && !(start !== NO_YEAR && start <= year && (this.end[row] === NO_YEAR || this.end[row] >= year))) continue;
      const s = this.subjects.has(row, subjects);
      const a = this.areas.has(row, areas);
      const o = origins === null || origins[this.origin[row]] === 1;
      const c = this.counties.has(row, counties);
      const y = years === null || (start !== NO_YEAR && years.has(start));
      if (s && a && o && c && y) total += 1;
      if (a && o && c && y) this.subjects.tally(row, tallies.subjects);
      if (s && o && c && y) this.areas.tally(row, tallies.activityAreas);
      if (s && a && c && y) tallies.originKinds[this.origin[row]] += 1;
      if (s && a && o && y) this.counties.tally(row, tallies.counties);
      if (s && a && o && c && this.startId[row] >= 0) tallies.startYears[this.startId[row]] += 1;
    }
    const order = (a: FacetValue, b: FacetValue) => b.count - a.count || a.value.localeCompare(b.value, 'sv');
    const list = (tally: Int32Array, names: string[]) => {
      const values: FacetValue[] = [];
      tally.forEach((count, id) => {
        if (count > 0) values.push({ value: names[id], count });
      });
      return values.sort(order);
    };
    return {
      total,
      matched,
      facets: {
        subjects: list(tallies.subjects, this.subjects.dictionary.names),
        activityAreas: list(tallies.activityAreas, this.areas.dictionary.names),
        originKinds: list(tallies.originKinds, this.origins.names),
        counties: list(tallies.counties, this.counties.dictionary.names),
        startYears: list(tallies.startYears, this.starts.names),
      },
    };
  }
}

/** The counts over the given rows (FacetIndex.count over all of them). */
export function countFacets(rows: readonly FacetRow[], filter: FacetFilter): FacetCounts {
  return new FacetIndex(rows).count(null, filter);
}
