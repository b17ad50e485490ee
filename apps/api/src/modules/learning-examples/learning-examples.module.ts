import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';
import { ExamplesFeedController } from './examples-feed.controller';
import { ExampleImportService } from './import/example-import.service';
import { LearningExamplePolicy } from './learning-example.policy';
import { LearningExamplesResolver } from './learning-examples.resolver';
import { LearningExamplesService } from './learning-examples.service';

@Module({
  imports: [AuditModule, VocabulariesModule],
  controllers: [ExamplesFeedController],
  providers: [LearningExamplePolicy, LearningExamplesService, ExampleImportService, LearningExamplesResolver],
  exports: [LearningExamplePolicy, LearningExamplesService, ExampleImportService],
})
export class LearningExamplesModule {}
