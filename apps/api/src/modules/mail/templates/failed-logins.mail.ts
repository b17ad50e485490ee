import { OutgoingMail } from '../../../infrastructure/mail/mail-transport';
import { renderMail } from './layout';

export interface FailedLoginsMailData {
  to: string;
  name: string;
  /** Where a new password is asked for: {PUBLIC_WEB_URL}/forgot-password. */
  link: string;
  /** The throttling window: at most one such mail per this many minutes. */
  windowMinutes: number;
}

/** Someone keeps failing to log in with the address: the account is not locked, only slowed down. */
export function failedLoginsMail(data: FailedLoginsMailData): OutgoingMail {
  return renderMail({
    to: data.to,
    subject: 'Misslyckade inloggningsförsök på ditt konto – Modellkommuner',
    paragraphs: [
      `Hej ${data.name}!`,
      'Någon har just försökt logga in på ditt konto i Modellkommuner med fel lösenord flera gånger.',
      'Ditt konto är inte spärrat. Du kan logga in som vanligt, men en stund tar inloggningen några sekunder längre.',
      'Var det du behöver du inte göra något. Var det inte du, eller är du osäker: välj ett nytt lösenord. Då nollställs också försöken med din adress.',
    ],
    action: { label: 'Välj ett nytt lösenord', url: data.link },
    footer: [`Vi skickar högst ett sådant meddelande var ${data.windowMinutes}:e minut.`],
  });
}
