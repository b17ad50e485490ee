import { OutgoingMail } from '../../../infrastructure/mail/mail-transport';
import { renderMail } from './layout';

export function passwordResetMail(data: { to: string; name: string; link: string }): OutgoingMail {
  return renderMail({
    to: data.to,
    subject: 'Återställ ditt lösenord – Modellkommuner',
    paragraphs: [`Hej ${data.name}!`, 'Någon, förhoppningsvis du, har bett om att få återställa lösenordet till ditt konto i Modellkommuner.'],
    action: { label: 'Välj ett nytt lösenord', url: data.link },
    footer: [
      'Länken fungerar en gång och gäller i en timme.',
      'Om du inte bad om detta kan du bortse från mejlet; ditt lösenord är oförändrat.',
    ],
  });
}
