import { Injectable } from '@nestjs/common';
import { UserRole } from '@modellkommuner/shared';
import { Forbidden } from '../../infrastructure/errors/app-error';
import { Viewer } from '../../infrastructure/graphql/request-context';

/** Who may see and manage accounts and invitations (DOMAIN.md): the one place this is decided. */
@Injectable()
export class AccountsPolicy {
  /** Process leaders see every organisation's accounts; members see their own organisation's. */
  canSeeAccountsOf(viewer: Viewer, organizationId: string): boolean {
    return viewer.role === UserRole.PROCESS_LEADER || viewer.organizationId === organizationId;
  }

  /** Process leaders invite anyone; members invite colleagues to their own organisation as MEMBER. */
  assertMayInvite(viewer: Viewer, organizationId: string, role: UserRole): void {
    if (viewer.role === UserRole.PROCESS_LEADER) return;
    if (role !== UserRole.MEMBER) throw Forbidden('Bara processledare kan bjuda in processledare.');
    if (organizationId !== viewer.organizationId) throw Forbidden('Du kan bara bjuda in kollegor till din egen organisation.');
  }

  /** Resend and revoke: process leaders any invitation; members their own organisation's member invitations. */
  mayManageInvitation(viewer: Viewer, invitation: { organizationId: string; role: UserRole }): boolean {
    if (viewer.role === UserRole.PROCESS_LEADER) return true;
    return invitation.organizationId === viewer.organizationId && invitation.role === UserRole.MEMBER;
  }

  mayDeactivate(viewer: Viewer): boolean {
    return viewer.role === UserRole.PROCESS_LEADER;
  }
}
