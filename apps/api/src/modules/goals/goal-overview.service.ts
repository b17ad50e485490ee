import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { computeProgress, Direction, Gender, MemberRole, ValuePoint, TargetPoint } from '@modellkommuner/shared';
import { CohortMemberEntity } from '../cohorts/entities/cohort-member.entity';
import { Indicator, IndicatorProgress, GoalOverview } from './models/goal.model';

interface IndicatorRow {
  id: string;
  goal_id: string;
  name: string;
  unit: string;
  direction: Direction;
  by_gender: boolean;
  kolada_kpi_id: string | null;
  kolada_kpi_title: string | null;
  baseline_period: string | null;
  version: number;
}

/** Members in the overview's order: the mentor first, then the mentees as they joined. */
export function overviewOrder(members: readonly CohortMemberEntity[]): CohortMemberEntity[] {
  return members
    .filter((m) => m.withdrawnAt === null)
    .sort((a, b) => (a.role === b.role ? a.joinedAt.getTime() - b.joinedAt.getTime() : a.role === MemberRole.MENTOR ? -1 : 1));
}

/**
 * The cohort overview (every member × the SHARED indicators): three statements whatever the size of the
 * cohort — its shared indicators, their targets, their values for the members — and the progress of
 * each cell computed by libs/shared's `computeProgress`, the same function the web's charts use.
 */
@Injectable()
export class GoalOverviewService {
  constructor(private readonly dataSource: DataSource) {}

  async overview(cohortId: string, members: readonly CohortMemberEntity[]): Promise<GoalOverview> {
    const rows = overviewOrder(members);
    const indicators: IndicatorRow[] = await this.dataSource.query(
      `SELECT i.id, i.goal_id, i.name, i.unit, i.direction, i.by_gender, i.kolada_kpi_id, i.kolada_kpi_title, i.baseline_period, i.version
         FROM indicators i JOIN goals g ON g.id = i.goal_id
        WHERE g.cohort_id = $1 AND g.scope = 'SHARED'
        ORDER BY g.created_at, g.id, i.created_at, i.id`,
      [cohortId],
    );
    const organizationIds = rows.map((m) => m.organizationId);
    const indicatorIds = indicators.map((i) => i.id);
    type TargetRow = { indicator_id: string; organization_id: string; gender: Gender; value: number; period: string };
    type ValueRow = { indicator_id: string; organization_id: string; period: string; gender: Gender; value: number };
    let targets: TargetRow[] = [];
    let values: ValueRow[] = [];
    if (indicatorIds.length && organizationIds.length) {
      [targets, values] = await Promise.all([
        this.dataSource.query<TargetRow[]>(
          `SELECT indicator_id, organization_id, gender, value, period FROM indicator_targets
            WHERE indicator_id = ANY($1::uuid[]) AND organization_id = ANY($2::uuid[])`,
          [indicatorIds, organizationIds],
        ),
        this.dataSource.query<ValueRow[]>(
          `SELECT indicator_id, organization_id, period, gender, value FROM measurements
            WHERE indicator_id = ANY($1::uuid[]) AND organization_id = ANY($2::uuid[])`,
          [indicatorIds, organizationIds],
        ),
      ]);
    }
    const cellKey = (indicatorId: string, organizationId: string) => `${indicatorId}|${organizationId}`;
    const valuesByCell = new Map<string, ValuePoint[]>();
    for (const v of values) {
      const key = cellKey(v.indicator_id, v.organization_id);
      const list = valuesByCell.get(key) ?? [];
      list.push({ period: v.period, gender: v.gender, value: v.value });
      valuesByCell.set(key, list);
    }
    const targetsByCell = new Map<string, TargetPoint[]>();
    for (const t of targets) {
      const key = cellKey(t.indicator_id, t.organization_id);
      const list = targetsByCell.get(key) ?? [];
      list.push({ gender: t.gender, value: t.value, period: t.period });
      targetsByCell.set(key, list);
    }
    return {
      indicators: indicators.map((i) =>
        Object.assign(new Indicator(), {
          id: i.id,
          goalId: i.goal_id,
          name: i.name,
          unit: i.unit,
          direction: i.direction,
          byGender: i.by_gender,
          koladaKpiId: i.kolada_kpi_id,
          koladaKpiTitle: i.kolada_kpi_title,
          baselinePeriod: i.baseline_period,
          version: i.version,
        }),
      ),
      rows: rows.map((member) => ({
        organizationId: member.organizationId,
        role: member.role,
        cells: indicators.map((i) => ({
          indicatorId: i.id,
          progress: IndicatorProgress.from(
            computeProgress({
              direction: i.direction,
              byGender: i.by_gender,
              baselinePeriod: i.baseline_period,
              values: valuesByCell.get(cellKey(i.id, member.organizationId)) ?? [],
              targets: targetsByCell.get(cellKey(i.id, member.organizationId)) ?? [],
            }),
          ),
        })),
      })),
    };
  }
}
