import type { ReachStatus } from '../../gql/graphql';
import { countyName, isCountyCode } from '../organizations';
import { isMapKind, isReachStatus, STATUSES, type MapKind, type OrganizationReach } from './reach';

// The table of kommuner and regioner: its filters and order as they live in the URL
// (`?status=MENTOR&county=20&kind=MUNICIPALITY&q=falu&sort=county&order=desc`), and the rows they keep.

export type NetworkSortKey = 'name' | 'county' | 'status' | 'generation';
export type SortOrder = 'asc' | 'desc';
export const SORT_KEYS: readonly NetworkSortKey[] = ['name', 'county', 'status', 'generation'];

export interface NetworkTableFilters {
  status: ReachStatus | '';
  county: string;
  kind: MapKind | '';
  text: string;
  sort: NetworkSortKey;
  order: SortOrder;
}

export const DEFAULT_TABLE_FILTERS: NetworkTableFilters = { status: '', county: '', kind: '', text: '', sort: 'name', order: 'asc' };

export function isSortKey(value: string): value is NetworkSortKey {
  return (SORT_KEYS as readonly string[]).includes(value);
}

/** Reads the filters from a (possibly hand-edited) query string; unknown values are ignored. */
export function parseTableFilters(params: URLSearchParams): NetworkTableFilters {
  const status = params.get('status') ?? '';
  const county = params.get('county') ?? '';
  const kind = params.get('kind') ?? '';
  const sort = params.get('sort') ?? '';
  return {
    status: isReachStatus(status) ? status : '',
    county: isCountyCode(county) ? county : '',
    kind: isMapKind(kind) ? kind : '',
    text: (params.get('q') ?? '').trim().slice(0, 100),
    sort: isSortKey(sort) ? sort : 'name',
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
  };
}

/**
 * The table's part of the query string, without defaults and in a fixed order, on top of what else is
 * there (the programme): equal filters share one URL.
 */
export function tableFiltersToParams(filters: NetworkTableFilters, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of ['status', 'county', 'kind', 'q', 'sort', 'order']) params.delete(key);
  if (filters.status) params.set('status', filters.status);
  if (filters.county) params.set('county', filters.county);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.text.trim()) params.set('q', filters.text.trim());
  if (filters.sort !== 'name') params.set('sort', filters.sort);
  if (filters.order !== 'asc') params.set('order', filters.order);
  return params;
}

export function hasTableFilters(filters: NetworkTableFilters): boolean {
  return Boolean(filters.status || filters.county || filters.kind || filters.text.trim());
}

/** The next order of a column whose header button was pressed: the other way round if it is the order now. */
export function nextSort(filters: NetworkTableFilters, key: NetworkSortKey): Pick<NetworkTableFilters, 'sort' | 'order'> {
  return { sort: key, order: filters.sort === key && filters.order === 'asc' ? 'desc' : 'asc' };
}

const normalise = (text: string) => text.toLocaleLowerCase('sv').normalize('NFC');

function matches(row: OrganizationReach, filters: NetworkTableFilters): boolean {
  if (filters.status && row.status !== filters.status) return false;
  if (filters.county && row.organization.countyCode !== filters.county) return false;
  if (filters.kind && row.organization.kind !== filters.kind) return false;
  const text = normalise(filters.text.trim());
  if (text && !normalise(row.organization.name).includes(text)) return false;
  return true;
}

const byName = (a: OrganizationReach, b: OrganizationReach) => a.organization.name.localeCompare(b.organization.name, 'sv');
const countyOf = (row: OrganizationReach) => countyName(row.organization.countyCode) ?? '';
const statusRank = (row: OrganizationReach) => STATUSES.indexOf(row.status);

/**
 * The rows the filters keep, in the order chosen. Names and län compare the Swedish way (å, ä, ö last);
 * statuses by how far the method has come; generations by number, those without one last either way.
 * Ties go by name, A to Ö.
 */
export function filterTableRows(rows: readonly OrganizationReach[], filters: NetworkTableFilters): OrganizationReach[] {
  const sign = filters.order === 'asc' ? 1 : -1;
  const compare = (a: OrganizationReach, b: OrganizationReach): number => {
    switch (filters.sort) {
      case 'name':
        return sign * byName(a, b);
      case 'county':
        return sign * countyOf(a).localeCompare(countyOf(b), 'sv') || byName(a, b);
      case 'status':
        return sign * (statusRank(a) - statusRank(b)) || byName(a, b);
      case 'generation':
        if (a.generation === null || b.generation === null)
          return (a.generation === null ? 1 : 0) - (b.generation === null ? 1 : 0) || byName(a, b);
        return sign * (a.generation - b.generation) || byName(a, b);
    }
  };
  return rows.filter((row) => matches(row, filters)).sort(compare);
}
