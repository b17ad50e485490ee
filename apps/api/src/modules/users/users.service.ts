import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Conflict, Forbidden, NotFound } from '../../infrastructure/errors/app-error';
import { isUuid } from '../../infrastructure/graphql/ids';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { AuditService } from '../audit/audit.service';
import { SessionService } from '../auth/session.service';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { ACCOUNT_NOT_FOUND, DEACTIVATE_REFUSED } from './account.errors';
import { AccountsPolicy } from './accounts.policy';
import { UserEntity } from './entities/user.entity';

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccountsPolicy,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
  ) {}

  byId(id: string): Promise<UserEntity | null> {
    return isUuid(id) ? this.dataSource.getRepository(UserEntity).findOneBy({ id }) : Promise.resolve(null);
  }

  /** The accounts of an organisation, for those allowed to see them; an empty list for others. */
  async listForOrganization(viewer: Viewer, organizationCode: string): Promise<UserEntity[]> {
    const organization = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ code: organizationCode });
    if (!organization || !this.policy.maySeeAccountsOf(viewer, organization.id)) return [];
    return this.dataSource.getRepository(UserEntity).find({
      where: { organizationId: organization.id },
      order: { active: 'DESC', name: 'ASC' },
    });
  }

  /**
   * Deactivation (process leaders; FORBIDDEN with the guard's wording otherwise): the account can no
   * longer log in and every token it holds stops working at once.
   */
  async deactivate(viewer: Viewer, id: string): Promise<UserEntity> {
    if (!this.policy.mayDeactivate(viewer)) throw Forbidden();
    if (!isUuid(id)) throw NotFound(ACCOUNT_NOT_FOUND);
    if (id === viewer.userId) throw Conflict(DEACTIVATE_REFUSED.self);
    return this.dataSource.transaction(async (manager) => {
      const users = manager.getRepository(UserEntity);
      const user = await users.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw NotFound(ACCOUNT_NOT_FOUND);
      if (!user.active) throw Conflict(DEACTIVATE_REFUSED.alreadyInactive);
      const before = { ...user };
      user.active = false;
      user.deactivatedAt = new Date();
      await users.save(user);
      const revoked = await this.sessions.revokeAllFor(manager, user.id);
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: 'user.deactivate',
        entity: 'User',
        entityId: user.id,
        before,
        after: { ...user, revokedSessions: revoked },
      });
      return user;
    });
  }
}
