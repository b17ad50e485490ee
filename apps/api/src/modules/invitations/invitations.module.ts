import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { MailModule } from '../mail/mail.module';
import { UsersModule } from '../users/users.module';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';

@Module({
  imports: [AuthModule, UsersModule, AuditModule, MailModule],
  providers: [InvitationsService, InvitationsResolver],
})
export class InvitationsModule {}
