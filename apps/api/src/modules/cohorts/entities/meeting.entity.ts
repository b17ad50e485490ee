import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MeetingKind } from '@modellkommuner/shared';
import { CohortEntity } from './cohort.entity';

@Entity('meetings')
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_meetings_cohort_id')
  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_meetings_cohort' })
  cohort?: CohortEntity;

  @Column({ type: 'enum', enum: MeetingKind, enumName: 'meeting_kind' })
  kind: MeetingKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  /** A place or a meeting link. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  location: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'text', nullable: true })
  cancelReason: string | null;

  /** iCalendar SEQUENCE: bumped whenever the meeting moves, changes or is cancelled. */
  @Column({ type: 'int', default: 0 })
  sequence: number;

  /** Optimistic concurrency: moving or cancelling names the version read; every change bumps it. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
