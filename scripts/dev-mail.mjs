#!/usr/bin/env node
// A development mail catcher for `npm start` when no Mailpit runs: accepts SMTP on 127.0.0.1:1025
// and prints each mail, with its links, in the terminal. Never used in production.
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

const port = Number(process.env.DEV_MAIL_PORT ?? 1025);
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : mail.to?.text;
        console.log(`\n✉  Till: ${to}\n   Ämne: ${mail.subject}\n${(mail.text ?? '').split('\n').map((l) => `   ${l}`).join('\n')}\n`);
        callback();
      })
      .catch(callback);
  },
});
server.listen(port, '127.0.0.1', () => console.log(`Utvecklingsmejl: SMTP på 127.0.0.1:${port}; mejl skrivs ut här.`));
