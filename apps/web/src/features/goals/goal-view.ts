import {
  gapNarrowed,
  goalConcerns,
  goalsOpen,
  GoalScope,
  isProcessLeader,
  mayEditGoal,
  mayEditIndicators,
  mayRecordFor,
  measurementsOpen,
  ownMembership,
  type CohortStatus,
  type GoalFacts,
} from '@modellkommuner/shared';
import type { CurrentUserFragment, GoalFieldsFragment, GoalIndicatorFragment, MemberRole } from '../../gql/graphql';
import { memberFacts, ruleViewer } from '../cohorts';
import type { ChartTarget, ChartValue } from './charts';
import type { GridValue } from './grid';

interface MemberLike {
  role: MemberRole;
  withdrawnAt?: string | null;
  organization: { code: string; name: string };
}

/** A goal as the page knows it: its scope and, for an OWN goal, its organisation. */
interface GoalLike {
  scope: GoalScope;
  organization?: { code: string } | null;
}

/** A goal as the shared rules see it, keyed by organisation code like `ruleViewer` and `memberFacts`. */
export function goalFacts(goal: GoalLike): GoalFacts {
  return { scope: goal.scope, organization: goal.organization?.code ?? null };
}

export interface GoalPermissions {
  /** The page is the viewer's own organisation's (and it has not left the cohort). */
  ownPage: boolean;
  processLeader: boolean;
  /** Changing and removing the goal (goalsOpen and the shared mayEditGoal), on this page. */
  mayEditGoal: (goal: GoalLike) => boolean;
  /** Adding, changing and removing the goal's indicators (mayEditIndicators), on this page. */
  mayEditIndicators: (goal: GoalLike) => boolean;
  /** The page's organisation's values and targets (mayRecordFor and measurementsOpen). */
  mayRecord: boolean;
  /** The scopes a new goal may have here: SHARED first. The form asks only when there are two. */
  creatableScopes: GoalScope[];
}

/**
 * What an organisation's goals page offers the viewer: the goal rules of `@modellkommuner/shared`
 * (libs/shared/src/lib/goals.ts), which the API's GoalPolicy calls too, with organisation codes as keys
 * (as `cohortPermissions` does). Goals and indicators are changed on the viewer's own organisation's page
 * (process leaders on any): on someone else's page a mentor or a peer reads everything, the cohort's shared
 * goals included, which the mentor changes from its own page.
 */
export function goalPermissions(
  user: Pick<CurrentUserFragment, 'role' | 'organization'>,
  members: readonly MemberLike[],
  status: CohortStatus,
  organizationCode: string,
): GoalPermissions {
  const viewer = ruleViewer(user);
  const facts = members.map(memberFacts);
  const processLeader = isProcessLeader(viewer);
  const ownPage = ownMembership(viewer, facts)?.organization === organizationCode;
  const changesHere = goalsOpen(status) && (processLeader || ownPage);
  const editGoal = (goal: GoalLike) => changesHere && mayEditGoal(viewer, facts, goalFacts(goal));
  const editIndicators = (goal: GoalLike) => changesHere && mayEditIndicators(viewer, facts, goalFacts(goal));
  const candidates: GoalLike[] = [
    { scope: GoalScope.SHARED, organization: null },
    { scope: GoalScope.OWN, organization: { code: organizationCode } },
  ];
  return {
    ownPage,
    processLeader,
    mayEditGoal: editGoal,
    mayEditIndicators: editIndicators,
    mayRecord: measurementsOpen(status) && mayRecordFor(viewer, facts, organizationCode),
    creatableScopes: candidates.filter(editGoal).map((goal) => goal.scope),
  };
}

/** May the viewer set the cohort's shared goals at all (the overview's empty state links there)? */
export function maySetSharedGoals(user: Pick<CurrentUserFragment, 'role' | 'organization'>, members: readonly MemberLike[], status: CohortStatus): boolean {
  return goalsOpen(status) && mayEditGoal(ruleViewer(user), members.map(memberFacts), { scope: GoalScope.SHARED, organization: null });
}

