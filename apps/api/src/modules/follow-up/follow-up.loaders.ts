import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byKey } from '../../infrastructure/database/group-by-key';
import { CheckpointEntity } from '../cohorts/entities/checkpoint.entity';
import { FollowUpReportEntity } from './entities/follow-up-report.entity';
import { GoalAssessmentEntity } from './entities/goal-assessment.entity';
import { ReviewEntity } from './entities/review.entity';

/**
 * One query per kind of relation, however many checkpoints or reports a page shows. Visibility is
 * decided by the resolvers with FollowUpPolicy (a report is not everyone's in its cohort).
 */
export function followUpLoaders(dataSource: DataSource) {
  return {
    checkpointById: new DataLoader<string, CheckpointEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(CheckpointEntity).findBy({ id: In([...ids]) });
      const map = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    reportById: new DataLoader<string, FollowUpReportEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(FollowUpReportEntity).findBy({ id: In([...ids]) });
      const map = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    reportsByCheckpointId: new DataLoader<string, FollowUpReportEntity[]>(async (ids) => {
      const rows = await dataSource.getRepository(FollowUpReportEntity).find({ where: { checkpointId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
      const map = byKey(rows, (row) => row.checkpointId);
      return ids.map((id) => map.get(id) ?? []);
    }),
    /** Every report of a cohort (all its checkpoints), keyed by the cohort's id, with the checkpoint's kind. */
    reportsByCohortId: new DataLoader<string, { report: FollowUpReportEntity; checkpoint: CheckpointEntity }[]>(async (ids) => {
      const checkpoints = await dataSource.getRepository(CheckpointEntity).find({ where: { cohortId: In([...ids]) }, order: { dueDate: 'ASC', id: 'ASC' } });
      const reports = checkpoints.length ? await dataSource.getRepository(FollowUpReportEntity).findBy({ checkpointId: In(checkpoints.map((c) => c.id)) }) : [];
      const byCheckpoint = byKey(reports, (r) => r.checkpointId);
      const rows = checkpoints.flatMap((checkpoint) => (byCheckpoint.get(checkpoint.id) ?? []).map((report) => ({ report, checkpoint })));
      const map = byKey(rows, (row) => row.checkpoint.cohortId);
      return ids.map((id) => map.get(id) ?? []);
    }),
    assessmentsByReportId: new DataLoader<string, GoalAssessmentEntity[]>(async (ids) => {
      const rows: GoalAssessmentEntity[] = await dataSource
        .getRepository(GoalAssessmentEntity)
        .createQueryBuilder('a')
        .innerJoin('goals', 'g', 'g.id = a.goal_id')
        .where('a.report_id IN (:...ids)', { ids: [...ids] })
        .orderBy('g.scope')
        .addOrderBy('g.created_at')
        .addOrderBy('g.id')
        .getMany();
      const map = byKey(rows, (row) => row.reportId);
      return ids.map((id) => map.get(id) ?? []);
    }),
    reviewsByReportId: new DataLoader<string, ReviewEntity[]>(async (ids) => {
      const rows = await dataSource.getRepository(ReviewEntity).find({ where: { reportId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
      const map = byKey(rows, (row) => row.reportId);
      return ids.map((id) => map.get(id) ?? []);
    }),
  };
}
