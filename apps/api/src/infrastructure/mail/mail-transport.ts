import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { connect, Socket } from 'node:net';
import nodemailer, { Transporter } from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The Message-ID, when the caller names the message itself (nodemailer makes one up otherwise). */
  messageId?: string;
}

/**
 * Connections to the SMTP server are kept open and reused (nodemailer's pool): a mail on an open connection
 * costs MAIL, RCPT and DATA, not also the connect, greeting, EHLO and QUIT — most of the time of a mail when
 * the worker delivers thousands of reminders at once (bench/README.md, "reminders/"). At most as many
 * connections as reminders the worker delivers at once (REMINDER_CONCURRENCY; a smaller pool makes them
 * queue for a connection), each carrying up to 100 mails, without Nagle's algorithm (noDelayConnection).
 * Settings in SMTP_URL's query (`?maxConnections=5`, `?pool=false`) win.
 */
export const SMTP_MAX_MESSAGES_PER_CONNECTION = 100;

/**
 * SMTP through nodemailer (SMTP_URL). Only the worker sends mail; the API never does.
 *
 * On shutdown the pool is closed once no mail is being sent. Nest shuts this provider down before BullMQ's
 * workers, which let the jobs in hand finish first (and those may still send): a send after that opens a
 * new pool, closed again when it is done. (A closed nodemailer pool would never answer such a send.)
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private transporter: Transporter<SMTPPool.SentMessageInfo> | null = null;
  private sending = 0;
  private closing = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async send(mail: OutgoingMail): Promise<string | null> {
    if (!this.transporter) {
      const options = parseConnectionUrl(this.config.smtpUrl);
      this.transporter = nodemailer.createTransport({
        pool: true,
        maxConnections: this.config.reminderConcurrency,
        maxMessages: SMTP_MAX_MESSAGES_PER_CONNECTION,
        ...options,
        // nodemailer's own proxy support (`?proxy=…`) brings its own socket.
        ...('proxy' in options ? {} : { getSocket: noDelayConnection }),
      } as SMTPPool.Options);
    }
    this.sending += 1;
    try {
      const info = await this.transporter.sendMail({ from: this.config.mailFrom, ...mail });
      return info.messageId || null;
    } finally {
      this.sending -= 1;
      this.closeWhenIdle();
    }
  }

  onApplicationShutdown(): void {
    this.closing = true;
    this.closeWhenIdle();
  }

  private closeWhenIdle(): void {
    if (!this.closing || this.sending > 0 || !this.transporter) return;
    this.transporter.close();
    this.transporter = null;
  }
}

/**
 * The TCP connection to the SMTP server, opened here with Nagle's algorithm off; nodemailer takes it as an
 * opened connection and does the rest (greeting, STARTTLS, or TLS at once for smtps://, its timeouts).
 * With Nagle the end of a message (".") is a small write behind the body that waits in the kernel until the
 * server acknowledges the body, which the server delays (about 40 ms on Linux): every mail on a connection
 * took ~45 ms instead of ~2; and the mails whose "." still waited when the worker was killed reached the
 * server after it died, unrecorded, and went out again with the retry — 11 and 15 sent twice in the bench's
 * SIGKILL rounds with Nagle, 0 to 4 without (bench/README.md, "reminders/").
 */
function noDelayConnection(
  options: { host?: string; port?: number; secure?: boolean; connectionTimeout?: number },
  callback: (error: Error | null, socket?: { connection: Socket }) => void,
): void {
  const socket = connect({ host: options.host || 'localhost', port: options.port || (options.secure ? 465 : 587), noDelay: true });
  const fail = (error: Error) => {
    clearTimeout(timer);
    socket.destroy();
    callback(error);
  };
  const timer = setTimeout(() => fail(new Error('Anslutningen till SMTP-servern tog för lång tid')), options.connectionTimeout ?? 120_000);
  socket.once('error', fail);
  socket.once('connect', () => {
    clearTimeout(timer);
    socket.off('error', fail);
    callback(null, { connection: socket });
  });
}
