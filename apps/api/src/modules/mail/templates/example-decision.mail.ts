import { OutgoingMail } from '../../../infrastructure/mail/mail-transport';
import { renderMail } from './layout';

export interface ExampleDecisionMailData {
  to: string;
  /** The author's name, for the greeting. */
  name: string;
  /** What the process leader did: published the example, or returned it to draft. */
  step: 'publish' | 'return';
  title: string;
  /** The example's organisations as it credits them: "Hedemora kommun, Region Dalarna". */
  organizationNames: string;
  /** The editor's comment (a return always has one). */
  comment: string | null;
  /** A return from PUBLISHED: the example is no longer public. */
  wasPublished: boolean;
  /** The published page ({PUBLIC_WEB_URL}/examples/{slug}) or, when returned, its editor (…/edit). */
  link: string;
}

const FOOTER = 'Du får det här mejlet eftersom du har ett konto för en organisation som står bakom exemplet.';

/** Tells an author that a process leader published their learning example or sent it back to draft. */
export function exampleDecisionMail(data: ExampleDecisionMailData): OutgoingMail {
  const example = `det lärande exemplet ”${data.title}” från ${data.organizationNames}`;
  if (data.step === 'publish') {
    return renderMail({
      to: data.to,
      subject: `Ert lärande exempel är publicerat – ${data.title}`,
      paragraphs: [`Hej ${data.name}!`, `SKR har publicerat ${example}. Nu kan alla läsa det i exempelbanken i Modellkommuner.`],
      action: { label: 'Läs exemplet', url: data.link },
      footer: [FOOTER],
    });
  }
  return renderMail({
    to: data.to,
    subject: `Ert lärande exempel har skickats tillbaka – ${data.title}`,
    paragraphs: [
      `Hej ${data.name}!`,
      data.wasPublished
        ? `SKR har tagit tillbaka ${example}. Det är inte längre publicerat och är ett utkast igen.`
        : `SKR har skickat tillbaka ${example}. Det är ett utkast igen.`,
      ...(data.comment ? [`Redaktörens kommentar: ${data.comment}`] : []),
      'Ändra exemplet efter kommentaren och skicka det till granskning igen när det är klart.',
    ],
    action: { label: 'Öppna exemplet i redigeraren', url: data.link },
    footer: [FOOTER],
  });
}
