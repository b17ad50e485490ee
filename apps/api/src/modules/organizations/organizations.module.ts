import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrganizationPolicy } from './organization.policy';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [AuditModule],
  providers: [OrganizationsService, OrganizationPolicy, OrganizationsResolver],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
