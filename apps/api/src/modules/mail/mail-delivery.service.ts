import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MailTransport, OutgoingMail } from '../../infrastructure/mail/mail-transport';
import { MailLogEntity } from './entities/mail-log.entity';

/**
 * Sends a mail at most once per key. A retried job finds the key recorded and sends nothing;
 * only a crash between the SMTP server's acceptance and the insert can repeat a mail.
 */
@Injectable()
export class MailDeliveryService {
  private readonly logger = new Logger(MailDeliveryService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
  ) {}

  alreadySent(key: string): Promise<boolean> {
    return this.dataSource.getRepository(MailLogEntity).existsBy({ key });
  }

  async send(key: string, template: string, mail: OutgoingMail): Promise<void> {
    const messageId = await this.transport.send(mail);
    await this.dataSource
      .getRepository(MailLogEntity)
      .createQueryBuilder()
      .insert()
      .values({ key, template, recipient: mail.to, subject: mail.subject.slice(0, 300), messageId })
      .orIgnore()
      .execute();
    this.logger.log(`Skickade ${template} (${key})`);
  }
}
