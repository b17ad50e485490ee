import { Injectable, Logger } from '@nestjs/common';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { isEmail, normaliseEmail, PASSWORD_RESET_TTL_MINUTES, passwordProblem } from '@modellkommuner/shared';
import { BadInput, Conflict, NotFound, Unauthenticated } from '../../infrastructure/errors/app-error';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { AuditService } from '../audit/audit.service';
import { MailQueue } from '../mail/mail.queue';
import { UserEntity } from '../users/entities/user.entity';
import { PasswordResetEntity } from './entities/password-reset.entity';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { hashSecretToken } from './secret-token';
import { SessionService } from './session.service';

const WRONG_CREDENTIALS = 'Fel e-postadress eller lösenord.';
/** More reset mails than this per hour for one account are silently not sent (no mail-bombing). */
const MAX_RESETS_PER_HOUR = 3;

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
    private readonly audit: AuditService,
    private readonly mailQueue: MailQueue,
  ) {}

  async login(emailInput: string, password: string, clientIp: string): Promise<LoginResult> {
    const email = normaliseEmail(emailInput);
    if (!isEmail(email)) throw BadInput('email', 'Ange en giltig e-postadress.');
    await this.throttle.assertAllowed(email, clientIp);
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email });
    // Verify even for unknown addresses, so the answer takes as long either way.
    const valid = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !valid || !user.active) {
      await this.throttle.recordFailure(email, clientIp);
      throw Unauthenticated(WRONG_CREDENTIALS);
    }
    const { token } = await this.dataSource.transaction((manager) => this.sessions.open(manager, user.id));
    return { token, user };
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
   * Always answers the same; mails a link only when an active account has the address. Even when the
   * mail cannot be queued (Redis away) the answer stays `true`: an error only for existing accounts
   * would tell a stranger which addresses have one. The failure is logged and nothing is kept.
   */
  async requestPasswordReset(emailInput: string): Promise<boolean> {
    const email = normaliseEmail(emailInput);
    if (!isEmail(email)) throw BadInput('email', 'Ange en giltig e-postadress.');
    await this.createPasswordReset(email).catch((error: unknown) => {
      this.logger.error(`Återställningslänk kunde inte köas: ${error instanceof Error ? error.message : String(error)}`);
    });
    return true;
  }

  private async createPasswordReset(email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(UserEntity).findOneBy({ email, active: true });
      if (!user) return;
      const resets = manager.getRepository(PasswordResetEntity);
      const recent = await resets.countBy({ userId: user.id, createdAt: MoreThan(new Date(Date.now() - 3600_000)) });
      if (recent >= MAX_RESETS_PER_HOUR) return;
      const reset = await resets.save({
        userId: user.id,
        tokenHash: null,
        usedAt: null,
        expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MINUTES * 60_000),
      });
      await this.mailQueue.passwordReset(reset.id);
    });
  }

  /** Sets a new password from a mailed link (once, within the hour), ends every login, and logs in. */
  async resetPassword(token: string, password: string): Promise<LoginResult> {
    const problem = passwordProblem(password);
    if (problem) throw BadInput('password', problem);
    const passwordHash = await this.hasher.hash(password);
    return this.dataSource.transaction(async (manager) => {
      const resets = manager.getRepository(PasswordResetEntity);
      const reset = await resets.findOne({ where: { tokenHash: hashSecretToken(token) }, lock: { mode: 'pessimistic_write' } });
      if (!reset) throw NotFound('Länken för att återställa lösenordet är ogiltig.');
      if (reset.usedAt) throw Conflict('Länken har redan använts. Begär en ny om du behöver.');
      if (reset.expiresAt.getTime() <= Date.now()) throw Conflict('Länken har gått ut. Begär en ny.');
      const user = await manager.getRepository(UserEntity).findOneBy({ id: reset.userId });
      if (!user || !user.active) throw Conflict('Kontot är inaktiverat.');
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
  }
}
