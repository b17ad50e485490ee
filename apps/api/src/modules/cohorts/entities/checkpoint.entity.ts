import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CheckpointKind } from '@modellkommuner/shared';
import { CohortEntity } from './cohort.entity';

@Entity('checkpoints')
@Index('uq_checkpoints_cohort_kind', ['cohortId', 'kind'], { unique: true })
export class CheckpointEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_checkpoints_cohort' })
  cohort?: CohortEntity;

  @Column({ type: 'enum', enum: CheckpointKind, enumName: 'checkpoint_kind' })
  kind: CheckpointKind;

  @Column({ type: 'date' })
  dueDate: string;

  /** iCalendar SEQUENCE for the due-date event. */
  @Column({ type: 'int', default: 0 })
  sequence: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
