import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ReminderKind, ReminderStatus } from '@modellkommuner/shared';
import { CohortEntity } from '../../cohorts/entities/cohort.entity';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { UserEntity } from '../../users/entities/user.entity';

/**
 * A scheduled reminder: the source of truth (docs/domain.md, "Reminders"). Written in the transaction of
 * the change that calls for it; the worker's relay hands it to BullMQ when `queuedGeneration` lags
 * `generation` (the outbox), and the worker delivers it once per recipient.
 */
@Entity('reminders')
@Index('uq_reminders_key_occurrence', ['key', 'occurrence'], { unique: true })
@Index('ix_reminders_outbox', ['dueAt'], { where: `status = 'SCHEDULED'` })
export class ReminderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: ReminderKind, enumName: 'reminder_kind' })
  kind: ReminderKind;

  /** What the reminder is, for good (`meeting:<id>:7d`); a series' occurrences share it. */
  @Column({ type: 'varchar', length: 200 })
  key: string;

  /** 1 for a single reminder; 1, 2, … for the weekly occurrences of a series. */
  @Column({ type: 'int', default: 1 })
  occurrence: number;

  /** Days between a series' occurrences (null: not a series). */
  @Column({ type: 'int', nullable: true })
  repeatDays: number | null;

  @Column({ type: 'enum', enum: ReminderStatus, enumName: 'reminder_status', default: ReminderStatus.SCHEDULED })
  status: ReminderStatus;

  @Column({ type: 'timestamptz' })
  dueAt: Date;

  /** Bumped each time the reminder is moved or reopened: a round of delivery. */
  @Column({ type: 'int', default: 1 })
  generation: number;

  /** The round last handed to BullMQ; behind `generation` while the relay has yet to do so. */
  @Column({ type: 'int', nullable: true })
  queuedGeneration: number | null;

  @Index('ix_reminders_cohort_id')
  @Column({ type: 'uuid', nullable: true })
  cohortId: string | null;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_reminders_cohort' })
  cohort?: CohortEntity;

  /** The organisation the reminder is about (its report, its values), when it is about one. */
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_reminders_organization' })
  organization?: OrganizationEntity;

  /** The meeting, checkpoint, report, indicator or example it is about. */
  @Index('ix_reminders_subject_id')
  @Column({ type: 'uuid', nullable: true })
  subjectId: string | null;

  @Column({ type: 'varchar', length: 7, nullable: true })
  period: string | null;

  /** A custom reminder's subject, text and chosen organisations (ids); null for the planned kinds. */
  @Column({ type: 'varchar', length: 150, nullable: true })
  subject: string | null;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ type: 'uuid', array: true, nullable: true })
  organizationIds: string[] | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_reminders_created_by' })
  createdBy?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** How many accounts it went to (set when sent). */
  @Column({ type: 'int', nullable: true })
  recipientCount: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
