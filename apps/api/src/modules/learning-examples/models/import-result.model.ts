import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LearningExample } from './learning-example.model';

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

  @Field(() => [LearningExample], { description: 'Exemplen som importen skapade eller uppdaterade, i sidornas ordning (varje exempel en gång).' })
  examples: LearningExample[];
}
