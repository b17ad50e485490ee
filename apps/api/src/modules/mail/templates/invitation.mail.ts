import { UserRole } from '@modellkommuner/shared';
import { OutgoingMail } from '../../../infrastructure/mail/mail-transport';
import { formatSwedishDate, renderMail } from './layout';

export interface InvitationMailData {
  to: string;
  organizationName: string;
  inviterName: string | null;
  role: UserRole;
  link: string;
  expiresAt: Date;
}

export function invitationMail(data: InvitationMailData): OutgoingMail {
  const who = data.inviterName ? `${data.inviterName} har bjudit in dig` : 'Du har bjudits in';
  const as = data.role === UserRole.PROCESS_LEADER ? 'som processledare' : 'som medlem';
  return renderMail({
    to: data.to,
    subject: `Inbjudan till Modellkommuner – ${data.organizationName}`,
    paragraphs: [
      'Hej!',
      `${who} ${as} för ${data.organizationName} i Modellkommuner, SKR:s plattform för kommuner och regioner som lär av varandra i jämställdhetsarbetet.`,
      'Öppna länken, ange ditt namn och välj ett lösenord så skapas ditt konto.',
    ],
    action: { label: 'Skapa ditt konto', url: data.link },
    footer: [
      `Länken fungerar en gång och gäller till och med ${formatSwedishDate(data.expiresAt)}.`,
      'Om du inte väntade dig den här inbjudan kan du bortse från mejlet.',
    ],
  });
}
