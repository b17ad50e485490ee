import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ExamplesFeedController } from './examples-feed.controller';
import { LearningExamplePolicy } from './learning-example.policy';
import { LearningExamplesResolver } from './learning-examples.resolver';
import { LearningExamplesService } from './learning-examples.service';

@Module({
  imports: [AuditModule],
  controllers: [ExamplesFeedController],
  providers: [LearningExamplePolicy, LearningExamplesService, LearningExamplesResolver],
  exports: [LearningExamplePolicy, LearningExamplesService],
})
export class LearningExamplesModule {}
