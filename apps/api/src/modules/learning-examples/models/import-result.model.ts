import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class ImportResult {
  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  skipped: number;

  @Field(() => [String], { description: 'En svensk rad per problem, varningar inräknade.' })
  errors: string[];
}
