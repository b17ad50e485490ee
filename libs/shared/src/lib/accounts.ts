import { OrganizationKind, UserRole } from './enums';
import { isProcessLeader, RuleViewer } from './viewer';

export const PASSWORD_MIN_LENGTH = 10;
export const INVITATION_TTL_DAYS = 14;
export const PASSWORD_RESET_TTL_MINUTES = 60;

/** Returns a Swedish message when the password is not acceptable, else null. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Lösenordet måste ha minst ${PASSWORD_MIN_LENGTH} tecken.`;
  }
  if (password.length > 256) {
    return 'Lösenordet får ha högst 256 tecken.';
  }
  if (password.trim().length === 0) {
    return 'Lösenordet får inte bestå av enbart blanksteg.';
  }
  return null;
}

/** E-mail addresses are compared case-insensitively and without surrounding blanks. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

// A pragmatic check (what browsers use for <input type=email>), not RFC 5322 in full.
const EMAIL_PATTERN = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL_PATTERN.test(value.trim());
}

// ---- who may see and manage accounts and invitations (docs/domain.md, "Accounts and invitations") ----

/** Process leaders see every organisation's accounts; members see their own organisation's. */
export function maySeeAccountsOf(viewer: RuleViewer, organization: string): boolean {
  return isProcessLeader(viewer) || viewer.organization === organization;
}

/** Process leaders invite with any role; members invite MEMBERs only. */
export function mayInviteWithRole(viewer: RuleViewer, role: UserRole): boolean {
  return isProcessLeader(viewer) || role === UserRole.MEMBER;
}

/** Process leaders invite to any organisation; members to their own. */
export function mayInviteTo(viewer: RuleViewer, organization: string): boolean {
  return isProcessLeader(viewer) || viewer.organization === organization;
}

/** Process leaders belong to SKR: a kommun or region invites MEMBERs only. */
export function roleFitsOrganization(role: UserRole, organizationKind: OrganizationKind): boolean {
  return role !== UserRole.PROCESS_LEADER || organizationKind === OrganizationKind.SKR;
}

/** The roles the viewer may invite to an organisation of this kind (what an invite form should offer). */
export function invitableRoles(viewer: RuleViewer, organization: string, organizationKind: OrganizationKind): UserRole[] {
  if (!mayInviteTo(viewer, organization)) return [];
  return [UserRole.MEMBER, UserRole.PROCESS_LEADER].filter((role) => mayInviteWithRole(viewer, role) && roleFitsOrganization(role, organizationKind));
}

/** Resend and revoke: process leaders any invitation; members their own organisation's member invitations. */
export function mayManageInvitation(viewer: RuleViewer, invitation: { organization: string; role: UserRole }): boolean {
  if (isProcessLeader(viewer)) return true;
  return invitation.organization === viewer.organization && invitation.role === UserRole.MEMBER;
}

/** Deactivating and reactivating accounts: process leaders. */
export function mayDeactivateAccounts(viewer: RuleViewer): boolean {
  return isProcessLeader(viewer);
}
