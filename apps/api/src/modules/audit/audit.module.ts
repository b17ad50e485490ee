import { Module } from '@nestjs/common';
import { AuditPolicy } from './audit.policy';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Module({ providers: [AuditService, AuditPolicy, AuditResolver], exports: [AuditService] })
export class AuditModule {}
