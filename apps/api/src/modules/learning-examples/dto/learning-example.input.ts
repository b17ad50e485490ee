import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { trim, trimOrNull } from '../../../infrastructure/graphql/input-transforms';
import { INPUT_INVALID } from '../example.errors';

/** Lengths an example's texts may have, for the editor's input and for imported pages alike. */
export const EXAMPLE_LIMITS = { title: 300, summary: 2000, section: 20000, conclusion: 1000, url: 2000 } as const;

@InputType()
export class LinkInput {
  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: INPUT_INVALID.linkTitleRequired })
  @MaxLength(300, { message: INPUT_INVALID.linkTitleTooLong })
  title: string;

  @Field()
  @Transform(trim)
  @MaxLength(EXAMPLE_LIMITS.url, { message: INPUT_INVALID.urlTooLong(EXAMPLE_LIMITS.url) })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: INPUT_INVALID.urlInvalid })
  url: string;
}

@InputType()
export class ContactInput {
  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: INPUT_INVALID.contactNameRequired })
  @MaxLength(200, { message: INPUT_INVALID.contactNameTooLong })
  name: string;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(200)
  organization?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsEmail({}, { message: INPUT_INVALID.contactEmailInvalid })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(40)
  phone?: string | null;
}

@InputType()
export class LearningExampleInput {
  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: INPUT_INVALID.titleRequired })
  @MaxLength(EXAMPLE_LIMITS.title, { message: INPUT_INVALID.titleTooLong })
  title: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: INPUT_INVALID.summaryRequired })
  @MaxLength(EXAMPLE_LIMITS.summary, { message: INPUT_INVALID.summaryTooLong })
  summary: string;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  organizationCodes: string[];

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  subjects: string[];

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  activityAreas: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1950, { message: INPUT_INVALID.periodStartOdd })
  @Max(2100, { message: INPUT_INVALID.periodStartOdd })
  periodStart?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1950, { message: INPUT_INVALID.periodEndOdd })
  @Max(2100, { message: INPUT_INVALID.periodEndOdd })
  periodEnd?: number | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(EXAMPLE_LIMITS.section, { message: INPUT_INVALID.sectionTooLong })
  background?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(EXAMPLE_LIMITS.section, { message: INPUT_INVALID.sectionTooLong })
  implementation?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(EXAMPLE_LIMITS.section, { message: INPUT_INVALID.sectionTooLong })
  successFactors?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(EXAMPLE_LIMITS.section, { message: INPUT_INVALID.sectionTooLong })
  results?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(EXAMPLE_LIMITS.conclusion, { each: true, message: INPUT_INVALID.conclusionTooLong })
  keyConclusions?: string[] | null;

  @Field(() => [LinkInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => LinkInput)
  furtherReading?: LinkInput[] | null;

  @Field(() => [ContactInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ContactInput)
  contacts?: ContactInput[] | null;
}
