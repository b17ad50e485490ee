import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byKey } from '../../infrastructure/database/group-by-key';
import { ProgrammeEntity } from '../programmes/entities/programme.entity';
import { CheckpointEntity } from './entities/checkpoint.entity';
import { CohortMemberEntity } from './entities/cohort-member.entity';
import { CohortEntity } from './entities/cohort.entity';
import { MeetingEntity } from './entities/meeting.entity';
import { WorkingGroupMemberEntity } from './entities/working-group-member.entity';

/** One query per kind of relation, however many cohorts, members or meetings a page shows. */
export function cohortLoaders(dataSource: DataSource) {
  return {
    programmeById: new DataLoader<string, ProgrammeEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(ProgrammeEntity).findBy({ id: In([...ids]) });
      const map = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    cohortById: new DataLoader<string, CohortEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(CohortEntity).findBy({ id: In([...ids]) });
      const map = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    cohortsByProgrammeId: new DataLoader<string, CohortEntity[]>(async (ids) => {
      const rows = await dataSource.getRepository(CohortEntity).find({ where: { programmeId: In([...ids]) }, order: { startDate: 'DESC', name: 'ASC' } });
      const map = byKey(rows, (row) => row.programmeId);
      return ids.map((id) => map.get(id) ?? []);
    }),
    /** Every member of the cohort, withdrawn ones included; mentor first, then mentees by join time. */
    membersByCohortId: new DataLoader<string, CohortMemberEntity[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(CohortMemberEntity)
        .createQueryBuilder('m')
        .where('m.cohort_id IN (:...ids)', { ids: [...ids] })
        .orderBy(`CASE WHEN m.role = 'MENTOR' THEN 0 ELSE 1 END`)
        .addOrderBy('m.joined_at', 'ASC')
        .addOrderBy('m.id', 'ASC')
        .getMany();
      const map = byKey(rows, (row) => row.cohortId);
      return ids.map((id) => map.get(id) ?? []);
    }),
    membershipsByOrganizationId: new DataLoader<string, CohortMemberEntity[]>(async (ids) => {
      const rows = await dataSource.getRepository(CohortMemberEntity).find({ where: { organizationId: In([...ids]) }, order: { joinedAt: 'DESC' } });
      const map = byKey(rows, (row) => row.organizationId);
      return ids.map((id) => map.get(id) ?? []);
    }),
    workingGroupByMemberId: new DataLoader<string, WorkingGroupMemberEntity[]>(async (ids) => {
      const rows = await dataSource.getRepository(WorkingGroupMemberEntity).find({ where: { cohortMemberId: In([...ids]) }, order: { position: 'ASC' } });
      const map = byKey(rows, (row) => row.cohortMemberId);
      return ids.map((id) => map.get(id) ?? []);
    }),
    meetingsByCohortId: new DataLoader<string, MeetingEntity[]>(async (ids) => {
      const rows = await dataSource.getRepository(MeetingEntity).find({ where: { cohortId: In([...ids]) }, order: { startsAt: 'ASC', id: 'ASC' } });
      const map = byKey(rows, (row) => row.cohortId);
      return ids.map((id) => map.get(id) ?? []);
    }),
    checkpointsByCohortId: new DataLoader<string, CheckpointEntity[]>(async (ids) => {
      const rows = await dataSource.getRepository(CheckpointEntity).find({ where: { cohortId: In([...ids]) }, order: { dueDate: 'ASC' } });
      const map = byKey(rows, (row) => row.cohortId);
      return ids.map((id) => map.get(id) ?? []);
    }),
  };
}
