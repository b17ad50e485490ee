import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { Allow, ArrayMaxSize, IsArray, IsDate, IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { MeetingKind, WorkingGroupRole } from '@modellkommuner/shared';
import '../../../infrastructure/graphql/enums';
import { DateOnly } from '../../../infrastructure/graphql/date.scalar';
import { trim, trimOrNull } from '../../../infrastructure/graphql/input-transforms';
import { CohortErrors } from '../cohort.errors';

@InputType()
export class MeetingInput {
  @Field(() => MeetingKind)
  @IsEnum(MeetingKind, { message: CohortErrors.meetingKindMissing })
  kind: MeetingKind;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: CohortErrors.meetingTitleMissing })
  @MaxLength(200, { message: CohortErrors.meetingTitleTooLong })
  title: string;

  @Field()
  @IsDate({ message: CohortErrors.meetingStartMissing })
  startsAt: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate({ message: CohortErrors.meetingEndInvalid })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'En plats eller en möteslänk.' })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(500, { message: CohortErrors.meetingLocationTooLong })
  location?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(5000, { message: CohortErrors.meetingNotesTooLong })
  notes?: string | null;
}

@InputType()
export class CreateCohortInput {
  @Field(() => ID)
  @IsString()
  @IsNotEmpty({ message: CohortErrors.programmeMissing })
  programmeId: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: CohortErrors.nameMissing })
  @MaxLength(200, { message: CohortErrors.nameTooLong })
  name: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: CohortErrors.mentorMissing })
  mentorCode: string;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(50, { message: CohortErrors.tooManyMenteeCodes })
  @IsString({ each: true })
  menteeCodes: string[];

  // The Date scalar has already checked the form; @Allow keeps it through the whitelist.
  @Field(() => DateOnly)
  @Allow()
  startDate: string;

  @Field(() => MeetingInput)
  @ValidateNested()
  @Type(() => MeetingInput)
  startupMeeting: MeetingInput;

  @Field(() => DateOnly, { nullable: true, description: 'Standard: startdatum + programmets antal månader.' })
  @Allow()
  followUpDueDate?: string | null;
}

@InputType()
export class UpdateCohortInput {
  @Field({ nullable: true })
  @Transform(trim)
  @IsOptional()
  @IsNotEmpty({ message: CohortErrors.nameEmpty })
  @MaxLength(200, { message: CohortErrors.nameTooLong })
  name?: string;

  @Field(() => DateOnly, { nullable: true })
  @Allow()
  startDate?: string;

  @Field(() => DateOnly, { nullable: true })
  @Allow()
  followUpDueDate?: string;
}

@InputType()
export class WorkingGroupMemberInput {
  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: CohortErrors.personNameMissing })
  @MaxLength(200, { message: CohortErrors.nameTooLong })
  name: string;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(200, { message: CohortErrors.personTitleTooLong })
  title?: string | null;

  @Field(() => WorkingGroupRole)
  @IsEnum(WorkingGroupRole, { message: CohortErrors.personRoleMissing })
  role: WorkingGroupRole;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsEmail({}, { message: CohortErrors.personEmailInvalid })
  email?: string | null;
}
