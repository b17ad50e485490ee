/** The cohort pages, for app/routes.tsx: the list, one cohort, the wizard for a new one, and an organisation's working group. */
export { CohortPage } from './CohortPage';
export { CohortsPage } from './CohortsPage';
export { NewCohortPage } from './NewCohortPage';
export { WorkingGroupPage } from './WorkingGroupPage';
/** The shared rules' view of the signed-in user and of members (organisation codes as keys), for the goals pages' permissions. */
export { memberFacts, ruleViewer } from './cohort-view';
