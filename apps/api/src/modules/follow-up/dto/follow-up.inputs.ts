import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { GoalAssessmentStatus, REPORT_LIMITS, ReviewDecision } from '@modellkommuner/shared';
import '../../../infrastructure/graphql/enums';
import { trim, trimOrNull } from '../../../infrastructure/graphql/input-transforms';
import { FollowUpErrors } from '../follow-up.errors';

// The shapes of the follow-up operations. Lengths and enums are checked here; what needs the report and
// its goals (the goals it covers, a complete report at submission) is the service's, with libs/shared's rules.

@InputType()
export class GoalAssessmentInput {
  @Field(() => ID)
  @IsString()
  goalId: string;

  @Field(() => GoalAssessmentStatus)
  @IsEnum(GoalAssessmentStatus)
  status: GoalAssessmentStatus;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_LIMITS.assessmentComment, { message: FollowUpErrors.commentTooLong })
  comment?: string | null;
}

/** A report's texts and assessments. A field left out keeps what is saved; null (or blank) empties it. */
@InputType()
export class SaveFollowUpReportInput {
  @Field(() => ID)
  @IsString()
  checkpointId: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MaxLength(8)
  organizationCode: string;

  @Field(() => Int, { description: '0 skapar rapporten; annars den version som senast lästes.' })
  @IsInt()
  @Min(0)
  version: number;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_LIMITS.text, { message: FollowUpErrors.textTooLong })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_LIMITS.text, { message: FollowUpErrors.textTooLong })
  whatWorked?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_LIMITS.text, { message: FollowUpErrors.textTooLong })
  challenges?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_LIMITS.text, { message: FollowUpErrors.textTooLong })
  nextSteps?: string | null;

  @Field(() => [GoalAssessmentInput], { nullable: true, description: 'Ersätter rapportens alla målbedömningar när den skickas med.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100, { message: FollowUpErrors.tooManyAssessments })
  @ValidateNested({ each: true })
  @Type(() => GoalAssessmentInput)
  goalAssessments?: GoalAssessmentInput[] | null;
}

@InputType()
export class ReviewInput {
  @Field(() => ID)
  @IsString()
  reportId: string;

  @Field(() => ReviewDecision)
  @IsEnum(ReviewDecision)
  decision: ReviewDecision;

  @Field({ description: 'Krävs för REQUEST_CHANGES; får vara tom vid APPROVE.' })
  @Transform(trim)
  @IsString()
  @MaxLength(REPORT_LIMITS.reviewComment, { message: FollowUpErrors.reviewCommentTooLong })
  comment: string;
}
