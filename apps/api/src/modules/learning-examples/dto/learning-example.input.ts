import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { trim, trimOrNull } from '../../../infrastructure/graphql/input-transforms';

@InputType()
export class LinkInput {
  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Varje länk behöver en rubrik.' })
  @MaxLength(300, { message: 'Länkens rubrik får ha högst 300 tecken.' })
  title: string;

  @Field()
  @Transform(trim)
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
  @MaxLength(300, { message: 'Rubriken får ha högst 300 tecken.' })
  title: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Skriv en ingress.' })
  @MaxLength(2000, { message: 'Ingressen får ha högst 2 000 tecken.' })
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
  @MaxLength(20000)
  background?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(20000)
  implementation?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(20000)
  successFactors?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(20000)
  results?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
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
