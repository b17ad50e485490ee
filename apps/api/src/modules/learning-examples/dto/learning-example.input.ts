import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { trim, trimOrNull } from '../../../infrastructure/graphql/input-transforms';

/** Lengths an example's texts may have, for the editor's input and for imported pages alike. */
export const EXAMPLE_LIMITS = { title: 300, summary: 2000, section: 20000, conclusion: 1000, url: 2000 } as const;

@InputType()
export class LinkInput {
  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Varje länk behöver en rubrik.' })
  @MaxLength(300, { message: 'Länkens rubrik får ha högst 300 tecken.' })
  title: string;

  @Field()
  @Transform(trim)
  @MaxLength(EXAMPLE_LIMITS.url, { message: `Webbadressen får ha högst ${EXAMPLE_LIMITS.url} tecken.` })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'Ange en fullständig webbadress som börjar med https://.' })
  url: string;
}

@InputType()
export class ContactInput {
  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Varje kontaktperson behöver ett namn.' })
  @MaxLength(200, { message: 'Namnet får ha högst 200 tecken.' })
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
  @IsEmail({}, { message: 'Ange en giltig e-postadress för kontaktpersonen.' })
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
  @IsNotEmpty({ message: 'Ge exemplet en rubrik.' })
  @MaxLength(EXAMPLE_LIMITS.title, { message: 'Rubriken får ha högst 300 tecken.' })
  title: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Skriv en ingress.' })
  @MaxLength(EXAMPLE_LIMITS.summary, { message: 'Ingressen får ha högst 2 000 tecken.' })
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
  @Min(1950, { message: 'Startåret verkar orimligt.' })
  @Max(2100, { message: 'Startåret verkar orimligt.' })
  periodStart?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1950, { message: 'Slutåret verkar orimligt.' })
  @Max(2100, { message: 'Slutåret verkar orimligt.' })
  periodEnd?: number | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(EXAMPLE_LIMITS.section, { message: 'Ett avsnitt får ha högst 20 000 tecken.' })
  background?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(EXAMPLE_LIMITS.section, { message: 'Ett avsnitt får ha högst 20 000 tecken.' })
  implementation?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(EXAMPLE_LIMITS.section, { message: 'Ett avsnitt får ha högst 20 000 tecken.' })
  successFactors?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(EXAMPLE_LIMITS.section, { message: 'Ett avsnitt får ha högst 20 000 tecken.' })
  results?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(EXAMPLE_LIMITS.conclusion, { each: true, message: 'En slutsats får ha högst 1 000 tecken.' })
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
