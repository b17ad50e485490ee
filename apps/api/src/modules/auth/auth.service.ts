import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { isEmail, normaliseEmail, passwordProblem } from '@modellkommuner/shared';
import { BadInput, Conflict, NotFound, Unauthenticated } from '../../infrastructure/errors/app-error';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { AuditService } from '../audit/audit.service';
import { MailQueue } from '../mail/mail.queue';
import { UserEntity } from '../users/entities/user.entity';
import { PasswordResetRequestEntity } from './entities/password-reset-request.entity';
import { PasswordResetEntity } from './entities/password-reset.entity';
import { LinkThrottleService } from './link-throttle.service';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { hashSecretToken } from './secret-token';
import { SessionService } from './session.service';

const WRONG_CREDENTIALS = 'Fel e-postadress eller lösenord.';

export interface LoginResult {
  token: string;
  user: UserEntity;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
    private readonly links: LinkThrottleService,
    private readonly audit: AuditService,
    private readonly mailQueue: MailQueue,
  ) {}

  async login(emailInput: string, password: string, clientIp: string): Promise<LoginResult> {
    const email = normaliseEmail(emailInput);
    if (!isEmail(email)) throw BadInput('email', 'Ange en giltig e-postadress.');
    // Refused per address and per (e-mail, address); per e-mail alone only slowed down.
    await this.throttle.beforeAttempt(email, clientIp);
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email });
    // Verify even for unknown addresses, so the answer takes as long either way.
    const valid = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !valid || !user.active) {
      const { noticeDue } = await this.throttle.recordFailure(email, clientIp);
      if (noticeDue && user?.active) this.noticeFailedLogins(user.id);
      throw Unauthenticated(WRONG_CREDENTIALS);
    }
    await this.throttle.recordSuccess(email, clientIp);
    const { token } = await this.dataSource.transaction((manager) => this.sessions.open(manager, user.id));
    return { token, user };
  }

  /**
   * Someone keeps failing with this account's address: the worker tells its owner (the job names the
   * account by id only). Not awaited, so the answer takes no longer for an existing account.
   */
  private noticeFailedLogins(userId: string): void {
    this.mailQueue.failedLogins(userId).catch((error: unknown) => {
      this.logger.error(`Varning om inloggningsförsök kunde inte köas: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  async logout(viewer: Viewer): Promise<boolean> {
    await this.sessions.revoke(this.dataSource.manager, viewer.sessionId);
    return true;
  }

  /** Changes the password; every other login of the account is ended, this one stays. */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string): Promise<boolean> {
    const problem = passwordProblem(newPassword);
    if (problem) throw BadInput('newPassword', problem);
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: viewer.userId });
    if (!user || !(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw BadInput('currentPassword', 'Nuvarande lösenord stämmer inte.');
    }
    if (currentPassword === newPassword) throw BadInput('newPassword', 'Det nya lösenordet måste skilja sig från det nuvarande.');
    const passwordHash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(UserEntity).update({ id: user.id }, { passwordHash });
      const revoked = await this.sessions.revokeAllFor(manager, user.id, viewer.sessionId);
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: 'user.change_password',
        entity: 'User',
        entityId: user.id,
        after: { revokedSessions: revoked },
      });
    });
    return true;
  }

  /**
   * Always answers the same, in the same time: every well-formed address gets a request row and a
   * queued job, and only the worker looks for an account (and mails a link when an active one has the
   * address). Even when the mail cannot be queued (Redis away) the answer stays `true`: an error only
   * for existing accounts would tell a stranger which addresses have one. The failure is logged and
   * nothing is kept. Throttled per e-mail and per client address, whether or not an account exists.
   */
  async requestPasswordReset(emailInput: string, clientIp: string): Promise<boolean> {
    const email = normaliseEmail(emailInput);
    if (!isEmail(email)) throw BadInput('email', 'Ange en giltig e-postadress.');
    await this.links.consumeResetRequest(email, clientIp);
    await this.dataSource
      .transaction(async (manager) => {
        const request = await manager.getRepository(PasswordResetRequestEntity).save({ email });
        await this.mailQueue.passwordReset(request.id);
      })
      .catch((error: unknown) => {
        this.logger.error(`Återställningslänk kunde inte köas: ${error instanceof Error ? error.message : String(error)}`);
      });
    return true;
  }

  /**
   * Sets a new password from a mailed link (once, within the hour), ends every login, lifts the login
   * throttling of the address, and logs in. The link is checked before the password is hashed: a
   * bogus token costs one indexed lookup, not ~250 ms of argon2. Failed uses are throttled per client
   * address.
   */
  async resetPassword(token: string, password: string, clientIp: string): Promise<LoginResult> {
    const problem = passwordProblem(password);
    if (problem) throw BadInput('password', problem);
    const result = await this.links.guardLinkUse(clientIp, async () => {
      await this.usableReset(this.dataSource.manager, token, false);
      const passwordHash = await this.hasher.hash(password);
      return this.dataSource.transaction(async (manager) => {
        // Again under a lock: another request may have used the link while this one hashed.
        const { reset, user } = await this.usableReset(manager, token, true);
        const resets = manager.getRepository(PasswordResetEntity);
        await resets.update({ id: reset.id }, { usedAt: new Date() });
        // Any other outstanding links for the account stop working too.
        await resets.update({ userId: user.id, usedAt: IsNull() }, { usedAt: new Date() });
        await manager.getRepository(UserEntity).update({ id: user.id }, { passwordHash });
        const revoked = await this.sessions.revokeAllFor(manager, user.id);
        await this.audit.record(manager, {
          actorId: user.id,
          action: 'user.reset_password',
          entity: 'User',
          entityId: user.id,
          after: { revokedSessions: revoked },
        });
        const { token: sessionToken } = await this.sessions.open(manager, user.id);
        return { token: sessionToken, user };
      });
    });
    // The owner has proven control of the mailbox: failed logins for the address stop counting.
    await this.throttle.liftForEmail(result.user.email);
    return result;
  }

  private async usableReset(manager: EntityManager, token: string, lock: boolean): Promise<{ reset: PasswordResetEntity; user: UserEntity }> {
    const invalid = () => NotFound('Länken för att återställa lösenordet är ogiltig.');
    if (!token || token.length > 200) throw invalid();
    const reset = await manager.getRepository(PasswordResetEntity).findOne({
      where: { tokenHash: hashSecretToken(token) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!reset) throw invalid();
    if (reset.usedAt) throw Conflict('Länken har redan använts. Begär en ny om du behöver.');
    if (reset.expiresAt.getTime() <= Date.now()) throw Conflict('Länken har gått ut. Begär en ny.');
    const user = await manager.getRepository(UserEntity).findOneBy({ id: reset.userId });
    if (!user || !user.active) throw Conflict('Kontot är inaktiverat.');
    return { reset, user };
  }
}
