import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../../infrastructure/graphql/page-info.model';
import { LearningExample } from '../models/learning-example.model';

@ObjectType()
export class FacetValue {
  @Field()
  value: string;

  @Field(() => Int)
  count: number;
}

/** Each facet's counts apply the query and every filter except that facet's own. */
@ObjectType()
export class ExampleFacets {
  @Field(() => [FacetValue])
  subjects: FacetValue[];

  @Field(() => [FacetValue])
  activityAreas: FacetValue[];

  @Field(() => [FacetValue])
  originKinds: FacetValue[];

  @Field(() => [FacetValue])
  counties: FacetValue[];

  @Field(() => [FacetValue])
  startYears: FacetValue[];
}

@ObjectType()
export class ExampleEdge {
  @Field()
  cursor: string;

  @Field(() => LearningExample)
  node: LearningExample;

  @Field(() => String, { nullable: true, description: 'HTML-escaped text with the matches wrapped in <mark>…</mark>.' })
  snippet: string | null;

  @Field(() => Float, { nullable: true })
  score: number | null;
}

@ObjectType()
export class LearningExampleSearchResult {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [ExampleEdge])
  edges: ExampleEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => ExampleFacets)
  facets: ExampleFacets;

  @Field(() => Boolean, { description: 'Inget exempel innehöll de sökta orden: träffarna gäller de närmaste orden i biblioteket.' })
  approximate: boolean;
}
