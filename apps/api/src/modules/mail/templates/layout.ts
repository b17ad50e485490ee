import { escapeHtml } from '@modellkommuner/shared';
import { OutgoingMail } from '../../../infrastructure/mail/mail-transport';

export interface MailContent {
  to: string;
  subject: string;
  /** Paragraphs of plain text; the link is added after them. */
  paragraphs: string[];
  action: { label: string; url: string };
  footer: string[];
}

/** A plain, accessible mail: real text first, the same content as simple HTML. */
export function renderMail(content: MailContent): OutgoingMail {
  const text = [...content.paragraphs, `${content.action.label}:\n${content.action.url}`, ...content.footer, '— Modellkommuner, SKR'].join('\n\n');
  const html = `<!doctype html><html lang="sv"><body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">
${content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p><a href="${escapeHtml(content.action.url)}" style="color:#00456e;font-weight:bold">${escapeHtml(content.action.label)}</a></p>
<p style="font-size:14px">Om länken inte fungerar, kopiera den här adressen till webbläsaren:<br>${escapeHtml(content.action.url)}</p>
${content.footer.map((p) => `<p style="font-size:14px;color:#444">${escapeHtml(p)}</p>`).join('\n')}
<p style="font-size:14px;color:#444">— Modellkommuner, SKR</p>
</body></html>`;
  return { to: content.to, subject: content.subject, text, html };
}

const DATE_FORMAT = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', day: 'numeric', month: 'long', year: 'numeric' });

export function formatSwedishDate(date: Date): string {
  return DATE_FORMAT.format(date);
}
