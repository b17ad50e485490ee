import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { VocabulariesResolver } from './vocabularies.resolver';
import { VocabulariesService } from './vocabularies.service';
import { VocabularyPolicy } from './vocabulary.policy';

@Module({ imports: [AuditModule], providers: [VocabularyPolicy, VocabulariesService, VocabulariesResolver], exports: [VocabulariesService] })
export class VocabulariesModule {}
