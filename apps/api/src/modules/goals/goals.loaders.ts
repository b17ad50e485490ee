import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byKey } from '../../infrastructure/database/group-by-key';
import { comparePeriods } from '@modellkommuner/shared';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { GoalEntity } from './entities/goal.entity';
import { IndicatorTargetEntity } from './entities/indicator-target.entity';
import { IndicatorEntity } from './entities/indicator.entity';
import { KoladaSyncEntity } from './entities/kolada-sync.entity';
import { MeasurementEntity } from './entities/measurement.entity';

/**
 * One query per kind of relation, however many cohorts, goals or indicators a page shows. Visibility is
 * decided where the chain starts (a cohort the viewer may see, GoalPolicy): everything below it is the
 * cohort's, and every member of the cohort reads it.
 */
export function goalLoaders(dataSource: DataSource) {
  return {
    /** SHARED goals first, then each organisation's OWN, oldest first. */
    goalsByCohortId: new DataLoader<string, GoalEntity[]>(async (ids) => {
      const rows = await dataSource.getRepository(GoalEntity).find({ where: { cohortId: In([...ids]) }, order: { scope: 'ASC', createdAt: 'ASC', id: 'ASC' } });
      const map = byKey(rows, (row) => row.cohortId);
      return ids.map((id) => map.get(id) ?? []);
    }),
    goalById: new DataLoader<string, GoalEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(GoalEntity).findBy({ id: In([...ids]) });
      const map = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    indicatorsByGoalId: new DataLoader<string, IndicatorEntity[]>(async (ids) => {
      const rows = await dataSource.getRepository(IndicatorEntity).find({ where: { goalId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
      const map = byKey(rows, (row) => row.goalId);
      return ids.map((id) => map.get(id) ?? []);
    }),
    targetsByIndicatorId: new DataLoader<string, IndicatorTargetEntity[]>(async (ids) => {
      const rows = await dataSource.getRepository(IndicatorTargetEntity).find({ where: { indicatorId: In([...ids]) }, order: { gender: 'ASC' } });
      const map = byKey(rows, (row) => row.indicatorId);
      return ids.map((id) => map.get(id) ?? []);
    }),
    /** In period order (comparePeriods: by when a period ends, "2024-Q1" before "2024"), then by gender. */
    measurementsByIndicatorId: new DataLoader<string, MeasurementEntity[]>(async (ids) => {
      const found = await dataSource.getRepository(MeasurementEntity).find({ where: { indicatorId: In([...ids]) }, order: { period: 'ASC', gender: 'ASC' } });
      // The text order of periods is not their time order ("2024" < "2024-Q1"); the sort is stable, so genders keep theirs.
      const rows = found.sort((a, b) => comparePeriods(a.period, b.period));
      const map = byKey(rows, (row) => row.indicatorId);
      return ids.map((id) => map.get(id) ?? []);
    }),
    /** An organisation code's id (null when no organisation has it): the `organizationCode` arguments. */
    organizationIdByCode: new DataLoader<string, string | null>(async (codes) => {
      const rows = await dataSource.getRepository(OrganizationEntity).find({ select: { id: true, code: true }, where: { code: In([...codes]) } });
      const map = new Map(rows.map((row) => [row.code, row.id]));
      return codes.map((code) => map.get(code) ?? null);
    }),
    latestKoladaSyncByCohortId: new DataLoader<string, KoladaSyncEntity | null>(async (ids) => {
      const rows: KoladaSyncEntity[] = await dataSource
        .getRepository(KoladaSyncEntity)
        .createQueryBuilder('s')
        .distinctOn(['s.cohort_id'])
        .where('s.cohort_id IN (:...ids)', { ids: [...ids] })
        .orderBy('s.cohort_id')
        .addOrderBy('s.requested_at', 'DESC')
        .getMany();
      const map = new Map(rows.map((row) => [row.cohortId as string, row]));
      return ids.map((id) => map.get(id) ?? null);
    }),
  };
}
