import { Inject, Injectable } from '@nestjs/common';
import { DataSource, MoreThan } from 'typeorm';
import { PASSWORD_RESET_TTL_MINUTES, PasswordResetMailJob } from '@modellkommuner/shared';
import { AppConfig } from '../../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../../infrastructure/config/config.module';
import { PasswordResetRequestEntity } from '../../auth/entities/password-reset-request.entity';
import { PasswordResetEntity } from '../../auth/entities/password-reset.entity';
import { newSecretToken } from '../../auth/secret-token';
import { UserEntity } from '../../users/entities/user.entity';
import { MailDeliveryService } from '../mail-delivery.service';
import { passwordResetMail } from '../templates/password-reset.mail';
import { RowNotYetVisibleError } from './row-not-yet-visible.error';

/** More reset mails than this per hour for one account are silently not sent (no mail-bombing). */
const MAX_RESETS_PER_HOUR = 3;

/**
 * The API answers every reset request alike and only stores the requested address; here the account
 * is looked up. When an active account has the address, the request becomes a reset with the same id
 * and the link is mailed; either way the request row is deleted, so no address of a stranger stays.
 */
@Injectable()
export class PasswordResetMailHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly delivery: MailDeliveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(job: PasswordResetMailJob): Promise<'sent' | 'skipped'> {
    const key = `password-reset:${job.passwordResetId}`;
    if (await this.delivery.alreadySent(key)) return 'skipped';
    const resets = this.dataSource.getRepository(PasswordResetEntity);
    if (!(await resets.existsBy({ id: job.passwordResetId }))) {
      const outcome = await this.resolveRequest(job.passwordResetId);
      // The API enqueues inside its transaction; a job may arrive before the commit. Retry then.
      if (outcome === 'missing') throw new RowNotYetVisibleError(`password reset request ${job.passwordResetId}`);
      if (outcome === 'dropped') return 'skipped';
    }
    const reset = await resets.findOne({ where: { id: job.passwordResetId }, relations: { user: true } });
    if (!reset) throw new RowNotYetVisibleError(`password reset ${job.passwordResetId}`);
    if (reset.usedAt || reset.expiresAt.getTime() <= Date.now() || !reset.user?.active) return 'skipped';
    const { token, hash } = newSecretToken();
    await resets.update({ id: reset.id }, { tokenHash: hash });
    await this.delivery.send(
      key,
      'password-reset',
      passwordResetMail({ to: reset.user.email, name: reset.user.name, link: `${this.config.publicWebUrl}/reset-password/${token}` }),
    );
    return 'sent';
  }

  /** Turns the request into a reset for the account with its address, if any; deletes the request. */
  private resolveRequest(id: string): Promise<'created' | 'dropped' | 'missing'> {
    return this.dataSource.transaction(async (manager) => {
      const requests = manager.getRepository(PasswordResetRequestEntity);
      const request = await requests.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!request) return 'missing';
      await requests.delete({ id });
      const user = await manager.getRepository(UserEntity).findOneBy({ email: request.email, active: true });
      if (!user) return 'dropped';
      const resets = manager.getRepository(PasswordResetEntity);
      const recent = await resets.countBy({ userId: user.id, createdAt: MoreThan(new Date(Date.now() - 3600_000)) });
      if (recent >= MAX_RESETS_PER_HOUR) return 'dropped';
      await resets.insert({
        id,
        userId: user.id,
        tokenHash: null,
        usedAt: null,
        expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MINUTES * 60_000),
      });
      return 'created';
    });
  }
}
