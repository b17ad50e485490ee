import type { TFunction } from 'i18next';
import { enumValues, ReportStatus } from '@modellkommuner/shared';
import type { FollowUpReportsQuery } from '../../gql/graphql';

export type FollowUpRow = FollowUpReportsQuery['followUpReports'][number];

/** A report's status as the list filters it: a status, or NOT_STARTED for a report nobody has begun. */
export type StatusFilter = ReportStatus | 'NOT_STARTED';
export type FollowUpSort = 'due' | 'overdue' | 'organization';

export const REPORT_STATUSES: readonly ReportStatus[] = enumValues(ReportStatus);
export const STATUS_FILTERS: readonly StatusFilter[] = ['NOT_STARTED', ...REPORT_STATUSES];
export const SORTS: readonly FollowUpSort[] = ['due', 'overdue', 'organization'];

/** The list's filters and order as they live in the URL: `?status=NOT_STARTED&cohort=<id>&overdue=1&sort=overdue`. */
export interface FollowUpFilters {
  status: StatusFilter | '';
  cohort: string;
  overdueOnly: boolean;
  sort: FollowUpSort;
}

export const EMPTY_FOLLOW_UP_FILTERS: FollowUpFilters = { status: '', cohort: '', overdueOnly: false, sort: 'due' };

const ID = /^[0-9a-fA-F-]{1,64}$/;

export function isStatusFilter(value: string): value is StatusFilter {
  return (STATUS_FILTERS as readonly string[]).includes(value);
}

export function isFollowUpSort(value: string): value is FollowUpSort {
  return (SORTS as readonly string[]).includes(value);
}

/** Reads the filters from a (possibly hand-edited) query string; unknown values are ignored. */
export function parseFollowUpFilters(params: URLSearchParams): FollowUpFilters {
  const status = params.get('status') ?? '';
  const cohort = params.get('cohort') ?? '';
  const sort = params.get('sort') ?? '';
  return {
    status: isStatusFilter(status) ? status : '',
    cohort: ID.test(cohort) ? cohort : '',
    overdueOnly: params.get('overdue') === '1',
    sort: isFollowUpSort(sort) ? sort : 'due',
  };
}

/** The query string, without defaults, in a fixed order (equal filters share one URL). */
export function followUpFiltersToParams(filters: FollowUpFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.cohort) params.set('cohort', filters.cohort);
  if (filters.overdueOnly) params.set('overdue', '1');
  if (filters.sort !== 'due') params.set('sort', filters.sort);
  return params;
}

export function hasFilters(filters: FollowUpFilters): boolean {
  return Boolean(filters.status || filters.cohort || filters.overdueOnly);
}

/** The cohorts the rows come from, by name: the cohort filter's choices. */
export function cohortsOf(rows: readonly FollowUpRow[]): { id: string; name: string }[] {
  const byId = new Map(rows.map((row) => [row.cohort.id, row.cohort.name]));
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

function matches(row: FollowUpRow, filters: FollowUpFilters): boolean {
  if (filters.status === 'NOT_STARTED' && row.status !== null) return false;
  if (filters.status && filters.status !== 'NOT_STARTED' && row.status !== filters.status) return false;
  if (filters.cohort && row.cohort.id !== filters.cohort) return false;
  if (filters.overdueOnly && !row.daysOverdue) return false;
  return true;
}

const byOrganization = (a: FollowUpRow, b: FollowUpRow) => a.organization.name.localeCompare(b.organization.name, 'sv');
const byDue = (a: FollowUpRow, b: FollowUpRow) => a.dueDate.localeCompare(b.dueDate);

/**
 * The rows the filters keep, in the order chosen: by due date (earliest first), by days overdue (most
 * first, those not overdue last), or by organisation; ties by due date, then organisation.
 */
export function filterFollowUpRows(rows: readonly FollowUpRow[], filters: FollowUpFilters): FollowUpRow[] {
  const kept = rows.filter((row) => matches(row, filters));
  const compare = (a: FollowUpRow, b: FollowUpRow): number => {
    switch (filters.sort) {
      case 'overdue':
        return (b.daysOverdue ?? -1) - (a.daysOverdue ?? -1) || byDue(a, b) || byOrganization(a, b);
      case 'organization':
        return byOrganization(a, b) || byDue(a, b);
      case 'due':
        return byDue(a, b) || byOrganization(a, b);
    }
  };
  return [...kept].sort(compare);
}

export function sortLabel(sort: FollowUpSort, t: TFunction): string {
  switch (sort) {
    case 'due':
      return t('followUp.list.sortDue');
    case 'overdue':
      return t('followUp.list.sortOverdue');
    case 'organization':
      return t('followUp.list.sortOrganization');
  }
}
