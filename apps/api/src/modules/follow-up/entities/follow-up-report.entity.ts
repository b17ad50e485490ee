import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ReportStatus } from '@modellkommuner/shared';
import { VersionedRecord } from '../../../infrastructure/database/versioned-record';
import { CheckpointEntity } from '../../cohorts/entities/checkpoint.entity';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { UserEntity } from '../../users/entities/user.entity';
import type { ReportSnapshotValue } from '../report-snapshot';

/**
 * One organisation's follow-up report for a checkpoint (one per checkpoint and organisation). Its
 * `snapshot` is the goals' indicators, values, targets and progress as they were when it was last
 * submitted: later values never change what was reported (docs/domain.md, "Follow-up and review").
 */
@Entity('follow_up_reports')
@Index('uq_follow_up_reports_checkpoint_organization', ['checkpointId', 'organizationId'], { unique: true })
export class FollowUpReportEntity extends VersionedRecord {
  @Column({ type: 'uuid' })
  checkpointId: string;

  @ManyToOne(() => CheckpointEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'checkpoint_id', foreignKeyConstraintName: 'fk_follow_up_reports_checkpoint' })
  checkpoint?: CheckpointEntity;

  @Index('ix_follow_up_reports_organization_id')
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_follow_up_reports_organization' })
  organization?: OrganizationEntity;

  @Column({ type: 'enum', enum: ReportStatus, enumName: 'report_status', default: ReportStatus.DRAFT })
  status: ReportStatus;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'text', nullable: true })
  whatWorked: string | null;

  @Column({ type: 'text', nullable: true })
  challenges: string | null;

  @Column({ type: 'text', nullable: true })
  nextSteps: string | null;

  /** As it stood at the last submission; null until the report is first submitted. */
  @Column({ type: 'jsonb', nullable: true })
  snapshot: ReportSnapshotValue | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  submittedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by_id', foreignKeyConstraintName: 'fk_follow_up_reports_submitted_by' })
  submittedBy?: UserEntity;
}
