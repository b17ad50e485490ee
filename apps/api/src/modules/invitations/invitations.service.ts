import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { INVITATION_TTL_DAYS, normaliseEmail, passwordProblem, roleFitsOrganization } from '@modellkommuner/shared';
import { BadInput, BadInputs, Conflict, Forbidden, NotFound } from '../../infrastructure/errors/app-error';
import { isUuid } from '../../infrastructure/graphql/ids';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../auth/password-hasher';
import { LinkThrottleService } from '../auth/link-throttle.service';
import { hashSecretToken } from '../auth/secret-token';
import { SessionService } from '../auth/session.service';
import { MailQueue } from '../mail/mail.queue';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { AccountsPolicy } from '../users/accounts.policy';
import { UserEntity } from '../users/entities/user.entity';
import { InvitationEntity } from './entities/invitation.entity';
import { InviteUserInput } from './dto/invite-user.input';
import { ACCEPT_REFUSED, INVITATION_NOT_FOUND, INVITE_REFUSED, LINK_NOT_FOUND, RESEND_REFUSED, REVOKE_REFUSED } from './invitation.errors';

const ttlFromNow = () => new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 3600_000);

export interface InvitationPreviewData {
  invitation: InvitationEntity;
  organization: OrganizationEntity;
  invitedByName: string | null;
}

