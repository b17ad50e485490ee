import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { VocabulariesResolver } from './vocabularies.resolver';
import { VocabulariesService } from './vocabularies.service';

@Module({ imports: [AuditModule], providers: [VocabulariesService, VocabulariesResolver], exports: [VocabulariesService] })
export class VocabulariesModule {}
