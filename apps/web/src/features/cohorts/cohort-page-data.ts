import type { CohortDetailsFragment } from '../../gql/graphql';
import type { CohortPermissions } from './cohort-view';

/**
 * What every section of the cohort page gets: the cohort, what the viewer may do, and a way to reload.
 * Here rather than in CohortPage.tsx, so that the page imports its sections and no section imports the page.
 */
export interface CohortSectionProps {
  cohort: CohortDetailsFragment;
  permissions: CohortPermissions;
  reload: () => Promise<unknown>;
}
