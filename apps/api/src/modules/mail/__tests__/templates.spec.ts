import { UserRole } from '@modellkommuner/shared';
import { exampleDecisionMail, ExampleDecisionMailData } from '../templates/example-decision.mail';
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

  describe('the author mail of an editor’s decision', () => {
    const decision: ExampleDecisionMailData = {
      to: 'a@example.se',
      name: 'Karin',
      step: 'publish',
      title: 'Flickor & pojkar i <fritids>',
      organizationNames: 'Hedemora kommun, Region Dalarna',
      comment: null,
      wasPublished: false,
      link: 'http://x/examples/flickor-och-pojkar',
    };

    it('tells of a publication: the title, whose example, and a link to the public page', () => {
      const mail = exampleDecisionMail(decision);
      expect(mail.subject).toBe('Ert lärande exempel är publicerat – Flickor & pojkar i <fritids>');
      expect(mail.text).toContain('Hej Karin!');
      expect(mail.text).toContain('SKR har publicerat det lärande exemplet ”Flickor & pojkar i <fritids>” från Hedemora kommun, Region Dalarna.');
      expect(mail.text).toContain('Läs exemplet:\nhttp://x/examples/flickor-och-pojkar');
      expect(mail.text).not.toContain('Redaktörens kommentar');
      expect(mail.html).toContain('Flickor &amp; pojkar i &lt;fritids&gt;');
      expect(mail.html).not.toContain('<fritids>');
    });

    it('tells of a return to draft with the editor’s comment and a link to the editor', () => {
      const mail = exampleDecisionMail({ ...decision, step: 'return', comment: 'Lägg till <b>resultaten</b>.', link: 'http://x/examples/flickor-och-pojkar/edit' });
      expect(mail.subject).toBe('Ert lärande exempel har skickats tillbaka – Flickor & pojkar i <fritids>');
      expect(mail.text).toContain('SKR har skickat tillbaka det lärande exemplet ”Flickor & pojkar i <fritids>” från Hedemora kommun, Region Dalarna. Det är ett utkast igen.');
      expect(mail.text).toContain('Redaktörens kommentar: Lägg till <b>resultaten</b>.');
      expect(mail.text).toContain('Öppna exemplet i redigeraren:\nhttp://x/examples/flickor-och-pojkar/edit');
      expect(mail.text).not.toContain('inte längre publicerat');
      expect(mail.html).toContain('Redaktörens kommentar: Lägg till &lt;b&gt;resultaten&lt;/b&gt;.');
    });

    it('says that a returned example that was published is no longer public', () => {
      const mail = exampleDecisionMail({ ...decision, step: 'return', comment: 'Uppgifterna stämmer inte.', wasPublished: true, link: 'http://x/e/edit' });
      expect(mail.text).toContain('SKR har tagit tillbaka det lärande exemplet ”Flickor & pojkar i <fritids>” från Hedemora kommun, Region Dalarna. Det är inte längre publicerat och är ett utkast igen.');
    });
  });
});
