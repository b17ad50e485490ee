import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { ProgrammePolicy } from './programme.policy';
import { ProgrammesResolver } from './programmes.resolver';
import { ProgrammesService } from './programmes.service';

@Module({ imports: [AuditModule, CohortsModule], providers: [ProgrammesService, ProgrammePolicy, ProgrammesResolver] })
export class ProgrammesModule {}
