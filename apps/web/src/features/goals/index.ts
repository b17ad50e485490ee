/** The goals pages, for app/routes.tsx: an organisation's goals and values in a cohort, and the cohort's overview. */
export { GoalOverviewPage } from './GoalOverviewPage';
export { GoalsPage } from './GoalsPage';
