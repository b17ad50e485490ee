import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CohortStatus } from '@modellkommuner/shared';
import { VersionedRecord } from '../../../infrastructure/database/versioned-record';
import { ProgrammeEntity } from '../../programmes/entities/programme.entity';
import { UserEntity } from '../../users/entities/user.entity';

@Entity('cohorts')
@Index('ix_cohorts_programme_status', ['programmeId', 'status'])
export class CohortEntity extends VersionedRecord {
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_cohorts_programme' })
  programme?: ProgrammeEntity;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'enum', enum: CohortStatus, enumName: 'cohort_status', default: CohortStatus.PLANNED })
  status: CohortStatus;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  followUpDueDate: string;

  @Column({ type: 'uuid' })
  processLeaderId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'process_leader_id', foreignKeyConstraintName: 'fk_cohorts_process_leader' })
  processLeader?: UserEntity;
}
