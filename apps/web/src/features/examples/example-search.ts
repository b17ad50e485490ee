import type { ExampleFilter, ExampleOrigin, ExampleSort, LibrarySearchQueryVariables } from '../../gql/graphql';
import { isCountyCode } from '../organizations';

export const EXAMPLE_ORIGINS: readonly ExampleOrigin[] = ['MUNICIPALITY', 'REGION', 'OTHER'];
export const SEARCH_PAGE_SIZE = 20;
const MAX_QUERY_LENGTH = 200;
/** The API's limits on a filter: at most 100 values, each at most 200 characters; years 1900–2200. */
const MAX_VALUES = 100;
const MAX_TERM_LENGTH = 200;
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/**
 * A library search as it lives in the URL, with short Swedish parameter names so a search can be
 * shared: `?q=förskola&amne=Jämställdhet&amne=Folkhälsa&omrade=Skola+och+förskola&fran=kommun&lan=01&ar=2018&sortering=senaste`.
 */
export interface ExampleSearch {
  q: string;
  sort: ExampleSort;
  /** Ämne: vocabulary terms. */
  subjects: string[];
  /** Verksamhetsområde: vocabulary terms. */
  activityAreas: string[];
  /** Exempel från. */
  originKinds: ExampleOrigin[];
  /** Län: county codes, "01". */
  countyCodes: string[];
  /** Startår. */
  startYears: number[];
}

export type ExampleFacetFilters = Omit<ExampleSearch, 'q' | 'sort'>;

export const EMPTY_FACETS: ExampleFacetFilters = { subjects: [], activityAreas: [], originKinds: [], countyCodes: [], startYears: [] };
export const EMPTY_SEARCH: ExampleSearch = { q: '', sort: 'RELEVANCE', ...EMPTY_FACETS };

const PARAM = {
  q: 'q',
  sort: 'sortering',
  subjects: 'amne',
  activityAreas: 'omrade',
  originKinds: 'fran',
  countyCodes: 'lan',
  startYears: 'ar',
} as const;

const ORIGIN_PARAM: Record<ExampleOrigin, string> = { MUNICIPALITY: 'kommun', REGION: 'region', OTHER: 'annan' };
const NEWEST_PARAM = 'senaste';

function originFromParam(value: string): ExampleOrigin | undefined {
  return EXAMPLE_ORIGINS.find((origin) => ORIGIN_PARAM[origin] === value);
}

/** Distinct, in a fixed order, at most the API's limit: equal searches share one URL and one query. */
function distinctTerms(values: string[]): string[] {
  const terms = values.map((value) => value.trim()).filter((value) => value && value.length <= MAX_TERM_LENGTH);
  return [...new Set(terms)].sort((a, b) => a.localeCompare(b, 'sv')).slice(0, MAX_VALUES);
}

function distinctYears(values: number[]): number[] {
  return [...new Set(values)].filter((year) => Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR).sort((a, b) => a - b);
}

function distinctOrigins(values: ExampleOrigin[]): ExampleOrigin[] {
  return EXAMPLE_ORIGINS.filter((origin) => values.includes(origin));
}

/** Reads a (possibly hand-edited) query string; unknown values and parameters are ignored. */
export function parseExampleSearch(params: URLSearchParams): ExampleSearch {
  return {
    q: (params.get(PARAM.q) ?? '').slice(0, MAX_QUERY_LENGTH),
    sort: params.get(PARAM.sort) === NEWEST_PARAM ? 'NEWEST' : 'RELEVANCE',
    subjects: distinctTerms(params.getAll(PARAM.subjects)),
    activityAreas: distinctTerms(params.getAll(PARAM.activityAreas)),
    originKinds: distinctOrigins(params.getAll(PARAM.originKinds).flatMap((value) => originFromParam(value) ?? [])),
    countyCodes: [...new Set(params.getAll(PARAM.countyCodes).filter(isCountyCode))].sort(),
    startYears: distinctYears(params.getAll(PARAM.startYears).flatMap((value) => (/^\d{4}$/.test(value) ? [Number(value)] : []))),
  };
}

