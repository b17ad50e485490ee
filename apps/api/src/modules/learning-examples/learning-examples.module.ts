import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { LearningExamplePolicy } from './learning-example.policy';
import { LearningExamplesResolver } from './learning-examples.resolver';
import { LearningExamplesService } from './learning-examples.service';

@Module({
  imports: [AuditModule],
  providers: [LearningExamplePolicy, LearningExamplesService, LearningExamplesResolver],
  exports: [LearningExamplePolicy, LearningExamplesService],
})
export class LearningExamplesModule {}
