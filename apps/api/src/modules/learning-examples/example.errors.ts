import { ExampleStatus, ExampleStep } from '@modellkommuner/shared';
import { VersionedThing } from '../../infrastructure/database/versioned-change';

// Every Swedish message of the learning-examples module, once (docs/api-conventions.md, "Errors and
// visibility"). The import's page parser (import/skr-page-parser.ts) words its own warnings about a page.

/** The example as the versioned-change helper names it: NOT_FOUND and the one CONFLICT wording. */
export const EXAMPLE: VersionedThing = { noun: 'Exemplet', pronoun: 'det', notFound: 'Exemplet hittades inte.' };

/** Writing an example: the member's own organisation must be among its organisations (FORBIDDEN). */
export const OWN_ORGANIZATION = {
  create: 'Ett exempel du skriver måste ha din egen organisation bland organisationerna.',
  update: 'Din egen organisation måste finnas kvar bland organisationerna.',
} as const;

/** Why `updateLearningExample` is refused (FORBIDDEN). */
export const EDIT_REFUSED = {
  inReview: 'Exemplet granskas och är låst tills redaktören har granskat det.',
  other: 'Du kan inte ändra det här exemplet.',
} as const;

/** Per workflow step: who may not take it (FORBIDDEN) and from which states it leads nowhere (CONFLICT). */
export const STEP_REFUSED: Record<ExampleStep, { forbidden: string; notOpen: string }> = {
  [ExampleStep.SUBMIT]: {
    forbidden: 'Bara exemplets författare kan skicka det till granskning.',
    notOpen: 'Bara utkast kan skickas till granskning.',
  },
  [ExampleStep.PUBLISH]: {
    forbidden: 'Bara processledare kan publicera.',
    notOpen: 'Bara utkast och exempel under granskning kan publiceras.',
  },
  [ExampleStep.RETURN]: {
    forbidden: 'Bara processledare kan skicka tillbaka ett exempel.',
    notOpen: 'Bara exempel under granskning eller publicerade exempel kan skickas tillbaka.',
  },
  [ExampleStep.ARCHIVE]: {
    forbidden: 'Bara processledare kan arkivera.',
    notOpen: 'Bara publicerade exempel kan arkiveras.',
  },
};

/** `returnLearningExample` without a comment (BAD_USER_INPUT on `comment`). */
export const RETURN_COMMENT_REQUIRED = 'Skriv en kommentar till författarna.';

/** The input checks the service makes against the database (BAD_USER_INPUT, field by field). */
export const INPUT_PROBLEM = {
  noOrganization: 'Ange minst en organisation bakom exemplet.',
  unknownOrganization: (code: string) => `Det finns ingen organisation med koden "${code}".`,
  unknownSubject: (term: string) => `"${term}" är inget ämne i vokabulären.`,
  unknownActivityArea: (term: string) => `"${term}" är inget verksamhetsområde i vokabulären.`,
  periodEndBeforeStart: 'Slutåret kan inte ligga före startåret.',
} as const;

/** LearningExampleInput's own checks (class-validator, before the service runs). */
export const INPUT_INVALID = {
  linkTitleRequired: 'Varje länk behöver en rubrik.',
  linkTitleTooLong: 'Länkens rubrik får ha högst 300 tecken.',
  urlTooLong: (max: number) => `Webbadressen får ha högst ${max} tecken.`,
  urlInvalid: 'Ange en fullständig webbadress som börjar med https://.',
  contactNameRequired: 'Varje kontaktperson behöver ett namn.',
  contactNameTooLong: 'Namnet får ha högst 200 tecken.',
  contactEmailInvalid: 'Ange en giltig e-postadress för kontaktpersonen.',
  titleRequired: 'Ge exemplet en rubrik.',
  titleTooLong: 'Rubriken får ha högst 300 tecken.',
  summaryRequired: 'Skriv en ingress.',
  summaryTooLong: 'Ingressen får ha högst 2 000 tecken.',
  periodStartOdd: 'Startåret verkar orimligt.',
  periodEndOdd: 'Slutåret verkar orimligt.',
  sectionTooLong: 'Ett avsnitt får ha högst 20 000 tecken.',
  conclusionTooLong: 'En slutsats får ha högst 1 000 tecken.',
} as const;

// ---- the import's lines (ImportResult.errors) ---------------------------------------------------------

/** A status as an import line names it. */
const STATUS_NAMES: Record<ExampleStatus, string> = {
  [ExampleStatus.DRAFT]: 'utkast',
  [ExampleStatus.IN_REVIEW]: 'under granskning',
  [ExampleStatus.PUBLISHED]: 'publicerad',
  [ExampleStatus.ARCHIVED]: 'arkiverad',
};

const sv = (n: number) => n.toLocaleString('sv-SE');

export const IMPORT_LINE = {
  /** An example an editor archived or returned to draft keeps its status when imported again. */
  notRepublished: (title: string, status: ExampleStatus) =>
    `"${title}" fanns redan med status ${STATUS_NAMES[status]}: texten uppdaterades, men exemplet publicerades inte igen.`,
  /** `reason`: one of our own sentences (an AppError's message, or one of IMPORT_TOO_LONG). */
  notSaved: (title: string, reason: string) => `"${title}" kunde inte sparas: ${reason}`,
  technicalFault: (title: string, reference: string) => `"${title}" kunde inte sparas på grund av ett tekniskt fel (referens ${reference}).`,
  /** An imported example without subjects or activity areas: the library's filters do not find it. */
  missingTerms: (title: string, noSubjects: boolean, noAreas: boolean) =>
    noSubjects && noAreas
      ? `"${title}" saknar ämnen och verksamhetsområden: lägg till dem i exemplet, annars hittas det inte med filtren Ämne och Verksamhetsområde.`
      : noSubjects
        ? `"${title}" saknar ämnen: lägg till dem i exemplet, annars hittas det inte med filtret Ämne.`
        : `"${title}" saknar verksamhetsområden: lägg till dem i exemplet, annars hittas det inte med filtret Verksamhetsområde.`,
} as const;

/** What in an imported page exceeds what the editor would accept (the reason of IMPORT_LINE.notSaved). */
export const IMPORT_TOO_LONG = {
  title: (max: number) => `rubriken är längre än ${max} tecken.`,
  summary: (max: number) => `ingressen är längre än ${sv(max)} tecken.`,
  section: (max: number) => `ett avsnitt är längre än ${sv(max)} tecken.`,
  conclusion: (max: number) => `en slutsats är längre än ${sv(max)} tecken.`,
  link: 'en länk är för lång.',
} as const;
