import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ReviewDecision } from '@modellkommuner/shared';
import { UserEntity } from '../../users/entities/user.entity';
import { FollowUpReportEntity } from './follow-up-report.entity';

/** A review of a submitted report. Never changed: the reviews are the report's history. */
@Entity('reviews')
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_reviews_report_id')
  @Column({ type: 'uuid' })
  reportId: string;

  @ManyToOne(() => FollowUpReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'fk_reviews_report' })
  report?: FollowUpReportEntity;

  @Column({ type: 'uuid' })
  reviewerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewer_id', foreignKeyConstraintName: 'fk_reviews_reviewer' })
  reviewer?: UserEntity;

  @Column({ type: 'enum', enum: ReviewDecision, enumName: 'review_decision' })
  decision: ReviewDecision;

  /** Empty for an approval without a word. */
  @Column({ type: 'text', default: '' })
  comment: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