/** The query string for a search, without empty parameters, in a fixed order. */
export function exampleSearchToParams(search: ExampleSearch): URLSearchParams {
  const params = new URLSearchParams();
  const q = search.q.trim();
  if (q) params.set(PARAM.q, q);
  for (const term of distinctTerms(search.subjects)) params.append(PARAM.subjects, term);
  for (const term of distinctTerms(search.activityAreas)) params.append(PARAM.activityAreas, term);
  for (const origin of distinctOrigins(search.originKinds)) params.append(PARAM.originKinds, ORIGIN_PARAM[origin]);
  for (const code of [...new Set(search.countyCodes.filter(isCountyCode))].sort()) params.append(PARAM.countyCodes, code);
  for (const year of distinctYears(search.startYears)) params.append(PARAM.startYears, String(year));
  if (search.sort === 'NEWEST') params.set(PARAM.sort, NEWEST_PARAM);
  return params;
}

/** The variables of the search query: only what is set (an empty facet is no filter). */
export function exampleSearchToVariables(search: ExampleSearch): LibrarySearchQueryVariables {
  const query = search.q.trim();
  const filter: ExampleFilter = {
    ...(search.subjects.length ? { subjects: search.subjects } : {}),
    ...(search.activityAreas.length ? { activityAreas: search.activityAreas } : {}),
    ...(search.originKinds.length ? { originKinds: search.originKinds } : {}),
    ...(search.countyCodes.length ? { countyCodes: search.countyCodes } : {}),
    ...(search.startYears.length ? { startYears: search.startYears } : {}),
  };
  return {
    ...(query ? { query } : {}),
    ...(Object.keys(filter).length ? { filter } : {}),
    sort: search.sort,
    first: SEARCH_PAGE_SIZE,
  };
}

export function hasFacetFilters(search: ExampleSearch): boolean {
  return Boolean(
    search.subjects.length ||
    search.activityAreas.length ||
    search.originKinds.length ||
    search.countyCodes.length ||
    search.startYears.length,
  );
}

/** The list with the value added (checked) or removed (unchecked). */
export function toggled<T>(values: readonly T[], value: T, checked: boolean): T[] {
  const rest = values.filter((existing) => existing !== value);
  return checked ? [...rest, value] : rest;
}

export function isExampleOrigin(value: string): value is ExampleOrigin {
  return (EXAMPLE_ORIGINS as readonly string[]).includes(value);
}

/** A facet of the library's filters, by its field in the search. */
export type FacetKey = keyof ExampleFacetFilters;

/** One chosen filter value: a term, an origin, a county code or a year (as text). */
export interface ChosenFilter {
  facet: FacetKey;
  value: string;
}

/** Every chosen filter, facet by facet in the order of the filters, each value in the URL's order. */
export function chosenFilters(search: ExampleSearch): ChosenFilter[] {
  const of = (facet: FacetKey, values: readonly (string | number)[]) => values.map((value) => ({ facet, value: String(value) }));
  return [
    ...of('subjects', search.subjects),
    ...of('activityAreas', search.activityAreas),
    ...of('originKinds', search.originKinds),
    ...of('countyCodes', search.countyCodes),
    ...of('startYears', search.startYears),
  ];
}

/** The change to a search that takes one chosen filter away (the rest of the search stays). */
export function withoutFilter(search: ExampleSearch, { facet, value }: ChosenFilter): Partial<ExampleSearch> {
  switch (facet) {
    case 'subjects':
      return { subjects: search.subjects.filter((term) => term !== value) };
    case 'activityAreas':
      return { activityAreas: search.activityAreas.filter((term) => term !== value) };
    case 'originKinds':
      return { originKinds: search.originKinds.filter((origin) => origin !== value) };
    case 'countyCodes':
      return { countyCodes: search.countyCodes.filter((code) => code !== value) };
    case 'startYears':
      return { startYears: search.startYears.filter((year) => String(year) !== value) };
  }
}
