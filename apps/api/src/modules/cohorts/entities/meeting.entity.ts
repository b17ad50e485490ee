import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MeetingKind } from '@modellkommuner/shared';
import { VersionedRecord } from '../../../infrastructure/database/versioned-record';
import { CohortEntity } from './cohort.entity';

@Entity('meetings')
export class MeetingEntity extends VersionedRecord {
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
}
