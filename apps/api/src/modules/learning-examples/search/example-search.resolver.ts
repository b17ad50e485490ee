import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '../../../infrastructure/graphql/request-context';
import { CurrentViewer, Public } from '../../auth/auth.decorators';
import { ExampleFilter, ExampleSort } from './example-filter.input';
import { ExampleSearchService } from './example-search.service';
import { LearningExampleSearchResult } from './search.models';

@Resolver(() => LearningExampleSearchResult)
export class ExampleSearchResolver {
  constructor(private readonly service: ExampleSearchService) {}

  @Public()
  @Query(() => LearningExampleSearchResult, {
    description: 'Sök bland lärande exempel: publicerade för alla; andra statusar för processledare (alla) och medlemmar (egna).',
  })
  searchLearningExamples(
    @CurrentViewer() viewer: Viewer | null,
    @Args('query', { type: () => String, nullable: true }) query?: string | null,
    // Typed without `| null`: a union's design type is Object, and the validation pipe would skip the filter.
    @Args('filter', { type: () => ExampleFilter, nullable: true }) filter?: ExampleFilter,
    @Args('sort', { type: () => ExampleSort, defaultValue: ExampleSort.RELEVANCE }) sort?: ExampleSort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<LearningExampleSearchResult> {
    return this.service.search(viewer, { query, filter, sort, first, after });
  }
}