@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccountsPolicy,
    private readonly audit: AuditService,
    private readonly mailQueue: MailQueue,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly links: LinkThrottleService,
  ) {}

  async invite(viewer: Viewer, input: InviteUserInput): Promise<InvitationEntity> {
    const email = normaliseEmail(input.email);
    return this.dataSource.transaction(async (manager) => {
      const organization = await manager.getRepository(OrganizationEntity).findOneBy({ code: input.organizationCode.trim() });
      if (!organization) throw BadInput('organizationCode', INVITE_REFUSED.unknownOrganization(input.organizationCode));
      // Process leaders invite anyone; members invite colleagues to their own organisation as MEMBER.
      if (!this.policy.mayInviteWithRole(viewer, input.role)) throw Forbidden(INVITE_REFUSED.role);
      if (!this.policy.mayInviteTo(viewer, organization.id)) throw Forbidden(INVITE_REFUSED.organization);
      if (!roleFitsOrganization(input.role, organization.kind)) throw BadInput('role', INVITE_REFUSED.processLeaderOutsideSkr);
      if (await manager.getRepository(UserEntity).existsBy({ email })) throw Conflict(INVITE_REFUSED.accountExists(email));
      const invitations = manager.getRepository(InvitationEntity);
      const open = await invitations.findOneBy({ email, organizationId: organization.id, acceptedAt: IsNull(), revokedAt: IsNull() });
      if (open) throw Conflict(INVITE_REFUSED.alreadyInvited(email, organization.name));
      const invitation = await invitations.save(
        invitations.create({
          email,
          organizationId: organization.id,
          role: input.role,
          invitedById: viewer.userId,
          tokenHash: null,
          sendCount: 1,
          expiresAt: ttlFromNow(),
          acceptedAt: null,
          revokedAt: null,
        }),
      );
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: 'invitation.create',
        entity: 'Invitation',
        entityId: invitation.id,
        after: { ...invitation, organizationCode: organization.code },
      });
      await this.mailQueue.invitation(invitation.id, invitation.sendCount);
      return invitation;
    });
  }

  /** A new link is mailed (the old one stops working) and the 14 days start again. */
  async resend(viewer: Viewer, id: string): Promise<InvitationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.lockManageable(manager, viewer, id);
      if (invitation.acceptedAt) throw Conflict(RESEND_REFUSED.accepted);
      if (invitation.revokedAt) throw Conflict(RESEND_REFUSED.revoked);
      const before = { ...invitation };
      invitation.sendCount += 1;
      invitation.tokenHash = null;
      invitation.expiresAt = ttlFromNow();
      await manager.getRepository(InvitationEntity).save(invitation);
      await this.audit.record(manager, { actorId: viewer.userId, action: 'invitation.resend', entity: 'Invitation', entityId: id, before, after: invitation });
      await this.mailQueue.invitation(invitation.id, invitation.sendCount);
      return invitation;
    });
  }

  async revoke(viewer: Viewer, id: string): Promise<InvitationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.lockManageable(manager, viewer, id);
      if (invitation.acceptedAt) throw Conflict(REVOKE_REFUSED.accepted);
      if (invitation.revokedAt) throw Conflict(REVOKE_REFUSED.revoked);
      const before = { ...invitation };
      invitation.revokedAt = new Date();
      await manager.getRepository(InvitationEntity).save(invitation);
      await this.audit.record(manager, { actorId: viewer.userId, action: 'invitation.revoke', entity: 'Invitation', entityId: id, before, after: invitation });
      return invitation;
    });
  }

  /** Open (not accepted, not revoked) invitations of an organisation, for those who may see them. */
  async listOpen(viewer: Viewer, organizationCode: string): Promise<InvitationEntity[]> {
    const organization = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ code: organizationCode });
    if (!organization || !this.policy.maySeeAccountsOf(viewer, organization.id)) return [];
    return this.dataSource.getRepository(InvitationEntity).find({
      where: { organizationId: organization.id, acceptedAt: IsNull(), revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
  }

  /** What the link's recipient may see before accepting; null for an unknown token. */
  async preview(token: string): Promise<InvitationPreviewData | null> {
    if (!token || token.length > 200) return null;
    const invitation = await this.dataSource.getRepository(InvitationEntity).findOne({
      where: { tokenHash: hashSecretToken(token) },
      relations: { organization: true, invitedBy: true },
    });
    if (!invitation?.organization) return null;
    return { invitation, organization: invitation.organization, invitedByName: invitation.invitedBy?.name ?? null };
  }

  /**
   * Creates the account from a link: once, within 14 days, unless revoked. Logs the new user in. The
   * link is checked before the password is hashed (a bogus token costs one indexed lookup, not ~250 ms
   * of argon2), and failed uses are throttled per client address.
   */
  async accept(token: string, nameInput: string, password: string, clientIp: string): Promise<{ user: UserEntity; token: string }> {
    const name = nameInput.trim();
    const problems = [
      ...(name.length === 0 ? [{ field: 'name', message: ACCEPT_REFUSED.nameRequired }] : []),
      ...(name.length > 200 ? [{ field: 'name', message: ACCEPT_REFUSED.nameTooLong }] : []),
      ...(passwordProblem(password) ? [{ field: 'password', message: passwordProblem(password) as string }] : []),
    ];
    if (problems.length) throw BadInputs(problems);
    return this.links.guardLinkUse(clientIp, async () => {
      await this.usableInvitation(this.dataSource.manager, token, false);
      const passwordHash = await this.hasher.hash(password);
      return this.dataSource.transaction(async (manager) => {
        // Again under a lock: another request may have used the link while this one hashed.
        const invitation = await this.usableInvitation(manager, token, true);
        const users = manager.getRepository(UserEntity);
        const user = await users.save(
          users.create({ email: invitation.email, name, passwordHash, role: invitation.role, organizationId: invitation.organizationId, active: true, deactivatedAt: null }),
        );
        invitation.acceptedAt = new Date();
        await manager.getRepository(InvitationEntity).save(invitation);
        await this.audit.record(manager, { actorId: user.id, action: 'invitation.accept', entity: 'Invitation', entityId: invitation.id, after: invitation });
        await this.audit.record(manager, { actorId: user.id, action: 'user.create', entity: 'User', entityId: user.id, after: user });
        const session = await this.sessions.open(manager, user.id);
        return { user, token: session.token };
      });
    });
  }

  private async usableInvitation(manager: EntityManager, token: string, lock: boolean): Promise<InvitationEntity> {
    const notFound = () => NotFound(LINK_NOT_FOUND);
    if (!token || token.length > 200) throw notFound();
    const invitation = await manager.getRepository(InvitationEntity).findOne({
      where: { tokenHash: hashSecretToken(token) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!invitation) throw notFound();
    if (invitation.acceptedAt) throw Conflict(ACCEPT_REFUSED.used);
    if (invitation.revokedAt) throw Conflict(ACCEPT_REFUSED.revoked);
    if (invitation.expiresAt.getTime() <= Date.now()) throw Conflict(ACCEPT_REFUSED.expired);
    if (await manager.getRepository(UserEntity).existsBy({ email: invitation.email })) throw Conflict(ACCEPT_REFUSED.accountExists(invitation.email));
    return invitation;
  }

  private async lockManageable(manager: EntityManager, viewer: Viewer, id: string): Promise<InvitationEntity> {
    if (!isUuid(id)) throw NotFound(INVITATION_NOT_FOUND);
    const invitation = await manager.getRepository(InvitationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!invitation) throw NotFound(INVITATION_NOT_FOUND);
    if (!this.policy.mayManageInvitation(viewer, invitation)) {
      // A member cannot learn of other organisations' invitations; its own PROCESS_LEADER ones are forbidden.
      if (!this.policy.maySeeAccountsOf(viewer, invitation.organizationId)) throw NotFound(INVITATION_NOT_FOUND);
      throw Forbidden();
    }
    return invitation;
  }
}
