import { createContext, useContext } from 'react';
import type { GoalPermissions } from './goal-view';
import { GoalsPageQuery } from './graphql/operations';

/** What every part of an organisation's goals page needs: whose page, what the viewer may do, how to reload. */
export interface GoalsPageContextValue {
  cohortId: string;
  cohortName: string;
  /** The organisation whose goals, values and targets the page shows. */
  organizationCode: string;
  organizationName: string;
  permissions: GoalPermissions;
  /** The FOCUS_AREA vocabulary, in editorial order. */
  focusAreas: readonly string[];
  /** Reads the page again (after a CONFLICT: someone else changed a goal or an indicator). */
  reload: () => Promise<unknown>;
}

export const GoalsPageContext = createContext<GoalsPageContextValue | null>(null);

export function useGoalsPage(): GoalsPageContextValue {
  const value = useContext(GoalsPageContext);
  if (!value) throw new Error('useGoalsPage outside GoalsPage');
  return value;
}

/** The page's own query, fetched again after each change (what a change moves: progress, charts, counts). */
export function pageRefetch(context: Pick<GoalsPageContextValue, 'cohortId' | 'organizationCode'>) {
  return {
    refetchQueries: [{ query: GoalsPageQuery, variables: { id: context.cohortId, code: context.organizationCode } }],
    awaitRefetchQueries: true,
  };
}
