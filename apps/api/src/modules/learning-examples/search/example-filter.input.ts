import { Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ExampleOrigin, ExampleStatus } from '@modellkommuner/shared';
import '../models/learning-example.model';

export enum ExampleSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
}

registerEnumType(ExampleSort, { name: 'ExampleSort' });

const LIST = { message: 'För många värden i filtret.' };
const TEXT = { each: true, message: 'Ogiltigt värde i filtret.' };

/** Values within one facet are OR, facets are AND. An empty list is the same as no filter. */
@InputType()
export class ExampleFilter {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100, LIST)
  @IsString(TEXT)
  @MaxLength(200, TEXT)
  subjects?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100, LIST)
  @IsString(TEXT)
  @MaxLength(200, TEXT)
  activityAreas?: string[] | null;

  @Field(() => [ExampleOrigin], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(ExampleOrigin, TEXT)
  originKinds?: ExampleOrigin[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100, LIST)
  @IsString(TEXT)
  @MaxLength(8, TEXT)
  countyCodes?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(400, LIST)
  @IsString(TEXT)
  @MaxLength(8, TEXT)
  organizationCodes?: string[] | null;

  /** The Startår facet: examples whose period starts in one of these years. */
  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200, LIST)
  @IsInt({ each: true, message: 'Ange ett år.' })
  @Min(1900, { each: true, message: 'Ange ett år.' })
  @Max(2200, { each: true, message: 'Ange ett år.' })
  startYears?: number[] | null;

  /** Examples whose period includes this year (an ongoing one includes every year from its start). */
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Ange ett år.' })
  @Min(1900, { message: 'Ange ett år.' })
  @Max(2200, { message: 'Ange ett år.' })
  activeInYear?: number | null;

  /** Default PUBLISHED. Anything else: process leaders see all, members their own organisation's. */
  @Field(() => [ExampleStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(ExampleStatus, TEXT)
  statuses?: ExampleStatus[] | null;
}
