import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { AccountsPolicy } from './accounts.policy';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [AuthModule, AuditModule],
  providers: [AccountsPolicy, UsersService, UsersResolver],
  exports: [AccountsPolicy, UsersService],
})
export class UsersModule {}
