import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { ProgrammesResolver } from './programmes.resolver';
import { ProgrammesService } from './programmes.service';

@Module({ imports: [AuditModule, CohortsModule], providers: [ProgrammesService, ProgrammesResolver] })
export class ProgrammesModule {}
