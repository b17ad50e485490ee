import { UserRole } from '@modellkommuner/shared';
import { invitationMail } from '../templates/invitation.mail';
import { failedLoginsMail } from '../templates/failed-logins.mail';
import { passwordResetMail } from '../templates/password-reset.mail';

describe('mail templates', () => {
  const base = {
    to: 'a@example.se',
    organizationName: 'Hedemora kommun',
    inviterName: 'Karin <script>alert(1)</script>',
    role: UserRole.MEMBER,
    link: 'http://localhost:4200/invitation/abc_DEF-123',
    expiresAt: new Date('2026-12-06T10:00:00Z'),
  };

  it('invites in Swedish with the link, who invited, and the last valid day', () => {
    const mail = invitationMail(base);
    expect(mail.subject).toBe('Inbjudan till Modellkommuner – Hedemora kommun');
    expect(mail.text).toContain('som medlem för Hedemora kommun');
    expect(mail.text).toContain('http://localhost:4200/invitation/abc_DEF-123');
    expect(mail.text).toContain('till och med 6 december 2026');
  });

  it('escapes names in the HTML part', () => {
    const { html } = invitationMail(base);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Karin &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<html lang="sv">');
  });

  it('says process leader for process-leader invitations, and works without an inviter', () => {
    const mail = invitationMail({ ...base, role: UserRole.PROCESS_LEADER, inviterName: null, organizationName: 'Sveriges Kommuner och Regioner' });
    expect(mail.text).toContain('Du har bjudits in som processledare för Sveriges Kommuner och Regioner');
  });

  it('resets a password with a one-hour link', () => {
    const mail = passwordResetMail({ to: 'a@example.se', name: 'Karin', link: 'http://x/reset-password/t' });
    expect(mail.subject).toBe('Återställ ditt lösenord – Modellkommuner');
    expect(mail.text).toContain('Hej Karin!');
    expect(mail.text).toContain('http://x/reset-password/t');
    expect(mail.text).toContain('gäller i en timme');
  });

  it('tells of failed logins: not locked, only slowed down, and how to choose a new password', () => {
    const mail = failedLoginsMail({ to: 'a@example.se', name: 'Karin <b>', link: 'http://x/forgot-password', windowMinutes: 15 });
    expect(mail.subject).toBe('Misslyckade inloggningsförsök på ditt konto – Modellkommuner');
    expect(mail.text).toContain('Hej Karin <b>!');
    expect(mail.text).toContain('Ditt konto är inte spärrat.');
    expect(mail.text).toContain('Välj ett nytt lösenord:\nhttp://x/forgot-password');
    expect(mail.text).toContain('högst ett sådant meddelande var 15:e minut');
    expect(mail.html).toContain('Karin &lt;b&gt;');
  });
});
