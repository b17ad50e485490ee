import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'De kontrollerade vokabulärerna, i redaktionell ordning.' })
export class Vocabularies {
  @Field(() => [String], { description: 'Ämne' })
  subjects: string[];

  @Field(() => [String], { description: 'Verksamhetsområde' })
  activityAreas: string[];

  @Field(() => [String], { description: 'Fokusområden för mål' })
  focusAreas: string[];
}
