import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PasswordResetMailJob } from '@modellkommuner/shared';
import { AppConfig } from '../../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../../infrastructure/config/config.module';
import { PasswordResetEntity } from '../../auth/entities/password-reset.entity';
import { newSecretToken } from '../../auth/secret-token';
import { MailDeliveryService } from '../mail-delivery.service';
import { passwordResetMail } from '../templates/password-reset.mail';
import { RowNotYetVisibleError } from './row-not-yet-visible.error';

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
}
