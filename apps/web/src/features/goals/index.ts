/** The goals pages, for app/routes.tsx: an organisation's goals and values in a cohort, and the cohort's overview. */
export { GoalOverviewPage } from './GoalOverviewPage';
export { GoalsPage } from './GoalsPage';
/**
 * What the follow-up reports show of goals: where an organisation stands on an indicator, the gap between
 * women and men, the words of goals, and the chart's values by period (features/follow-up).
 */
export { Missing, ProgressDetails, ProgressTag, ValueAt } from './ProgressDetails';
export { gapChange, goalsOf, goalsPath } from './goal-view';
export { formatGap, gapSentence, genderLabel, progressStatusLabel, scopeLabel } from './goal-text';
export { chartRows, formatNumber, tableGenders, type ChartTarget, type ChartValue } from './charts';
