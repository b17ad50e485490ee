import { Module } from '@nestjs/common';
import { ExampleSearchResolver } from './example-search.resolver';
import { ExampleSearchService } from './example-search.service';

/** The public search of the learning-example library (`searchLearningExamples`). */
@Module({
  providers: [ExampleSearchService, ExampleSearchResolver],
  exports: [ExampleSearchService],
})
export class ExampleSearchModule {}
