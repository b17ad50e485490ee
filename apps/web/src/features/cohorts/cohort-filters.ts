import type { CohortStatus, CohortsQueryVariables } from '../../gql/graphql';
import { isCohortStatus } from './cohort-status';

/** The cohort list's filters as they live in the URL: `?program=<id>&status=ACTIVE`. */
export interface CohortFilters {
  program: string;
  status: CohortStatus | '';
}

export const EMPTY_COHORT_FILTERS: CohortFilters = { program: '', status: '' };

const ID = /^[0-9a-fA-F-]{1,64}$/;

export function parseCohortFilters(params: URLSearchParams): CohortFilters {
  const program = params.get('program') ?? '';
  const status = params.get('status') ?? '';
  return { program: ID.test(program) ? program : '', status: isCohortStatus(status) ? status : '' };
}

export function cohortFiltersToParams(filters: CohortFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.program) params.set('program', filters.program);
  if (filters.status) params.set('status', filters.status);
  return params;
}

export function cohortFiltersToVariables(filters: CohortFilters): CohortsQueryVariables {
  return {
    ...(filters.program ? { programmeId: filters.program } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
}