/** The goals an organisation works on (goalConcerns): the cohort's shared goals and its own, shared first. */
export function goalsOf<G extends GoalLike>(goals: readonly G[], organizationCode: string): G[] {
  const concerned = goals.filter((goal) => goalConcerns(goalFacts(goal), organizationCode));
  return [...concerned.filter((goal) => goal.scope === GoalScope.SHARED), ...concerned.filter((goal) => goal.scope !== GoalScope.SHARED)];
}

/** Whether any indicator of the cohort is linked to a Kolada KPI ("Hämta från Kolada" is offered then). */
export function hasKoladaLinks(goals: readonly { indicators: readonly { koladaKpiId?: string | null }[] }[]): boolean {
  return goals.some((goal) => goal.indicators.some((indicator) => Boolean(indicator.koladaKpiId)));
}

/** How many values (every organisation's) go with a goal when it is removed. */
export function goalValueCount(goal: Pick<GoalFieldsFragment, 'indicators'>): number {
  return goal.indicators.reduce((sum, indicator) => sum + indicator.valueCount, 0);
}

/** The page's organisation's values, as the chart and the grid take them. */
export function chartValuesOf(indicator: Pick<GoalIndicatorFragment, 'measurements'>): ChartValue[] {
  return indicator.measurements.map(({ period, gender, value }) => ({ period, gender, value }));
}

export function gridValuesOf(indicator: Pick<GoalIndicatorFragment, 'measurements'>): GridValue[] {
  return indicator.measurements.map(({ period, gender, value, source }) => ({ period, gender, value, source }));
}

export function chartTargetsOf(indicator: Pick<GoalIndicatorFragment, 'targets'>): ChartTarget[] {
  return indicator.targets.map(({ period, gender, value }) => ({ period, gender, value }));
}

/** The periods the chart and the grid show even without values: the baseline and the targets' periods. */
export function extraPeriodsOf(indicator: Pick<GoalIndicatorFragment, 'baselinePeriod' | 'targets'>): string[] {
  return [...(indicator.baselinePeriod ? [indicator.baselinePeriod] : []), ...indicator.targets.map((target) => target.period)];
}

export type GapTrend = 'narrowed' | 'widened' | 'unchanged';

export interface GapChange {
  trend: GapTrend;
  /** How much the gap's size changed (always ≥ 0): "Skillnaden har minskat med 1,3". */
  amount: number;
}

/**
 * How the gender gap (kvinnor − män) has moved since the baseline: whether it narrowed is the shared
 * `gapNarrowed`; the amount is how much its size changed. Null when either end is missing.
 */
export function gapChange(baseline: number | null | undefined, now: number | null | undefined): GapChange | null {
  if (baseline === null || baseline === undefined || now === null || now === undefined) return null;
  const amount = Math.round(Math.abs(Math.abs(baseline) - Math.abs(now)) * 1e6) / 1e6;
  if (amount === 0) return { trend: 'unchanged', amount: 0 };
  return { trend: gapNarrowed(baseline, now) ? 'narrowed' : 'widened', amount };
}

/** The first member (mentor first) whose goals page a process leader is sent to to set shared goals. */
export function sharedGoalsPageCode(
  user: Pick<CurrentUserFragment, 'role' | 'organization'>,
  members: readonly MemberLike[],
): string | null {
  const own = ownMembership(ruleViewer(user), members.map(memberFacts));
  if (own) return own.organization;
  const active = members.filter((member) => !member.withdrawnAt);
  return (active.find((member) => member.role === 'MENTOR') ?? active[0])?.organization.code ?? null;
}

export function goalsPath(cohortId: string, organizationCode: string): string {
  return `/cohorts/${encodeURIComponent(cohortId)}/goals/${encodeURIComponent(organizationCode)}`;
}

export function overviewPath(cohortId: string): string {
  return `/cohorts/${encodeURIComponent(cohortId)}/overview`;
}

/** The CSV of one organisation's values (same origin: the session cookie authorises it). */
export function organizationCsvPath(cohortId: string, organizationCode: string): string {
  return `/exports/cohorts/${encodeURIComponent(cohortId)}/organizations/${encodeURIComponent(organizationCode)}/measurements.csv`;
}

/** The CSV of every member's values. */
export function cohortCsvPath(cohortId: string): string {
  return `/exports/cohorts/${encodeURIComponent(cohortId)}/measurements.csv`;
}
