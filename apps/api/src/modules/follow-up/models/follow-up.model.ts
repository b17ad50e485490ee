import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Direction, Gender, GoalAssessmentStatus, MemberRole, ReportStatus, ReviewDecision } from '@modellkommuner/shared';
import '../../../infrastructure/graphql/enums';
import { DateOnly } from '../../../infrastructure/graphql/date.scalar';
import { Checkpoint, Cohort } from '../../cohorts/models/cohort.model';
import { Goal, IndicatorProgress } from '../../goals/models/goal.model';
import { Organization } from '../../organizations/models/organization.model';
import { User } from '../../users/models/user.model';
import { FollowUpReportEntity } from '../entities/follow-up-report.entity';
import { GoalAssessmentEntity } from '../entities/goal-assessment.entity';
import { ReviewEntity } from '../entities/review.entity';
import { ReportSnapshotValue, SnapshotIndicatorValue } from '../report-snapshot';

// Relation fields are resolved through DataLoaders in FollowUpResolver and friends; the ids they need
// travel on the model but are not in the schema.

@ObjectType({ description: 'En rapports bedömning av ett mål.' })
export class GoalAssessment {
  @Field(() => Goal)
  goal?: Goal;

  goalId: string;

  @Field(() => GoalAssessmentStatus)
  status: GoalAssessmentStatus;

  @Field(() => String, { nullable: true })
  comment: string | null;

  static from(entity: GoalAssessmentEntity): GoalAssessment {
    return Object.assign(new GoalAssessment(), { goalId: entity.goalId, status: entity.status, comment: entity.comment });
  }
}

@ObjectType({ description: 'En granskning av en inlämnad rapport. Granskningarna är rapportens historik.' })
export class Review {
  @Field(() => ID)
  id: string;

  @Field(() => User)
  reviewer?: User;

  reviewerId: string;

  @Field(() => ReviewDecision)
  decision: ReviewDecision;

  @Field({ description: 'Tom vid ett godkännande utan kommentar.' })
  comment: string;

  @Field()
  createdAt: Date;

  static from(entity: ReviewEntity): Review {
    return Object.assign(new Review(), {
      id: entity.id,
      reviewerId: entity.reviewerId,
      decision: entity.decision,
      comment: entity.comment,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType({ description: 'Ett värde som det var när rapporten lämnades in.' })
export class SnapshotValue {
  @Field()
  period: string;

  @Field(() => Gender)
  gender: Gender;

  @Field(() => Float)
  value: number;
}

@ObjectType({ description: 'Ett målvärde som det var när rapporten lämnades in.' })
export class SnapshotTarget {
  @Field(() => Gender)
  gender: Gender;

  @Field(() => Float)
  value: number;

  @Field()
  period: string;
}

@ObjectType({ description: 'Utvecklingen för ett kön.' })
export class GenderProgress {
  @Field(() => Gender)
  gender: Gender;

  @Field(() => IndicatorProgress)
  progress: IndicatorProgress;
}

@ObjectType({ description: 'En indikator med organisationens värden, mål och utveckling som de var vid inlämningen.' })
export class SnapshotIndicator {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  goalId: string;

  @Field()
  goalTitle: string;

  @Field()
  name: string;

  @Field()
  unit: string;

  @Field(() => Direction)
  direction: Direction;

  @Field()
  byGender: boolean;

  @Field(() => String, { nullable: true })
  baselinePeriod: string | null;

  @Field(() => [SnapshotValue], { description: 'I periodordning, sedan kön.' })
  values: SnapshotValue[];

  @Field(() => [SnapshotTarget])
  targets: SnapshotTarget[];

  @Field(() => IndicatorProgress, { description: 'Totalt.' })
  progress: IndicatorProgress;

  @Field(() => [GenderProgress], { description: 'Kvinnor och män, för en könsuppdelad indikator.' })
  progressByGender: GenderProgress[];

  static from(value: SnapshotIndicatorValue): SnapshotIndicator {
    return Object.assign(new SnapshotIndicator(), {
      id: value.id,
      goalId: value.goalId,
      goalTitle: value.goalTitle,
      name: value.name,
      unit: value.unit,
      direction: value.direction,
      byGender: value.byGender,
      baselinePeriod: value.baselinePeriod,
      values: value.values,
      targets: value.targets,
      progress: IndicatorProgress.from(value.progress),
      progressByGender: value.byGenderProgress.map(({ gender, ...progress }) => ({ gender, progress: IndicatorProgress.from(progress) })),
    });
  }
}

@ObjectType({ description: 'Indikatorerna som de var när rapporten senast lämnades in; senare värden ändrar den inte.' })
export class ReportSnapshot {
  @Field()
  takenAt: Date;

  @Field(() => [SnapshotIndicator])
  indicators: SnapshotIndicator[];

  static from(value: ReportSnapshotValue): ReportSnapshot {
    return Object.assign(new ReportSnapshot(), { takenAt: new Date(value.takenAt), indicators: value.indicators.map((i) => SnapshotIndicator.from(i)) });
  }
}

@ObjectType({ description: 'En organisations uppföljningsrapport för en uppföljningspunkt.' })
export class FollowUpReport {
  @Field(() => ID)
  id: string;

  @Field(() => Checkpoint)
  checkpoint?: Checkpoint;

  checkpointId: string;

  @Field(() => Organization)
  organization?: Organization;

  organizationId: string;

  @Field(() => ReportStatus)
  status: ReportStatus;

  @Field(() => String, { nullable: true })
  summary: string | null;

  @Field(() => String, { nullable: true })
  whatWorked: string | null;

  @Field(() => String, { nullable: true })
  challenges: string | null;

  @Field(() => String, { nullable: true })
  nextSteps: string | null;

  @Field(() => [GoalAssessment])
  goalAssessments?: GoalAssessment[];

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => [Review], { description: 'Äldst först.' })
  reviews?: Review[];

  @Field(() => ReportSnapshot, { nullable: true, description: 'Null tills rapporten har lämnats in första gången.' })
  snapshot: ReportSnapshot | null;

  @Field()
  updatedAt: Date;

  @Field(() => Int)
  version: number;

  static from(entity: FollowUpReportEntity): FollowUpReport {
    return Object.assign(new FollowUpReport(), {
      id: entity.id,
      checkpointId: entity.checkpointId,
      organizationId: entity.organizationId,
      status: entity.status,
      summary: entity.summary,
      whatWorked: entity.whatWorked,
      challenges: entity.challenges,
      nextSteps: entity.nextSteps,
      submittedAt: entity.submittedAt,
      snapshot: entity.snapshot ? ReportSnapshot.from(entity.snapshot) : null,
      updatedAt: entity.updatedAt,
      version: entity.version,
    });
  }
}

@ObjectType({ description: 'En rapport som väntas: en medlem i en omgång vid en uppföljningspunkt, med rapporten om den är påbörjad.' })
export class FollowUpReportRow {
  @Field(() => Checkpoint)
  checkpoint: Checkpoint;

  @Field(() => Cohort)
  cohort?: Cohort;

  cohortId: string;

  @Field(() => Organization)
  organization?: Organization;

  organizationId: string;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field(() => FollowUpReport, { nullable: true, description: 'Null tills någon har börjat skriva.' })
  report: FollowUpReport | null;

  @Field(() => ReportStatus, { nullable: true, description: 'Null: inte påbörjad.' })
  status: ReportStatus | null;

  @Field(() => DateOnly)
  dueDate: string;

  @Field(() => Int, { nullable: true, description: 'Dagar efter sista dag för en rapport som inte är inlämnad; annars null.' })
  daysOverdue: number | null;
}
