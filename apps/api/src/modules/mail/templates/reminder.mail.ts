import { ReminderKind } from '@modellkommuner/shared';
import { OutgoingMail } from '../../../infrastructure/mail/mail-transport';
import { renderMail } from './layout';

export interface ReminderMailData {
  to: string;
  name: string;
  kind: ReminderKind;
  title: string;
  body: string;
  /** The full link into the web app ({PUBLIC_WEB_URL}{path}). */
  link: string;
}

/** A reminder or a process leader's message, as e-mail; the same text as the in-app notification. */
export function reminderMail(data: ReminderMailData): OutgoingMail {
  return renderMail({
    to: data.to,
    subject: data.title,
    paragraphs: [`Hej ${data.name}!`, ...data.body.split(/\n{2,}/).filter(Boolean)],
    action: { label: 'Öppna i Modellkommuner', url: data.link },
    footer: [
      data.kind === ReminderKind.CUSTOM
        ? 'Meddelandet skickades av en processledare på SKR till din organisation i omgången.'
        : 'Du får den här påminnelsen från Modellkommuner eftersom den gäller din organisation.',
      'Under Mitt konto i Modellkommuner väljer du vilka påminnelser du vill ha som e-post; notisen i appen finns kvar.',
    ],
  });
}
