import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FailedLoginsMailJob } from '@modellkommuner/shared';
import { AppConfig } from '../../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../../infrastructure/config/config.module';
import { UserEntity } from '../../users/entities/user.entity';
import { MailDeliveryService } from '../mail-delivery.service';
import { failedLoginsMail } from '../templates/failed-logins.mail';

/** Tells an account's owner that someone keeps failing to log in with its address (once per window, decided by the API). */
@Injectable()
export class FailedLoginsMailHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly delivery: MailDeliveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(job: FailedLoginsMailJob): Promise<'sent' | 'skipped'> {
    const key = `failed-logins:${job.noticeId}`;
    if (await this.delivery.alreadySent(key)) return 'skipped';
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: job.userId });
    if (!user?.active) return 'skipped';
    await this.delivery.send(
      key,
      'failed-logins',
      failedLoginsMail({
        to: user.email,
        name: user.name,
        link: `${this.config.publicWebUrl}/forgot-password`,
        windowMinutes: Math.max(1, Math.round(this.config.loginFailureWindowSeconds / 60)),
      }),
    );
    return 'sent';
  }
}
