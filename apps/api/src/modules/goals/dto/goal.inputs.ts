import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsNotEmpty, IsNumber, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Direction, Gender, GoalScope } from '@modellkommuner/shared';
import '../../../infrastructure/graphql/enums';
import { trim, trimOrNull } from '../../../infrastructure/graphql/input-transforms';
import { GoalErrors } from '../goal.errors';

// The shapes of the goals operations. Lengths and enums are checked here; what needs the shared rules
// (period forms, finite values, genders an indicator takes) is goal-rules.ts', so web and API agree.

/** A goal's own text, for creating and for saving it whole. */
@InputType()
export class UpdateGoalInput {
  @Field()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: GoalErrors.titleMissing })
  @MaxLength(200, { message: GoalErrors.titleTooLong })
  title: string;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: GoalErrors.descriptionTooLong })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'En term ur vokabulären FOCUS_AREA.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  focusArea?: string | null;
}

@InputType()
export class CreateGoalInput extends UpdateGoalInput {
  @Field(() => ID)
  @IsString()
  cohortId: string;

  @Field(() => GoalScope)
  @IsEnum(GoalScope)
  scope: GoalScope;

  @Field(() => String, { nullable: true, description: 'Organisationen ett OWN-mål gäller; inget för SHARED.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(8)
  organizationCode?: string | null;
}

/** An indicator's settings, for adding and for saving it whole. */
@InputType()
export class UpdateIndicatorInput {
  @Field()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: GoalErrors.nameMissing })
  @MaxLength(200, { message: GoalErrors.nameTooLong })
  name: string;

  @Field({ description: 'T.ex. "%", "kr", "antal".' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: GoalErrors.unitMissing })
  @MaxLength(40, { message: GoalErrors.unitTooLong })
  unit: string;

  @Field(() => Direction)
  @IsEnum(Direction)
  direction: Direction;

  @Field()
  @IsBoolean()
  byGender: boolean;

  @Field(() => String, { nullable: true, description: 'Koladas nyckeltals-id, t.ex. N15419.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(20, { message: GoalErrors.koladaKpiInvalid })
  koladaKpiId?: string | null;

  @Field(() => String, { nullable: true, description: 'Basperioden: 2024, 2024-H1 eller 2024-Q3.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(20, { message: GoalErrors.periodInvalid })
  baselinePeriod?: string | null;
}

@InputType()
export class AddIndicatorInput extends UpdateIndicatorInput {
  @Field(() => ID)
  @IsString()
  goalId: string;
}

@InputType()
export class TargetInput {
  @Field()
  @Transform(trim)
  @IsString()
  @MaxLength(8)
  organizationCode: string;

  @Field(() => Gender)
  @IsEnum(Gender)
  gender: Gender;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: GoalErrors.valueInvalid })
  value: number;

  @Field({ description: 'Året (eller halvåret, kvartalet) målet ska nås.' })
  @Transform(trim)
  @IsString()
  @MaxLength(20, { message: GoalErrors.periodInvalid })
  period: string;
}

@InputType()
export class MeasurementCellInput {
  @Field()
  @Transform(trim)
  @IsString()
  @MaxLength(20, { message: GoalErrors.periodInvalid })
  period: string;

  @Field(() => Gender)
  @IsEnum(Gender)
  gender: Gender;
}

@InputType()
export class MeasurementValueInput extends MeasurementCellInput {
  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: GoalErrors.valueInvalid })
  value: number;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: GoalErrors.noteTooLong })
  note?: string | null;
}

@InputType()
export class RecordMeasurementsInput {
  @Field(() => ID)
  @IsString()
  indicatorId: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MaxLength(8)
  organizationCode: string;

  @Field(() => [MeasurementValueInput])
  @IsArray()
  @ArrayMaxSize(500, { message: GoalErrors.tooManyValues })
  @ValidateNested({ each: true })
  @Type(() => MeasurementValueInput)
  values: MeasurementValueInput[];
}
