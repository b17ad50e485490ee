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
 * cohort — its shared indicators, their targets, their values for the members (packed into one text by
 * PostgreSQL) — and the progress of
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
    let targets: TargetRow[] = [];
    let packed = '';
    if (indicatorIds.length && organizationIds.length) {
      const [targetRows, valueRows] = await Promise.all([
        this.dataSource.query<TargetRow[]>(
          `SELECT indicator_id, organization_id, gender, value, period FROM indicator_targets
            WHERE indicator_id = ANY($1::uuid[]) AND organization_id = ANY($2::uuid[])`,
          [indicatorIds, organizationIds],
        ),
        // Every value as one text, "indicator;organisation;period;gender;value" joined by ",", with the
        // indicator and organisation as their 1-based place in the lists sent: reading 40,000 rows into
        // objects was most of the overview's time (bench/README.md, "goals/"). Periods hold only digits,
        // "-", "H" and "Q" (normalizePeriod), so the separators cannot occur inside a field.
        this.dataSource.query<{ v: string | null }[]>(
          `SELECT string_agg(concat_ws(';', i.n, o.n, m.period, m.gender, m.value), ',') AS v
             FROM measurements m
             JOIN unnest($1::uuid[]) WITH ORDINALITY AS i(id, n) ON i.id = m.indicator_id
             JOIN unnest($2::uuid[]) WITH ORDINALITY AS o(id, n) ON o.id = m.organization_id`,
          [indicatorIds, organizationIds],
        ),
      ]);
      targets = targetRows;
      packed = valueRows[0]?.v ?? '';
    }
    const cellKey = (indicatorId: string, organizationId: string) => `${indicatorId}|${organizationId}`;
    const valuesByCell = new Map<string, ValuePoint[]>();
    if (packed) {
      for (const record of packed.split(',')) {
        const [i, o, period, gender, value] = record.split(';');
        const key = cellKey(indicatorIds[Number(i) - 1], organizationIds[Number(o) - 1]);
        const list = valuesByCell.get(key);
        const point = { period, gender: gender as Gender, value: Number(value) };
        if (list) list.push(point);
        else valuesByCell.set(key, [point]);
      }
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
