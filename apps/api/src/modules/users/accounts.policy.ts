import { Injectable } from '@nestjs/common';
import { mayDeactivateAccounts, mayInviteTo, mayInviteWithRole, mayManageInvitation, maySeeAccountsOf, UserRole } from '@modellkommuner/shared';
import { asRuleViewer, Viewer } from '../../infrastructure/graphql/request-context';

/**
 * Who may see and manage accounts and invitations: the one place the API decides it, over the rules
 * in libs/shared (accounts.ts, docs/domain.md "Accounts and invitations"). Organisations are keyed by
 * id (asRuleViewer). Each answer is a boolean; the services throw with their errors files' messages.
 */
@Injectable()
export class AccountsPolicy {
  /** Process leaders see every organisation's accounts and invitations; members their own organisation's. */
  maySeeAccountsOf(viewer: Viewer, organizationId: string): boolean {
    return maySeeAccountsOf(asRuleViewer(viewer), organizationId);
  }

  /** Process leaders invite with any role; members invite MEMBERs only. */
  mayInviteWithRole(viewer: Viewer, role: UserRole): boolean {
    return mayInviteWithRole(asRuleViewer(viewer), role);
  }

  /** Process leaders invite to any organisation; members to their own. */
  mayInviteTo(viewer: Viewer, organizationId: string): boolean {
    return mayInviteTo(asRuleViewer(viewer), organizationId);
  }

  /** Resend and revoke: process leaders any invitation; members their own organisation's member invitations. */
  mayManageInvitation(viewer: Viewer, invitation: { organizationId: string; role: UserRole }): boolean {
    return mayManageInvitation(asRuleViewer(viewer), { organization: invitation.organizationId, role: invitation.role });
  }

  /** Deactivating accounts: process leaders. */
  mayDeactivate(viewer: Viewer): boolean {
    return mayDeactivateAccounts(asRuleViewer(viewer));
  }
}
