import { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, SMTPServerSession } from 'smtp-server';

export interface AcceptedMail {
  to: string;
  subject: string;
  text: string;
  messageId: string;
}

/**
 * An SMTP server for resilience tests: like MailCatcher (mail-catcher.ts) it keeps what it accepts, and
 * the test controls when it accepts. A mail counts as accepted — delivered, in SMTP's terms — only when
 * the server answers 250 to its DATA; until then the sender may still die and the mail is not delivered.
 * - `delayMs`: wait this long before answering each mail (a slow mail server).
 * - `holdAfter(n)`: answer the first n mails, then keep every further answer back (the senders wait)
 *   until `release()`; a held mail whose connection closes in the meantime is dropped, not accepted.
 * - `rejectOnce(address, text)`: refuse the first RCPT TO of that address with a temporary 450 that
 *   quotes the address, as real servers do.
 */
export class GatedMailCatcher {
  readonly accepted: AcceptedMail[] = [];
  /** Mails received in full whose answer is being held or delayed. */
  pending = 0;
  delayMs = 0;
  private limit = Infinity;
  private held: { session: string; answer: () => void }[] = [];
  private closed = new Set<string>();
  private refuse = new Map<string, string>();
  private server: SMTPServer;
  port = 0;

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      // Many senders at once (the worker's concurrency), each with its own connection.
      maxClients: 1000,
      onRcptTo: (address, _session, callback) => {
        const text = this.refuse.get(address.address);
        if (text === undefined) return callback();
        this.refuse.delete(address.address);
        const error = new Error(text) as Error & { responseCode: number };
        error.responseCode = 450;
        callback(error);
      },
      onClose: (session: SMTPServerSession) => {
        this.closed.add(session.id);
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then(async (parsed) => {
            const toField = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
            const mail: AcceptedMail = {
              to: toField?.value[0]?.address ?? '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              messageId: parsed.messageId ?? '',
            };
            this.pending += 1;
            if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
            if (this.accepted.length >= this.limit) await new Promise<void>((answer) => this.held.push({ session: session.id, answer }));
            this.pending -= 1;
            if (this.closed.has(session.id)) return; // the sender is gone: not delivered
            this.accepted.push(mail);
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    // A sender killed in the middle of a mail resets its connection: no error of the server's.
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Accept n mails in all, then hold every further answer until release(). */
  holdAfter(n: number): void {
    this.limit = n;
  }

  get heldCount(): number {
    return this.held.length;
  }

  /** Answer the held mails (those whose sender is still connected are accepted) and stop holding. */
  release(): void {
    this.limit = Infinity;
    const held = this.held;
    this.held = [];
    held.forEach((h) => h.answer());
  }

  rejectOnce(address: string, text: string): void {
    this.refuse.set(address, text);
  }

  /** How many times each subject was accepted. */
  countBySubject(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const mail of this.accepted) counts.set(mail.subject, (counts.get(mail.subject) ?? 0) + 1);
    return counts;
  }

  async stop(): Promise<void> {
    this.release();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
