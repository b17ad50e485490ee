import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { Allow, ArrayMaxSize, IsArray, IsDate, IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { MeetingKind, WorkingGroupRole } from '@modellkommuner/shared';
import '../../../infrastructure/graphql/enums';
import { DateOnly } from '../../../infrastructure/graphql/date.scalar';
import { trim, trimOrNull } from '../../../infrastructure/graphql/input-transforms';

@InputType()
export class MeetingInput {
  @Field(() => MeetingKind)
  @IsEnum(MeetingKind, { message: 'Välj typ av möte.' })
  kind: MeetingKind;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Ge mötet en rubrik.' })
  @MaxLength(200, { message: 'Rubriken får ha högst 200 tecken.' })
  title: string;

  @Field()
  @IsDate({ message: 'Ange mötets starttid.' })
  startsAt: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'Ange en giltig sluttid.' })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'En plats eller en möteslänk.' })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(500, { message: 'Platsen får ha högst 500 tecken.' })
  location?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(5000, { message: 'Anteckningarna får ha högst 5 000 tecken.' })
  notes?: string | null;
}

@InputType()
export class CreateCohortInput {
  @Field(() => ID)
  @IsString()
  @IsNotEmpty({ message: 'Välj ett program.' })
  programmeId: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Ge omgången ett namn.' })
  @MaxLength(200, { message: 'Namnet får ha högst 200 tecken.' })
  name: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Välj en mentor.' })
  mentorCode: string;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(50, { message: 'För många nya.' })
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
  @IsNotEmpty({ message: 'Namnet får inte vara tomt.' })
  @MaxLength(200, { message: 'Namnet får ha högst 200 tecken.' })
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
  @IsNotEmpty({ message: 'Ange namnet på varje person i arbetsgruppen.' })
  @MaxLength(200, { message: 'Namnet får ha högst 200 tecken.' })
  name: string;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(200, { message: 'Titeln får ha högst 200 tecken.' })
  title?: string | null;

  @Field(() => WorkingGroupRole)
  @IsEnum(WorkingGroupRole, { message: 'Välj en roll i arbetsgruppen.' })
  role: WorkingGroupRole;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsEmail({}, { message: 'Ange en giltig e-postadress.' })
  email?: string | null;
}
