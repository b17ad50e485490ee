import type { OrganizationKind, OrganizationsQueryVariables } from '../../gql/graphql';
import { isCountyCode } from './counties';

export const ORGANIZATION_KINDS: readonly OrganizationKind[] = ['MUNICIPALITY', 'REGION', 'SKR'];
const MAX_SEARCH_LENGTH = 100;

/** The organisation search as it lives in the URL: `?q=hed&lan=20&kind=MUNICIPALITY`. */
export interface OrganizationFilters {
  q: string;
  lan: string;
  kind: OrganizationKind | '';
}

export const EMPTY_FILTERS: OrganizationFilters = { q: '', lan: '', kind: '' };

function isOrganizationKind(value: string): value is OrganizationKind {
  return (ORGANIZATION_KINDS as readonly string[]).includes(value);
}

/** A kind from a select or the URL; anything else means "all kinds". */
export function toOrganizationKind(value: string): OrganizationKind | '' {
  return isOrganizationKind(value) ? value : '';
}

/** Reads the filters from a (possibly hand-edited) query string; unknown values are ignored. */
export function parseOrganizationFilters(params: URLSearchParams): OrganizationFilters {
  const q = (params.get('q') ?? '').slice(0, MAX_SEARCH_LENGTH);
  const lan = params.get('lan') ?? '';
  const kind = params.get('kind') ?? '';
  return { q, lan: isCountyCode(lan) ? lan : '', kind: toOrganizationKind(kind) };
}

/** The query string for the filters, without empty parameters, in a fixed order (so equal searches share one URL). */
export function organizationFiltersToParams(filters: OrganizationFilters): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  if (q) params.set('q', q);
  if (filters.lan) params.set('lan', filters.lan);
  if (filters.kind) params.set('kind', filters.kind);
  return params;
}

export function organizationFiltersToVariables(filters: OrganizationFilters): OrganizationsQueryVariables {
  const search = filters.q.trim();
  return {
    ...(search ? { search } : {}),
    ...(filters.lan ? { countyCode: filters.lan } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
  };
}

export function hasFilters(filters: OrganizationFilters): boolean {
  return Boolean(filters.q.trim() || filters.lan || filters.kind);
}
