import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InvitationMailJob } from '@modellkommuner/shared';
import { AppConfig } from '../../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../../infrastructure/config/config.module';
import { newSecretToken } from '../../auth/secret-token';
import { InvitationEntity } from '../../invitations/entities/invitation.entity';
import { MailDeliveryService } from '../mail-delivery.service';
import { invitationMail } from '../templates/invitation.mail';
import { RowNotYetVisibleError } from './row-not-yet-visible.error';

/**
 * Mails an invitation link. The token is made here, in the worker, and only its hash is stored:
 * no secret ever sits in Redis. A resend bumps sendCount, which makes older jobs skip.
 */
@Injectable()
export class InvitationMailHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly delivery: MailDeliveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(job: InvitationMailJob): Promise<'sent' | 'skipped'> {
    const key = `invitation:${job.invitationId}:${job.sendNo}`;
    if (await this.delivery.alreadySent(key)) return 'skipped';
    const invitations = this.dataSource.getRepository(InvitationEntity);
    const invitation = await invitations.findOne({ where: { id: job.invitationId }, relations: { organization: true, invitedBy: true } });
    // The API enqueues inside its transaction; a job may arrive before the commit. Retry then.
    if (!invitation || invitation.sendCount < job.sendNo) throw new RowNotYetVisibleError(`invitation ${job.invitationId}#${job.sendNo}`);
    if (invitation.sendCount > job.sendNo || invitation.acceptedAt || invitation.revokedAt) return 'skipped';
    const { token, hash } = newSecretToken();
    const updated = await invitations
      .createQueryBuilder()
      .update()
      .set({ tokenHash: hash })
      .where('id = :id AND send_count = :sendNo AND accepted_at IS NULL AND revoked_at IS NULL', { id: invitation.id, sendNo: job.sendNo })
      .execute();
    if (!updated.affected) return 'skipped';
    await this.delivery.send(
      key,
      'invitation',
      invitationMail({
        to: invitation.email,
        organizationName: invitation.organization?.name ?? '',
        inviterName: invitation.invitedBy?.name ?? null,
        role: invitation.role,
        link: `${this.config.publicWebUrl}/invitation/${token}`,
        expiresAt: invitation.expiresAt,
      }),
    );
    return 'sent';
  }
}
