import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { GoalAssessmentStatus } from '@modellkommuner/shared';
import { GoalEntity } from '../../goals/entities/goal.entity';
import { FollowUpReportEntity } from './follow-up-report.entity';

/** A report's assessment of one goal. A goal assessed in a submitted report cannot be removed (GoalsService). */
@Entity('goal_assessments')
export class GoalAssessmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  reportId: string;

  @ManyToOne(() => FollowUpReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'fk_goal_assessments_report' })
  report?: FollowUpReportEntity;

  @Index('ix_goal_assessments_goal_id')
  @PrimaryColumn({ type: 'uuid' })
  goalId: string;

  @ManyToOne(() => GoalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id', foreignKeyConstraintName: 'fk_goal_assessments_goal' })
  goal?: GoalEntity;

  @Column({ type: 'enum', enum: GoalAssessmentStatus, enumName: 'goal_assessment_status' })
  status: GoalAssessmentStatus;

  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
