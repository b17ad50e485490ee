import { EntityManager } from 'typeorm';
import {
  computeProgress,
  Direction,
  Gender,
  GoalScope,
  indicatorGenders,
  Progress,
  SnapshotIndicator,
  comparePeriods,
  TargetPoint,
  ValuePoint,
} from '@modellkommuner/shared';

/** One indicator frozen in a report: its settings, the organisation's values and targets, and the progress they gave. */
export interface SnapshotIndicatorValue extends SnapshotIndicator {
  id: string;
  goalTitle: string;
  baselinePeriod: string | null;
  values: ValuePoint[];
  targets: TargetPoint[];
  progress: Progress;
  byGenderProgress: (Progress & { gender: Gender })[];
}

/** What `follow_up_reports.snapshot` holds (jsonb). */
export interface ReportSnapshotValue {
  takenAt: string;
  indicators: SnapshotIndicatorValue[];
}

interface IndicatorRow {
  id: string;
  goal_id: string;
  goal_title: string;
  name: string;
  unit: string;
  direction: Direction;
  by_gender: boolean;
  baseline_period: string | null;
}

/**
 * The goals a report covers: the cohort's SHARED goals and the organisation's OWN ones, in the order
 * the goals page shows them (SHARED first, then oldest first).
 */
export async function reportGoals(manager: EntityManager, cohortId: string, organizationId: string): Promise<{ id: string; title: string; scope: GoalScope }[]> {
  return manager.query(
    `SELECT id, title, scope FROM goals
      WHERE cohort_id = $1 AND (scope = 'SHARED' OR organization_id = $2)
      ORDER BY scope, created_at, id`,
    [cohortId, organizationId],
  );
}

/**
 * Takes the snapshot of a report at submission: every indicator of the goals it covers, with the
 * organisation's values and targets and the progress computed by libs/shared's `computeProgress` (TOTAL,
 * and each gender of a by-gender indicator). Three statements, inside the submitting transaction.
 */
export async function takeSnapshot(manager: EntityManager, cohortId: string, organizationId: string, now: Date): Promise<ReportSnapshotValue> {
  const indicators: IndicatorRow[] = await manager.query(
    `SELECT i.id, i.goal_id, g.title AS goal_title, i.name, i.unit, i.direction, i.by_gender, i.baseline_period
       FROM indicators i JOIN goals g ON g.id = i.goal_id
      WHERE g.cohort_id = $1 AND (g.scope = 'SHARED' OR g.organization_id = $2)
      ORDER BY g.scope, g.created_at, g.id, i.created_at, i.id`,
    [cohortId, organizationId],
  );
  const ids = indicators.map((i) => i.id);
  type ValueRow = ValuePoint & { indicator_id: string };
  type TargetRow = TargetPoint & { indicator_id: string };
  const [values, targets] = ids.length
    ? await Promise.all([
        manager.query<ValueRow[]>(`SELECT indicator_id, period, gender, value FROM measurements WHERE indicator_id = ANY($1::uuid[]) AND organization_id = $2`, [
          ids,
          organizationId,
        ]),
        manager.query<TargetRow[]>(`SELECT indicator_id, gender, value, period FROM indicator_targets WHERE indicator_id = ANY($1::uuid[]) AND organization_id = $2`, [
          ids,
          organizationId,
        ]),
      ])
    : [[] as ValueRow[], [] as TargetRow[]];
  return {
    takenAt: now.toISOString(),
    indicators: indicators.map((row) => {
      const own = values
        .filter((v) => v.indicator_id === row.id)
        .map((v) => ({ period: v.period, gender: v.gender, value: Number(v.value) }))
        .sort((a, b) => comparePeriods(a.period, b.period) || a.gender.localeCompare(b.gender));
      const ownTargets = targets.filter((t) => t.indicator_id === row.id).map((t) => ({ gender: t.gender, value: Number(t.value), period: t.period }));
      const input = { direction: row.direction, byGender: row.by_gender, baselinePeriod: row.baseline_period, values: own, targets: ownTargets };
      const genders = row.by_gender ? indicatorGenders(true).filter((g) => g !== Gender.TOTAL) : [];
      return {
        id: row.id,
        goalId: row.goal_id,
        goalTitle: row.goal_title,
        name: row.name,
        unit: row.unit,
        direction: row.direction,
        byGender: row.by_gender,
        baselinePeriod: row.baseline_period,
        values: own,
        targets: ownTargets,
        progress: computeProgress(input),
        byGenderProgress: genders.map((gender) => ({ gender, ...computeProgress(input, gender) })),
      };
    }),
  };
}
