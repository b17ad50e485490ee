import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** SMTP through nodemailer (SMTP_URL). Only the worker sends mail; the API never does. */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter<SMTPTransport.SentMessageInfo>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transporter = nodemailer.createTransport(config.smtpUrl);
  }

  async send(mail: OutgoingMail): Promise<string | null> {
    const info = await this.transporter.sendMail({ from: this.config.mailFrom, ...mail });
    return info.messageId || null;
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
