import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CohortStatus } from '@modellkommuner/shared';
import { ProgrammeEntity } from '../../programmes/entities/programme.entity';
import { UserEntity } from '../../users/entities/user.entity';

@Entity('cohorts')
@Index('ix_cohorts_programme_status', ['programmeId', 'status'])
export class CohortEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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

  /** Optimistic concurrency: a save names the version it read; a stale one is refused. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
