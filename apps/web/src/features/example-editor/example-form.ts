import type { TFunction } from 'i18next';
import { isEmail } from '@modellkommuner/shared';
import type { ExampleEditorFieldsFragment, LearningExampleInput, OrganizationKind } from '../../gql/graphql';
import type { FieldProblem, UiError } from '../../shared/errors/error-message';
import type { ExampleOrigin, ExampleStatus, ExampleViewData } from '../examples';

// The API's limits (LearningExampleInput), checked before sending.
export const TITLE_MAX = 300;
export const SUMMARY_MAX = 2000;
export const SECTION_MAX = 20000;
export const ORGANIZATIONS_MAX = 10;
export const CONCLUSIONS_MAX = 30;
export const LINK_TITLE_MAX = 300;
export const CONTACT_TEXT_MAX = 200;
export const PHONE_MAX = 40;
export const YEAR_MIN = 1950;
export const YEAR_MAX = 2100;

export const SECTIONS = ['background', 'implementation', 'successFactors', 'results'] as const;
export type Section = (typeof SECTIONS)[number];

export interface ExampleOrganization {
  code: string;
  name: string;
  shortName: string;
  kind: OrganizationKind;
}

/** Rows of the repeatable lists; `key` keeps React's rows (and their ids) stable while rows come and go. */
export interface ConclusionRow {
  key: string;
  text: string;
}
export interface LinkRow {
  key: string;
  title: string;
  url: string;
}
export interface ContactRow {
  key: string;
  name: string;
  title: string;
  organization: string;
  email: string;
  phone: string;
}

export const LINK_CONTROLS = ['title', 'url'] as const;
export const CONTACT_CONTROLS = ['name', 'title', 'organization', 'email', 'phone'] as const;
export type LinkControl = (typeof LINK_CONTROLS)[number];
export type ContactControl = (typeof CONTACT_CONTROLS)[number];

/** The form as typed: years as text, the lists as rows. */
export interface ExampleFormValues {
  title: string;
  summary: string;
  organizations: ExampleOrganization[];
  subjects: string[];
  activityAreas: string[];
  periodStart: string;
  periodEnd: string;
  /** "Pågående": the work has not ended; the end year is left out. */
  ongoing: boolean;
  background: string;
  implementation: string;
  successFactors: string;
  results: string;
  keyConclusions: ConclusionRow[];
  furtherReading: LinkRow[];
  contacts: ContactRow[];
}

let counter = 0;
export function newRowKey(): string {
  counter += 1;
  return `r${counter}`;
}

export function emptyConclusion(): ConclusionRow {
  return { key: newRowKey(), text: '' };
}
export function emptyLink(): LinkRow {
  return { key: newRowKey(), title: '', url: '' };
}
export function emptyContact(): ContactRow {
  return { key: newRowKey(), name: '', title: '', organization: '', email: '', phone: '' };
}

/** A new example: a member's own organisation is there from the start (and stays). */
export function emptyExampleForm(ownOrganization: ExampleOrganization | null): ExampleFormValues {
  return {
    title: '',
    summary: '',
    organizations: ownOrganization ? [ownOrganization] : [],
    subjects: [],
    activityAreas: [],
    periodStart: '',
    periodEnd: '',
    ongoing: false,
    background: '',
    implementation: '',
    successFactors: '',
    results: '',
    keyConclusions: [emptyConclusion()],
    furtherReading: [],
    contacts: [],
  };
}

export function formFromExample(example: ExampleEditorFieldsFragment): ExampleFormValues {
  return {
    title: example.title,
    summary: example.summary,
    organizations: example.organizations.map(({ code, name, shortName, kind }) => ({ code, name, shortName, kind })),
    subjects: [...example.subjects],
    activityAreas: [...example.activityAreas],
    periodStart: example.periodStart === null ? '' : String(example.periodStart),
    periodEnd: example.periodEnd === null ? '' : String(example.periodEnd),
    ongoing: example.periodStart !== null && example.periodEnd === null,
    background: example.background ?? '',
    implementation: example.implementation ?? '',
    successFactors: example.successFactors ?? '',
    results: example.results ?? '',
    keyConclusions: example.keyConclusions.length ? example.keyConclusions.map((text) => ({ key: newRowKey(), text })) : [emptyConclusion()],
    furtherReading: example.furtherReading.map((link) => ({ key: newRowKey(), title: link.title, url: link.url ?? '' })),
    contacts: example.contacts.map((contact) => ({
      key: newRowKey(),
      name: contact.name,
      title: contact.title ?? '',
      organization: contact.organization ?? '',
      email: contact.email ?? '',
      phone: contact.phone ?? '',
    })),
  };
}

const isBlankLink = (row: LinkRow) => !row.title.trim() && !row.url.trim();
const isBlankContact = (row: ContactRow) => CONTACT_CONTROLS.every((control) => !row[control].trim());

/** The rows that are sent: wholly empty rows are left out (an unused "add" is not an error). */
export function sentRows(values: ExampleFormValues) {
  return {
    keyConclusions: values.keyConclusions.filter((row) => row.text.trim()),
    furtherReading: values.furtherReading.filter((row) => !isBlankLink(row)),
    contacts: values.contacts.filter((row) => !isBlankContact(row)),
  };
}

/** A four-digit year, or null. */
export function parseYear(text: string): number | null {
  return /^\s*\d{4}\s*$/.test(text) ? Number(text) : null;
}

/** The API's rule for links: a full http(s) address with a host name. */
export function isWebAddress(value: string): boolean {
  const text = value.trim();
  if (!/^https?:\/\/\S+$/i.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && /^[^.]+(\.[^.]+)+$/.test(url.hostname);
  } catch {
    return false;
  }
}

/** Form field names: the API's (`title`, `periodEnd`), list rows by their key (`contacts.r7.email`). */
export const conclusionField = (row: Pick<ConclusionRow, 'key'>) => `keyConclusions.${row.key}`;
export const linkField = (row: Pick<LinkRow, 'key'>, control: LinkControl) => `furtherReading.${row.key}.${control}`;
export const contactField = (row: Pick<ContactRow, 'key'>, control: ContactControl) => `contacts.${row.key}.${control}`;

export interface Vocabulary {
  subjects: readonly string[];
  activityAreas: readonly string[];
}

/** The API's rules, with messages that name the row the user sees ("kontaktperson 2"). */
export function exampleProblems(values: ExampleFormValues, vocabulary: Vocabulary | null, t: TFunction): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const tooLong = (text: string, max: number) => text.trim().length > max;

  if (!values.title.trim()) add('title', t('exampleEditor.validation.titleRequired'));
  else if (tooLong(values.title, TITLE_MAX)) add('title', t('exampleEditor.validation.titleTooLong', { max: TITLE_MAX }));
  if (!values.summary.trim()) add('summary', t('exampleEditor.validation.summaryRequired'));
  else if (tooLong(values.summary, SUMMARY_MAX)) add('summary', t('exampleEditor.validation.summaryTooLong', { max: SUMMARY_MAX }));

  if (values.organizations.length === 0) add('organizationCodes', t('exampleEditor.validation.organizationsRequired'));
  else if (values.organizations.length > ORGANIZATIONS_MAX) add('organizationCodes', t('exampleEditor.validation.organizationsTooMany', { max: ORGANIZATIONS_MAX }));

  if (vocabulary) {
    for (const term of values.subjects) {
      if (!vocabulary.subjects.includes(term)) add('subjects', t('exampleEditor.validation.subjectUnknown', { term }));
    }
    for (const term of values.activityAreas) {
      if (!vocabulary.activityAreas.includes(term)) add('activityAreas', t('exampleEditor.validation.activityAreaUnknown', { term }));
    }
  }

  const start = parseYear(values.periodStart);
  const end = values.ongoing ? null : parseYear(values.periodEnd);
  const startGiven = values.periodStart.trim() !== '';
  const endGiven = !values.ongoing && values.periodEnd.trim() !== '';
  if (startGiven && (start === null || start < YEAR_MIN || start > YEAR_MAX)) {
    add('periodStart', t('exampleEditor.validation.yearInvalid', { min: YEAR_MIN, max: YEAR_MAX }));
  } else if (!startGiven && (endGiven || values.ongoing)) {
    add('periodStart', t('exampleEditor.validation.periodStartMissing'));
  }
  if (endGiven && (end === null || end < YEAR_MIN || end > YEAR_MAX)) {
    add('periodEnd', t('exampleEditor.validation.yearInvalid', { min: YEAR_MIN, max: YEAR_MAX }));
  } else if (start !== null && end !== null && end < start) {
    add('periodEnd', t('exampleEditor.validation.periodEndBeforeStart'));
  }

  for (const section of SECTIONS) {
    if (tooLong(values[section], SECTION_MAX)) {
      add(section, t('exampleEditor.validation.sectionTooLong', { heading: t(`exampleEditor.sections.${section}`), max: '20 000' }));
    }
  }

  const sent = sentRows(values);
  if (sent.keyConclusions.length > CONCLUSIONS_MAX) add('keyConclusions', t('exampleEditor.validation.conclusionsTooMany', { max: CONCLUSIONS_MAX }));
  values.furtherReading.forEach((row, index) => {
    if (isBlankLink(row)) return;
    const number = index + 1;
    if (!row.title.trim()) add(linkField(row, 'title'), t('exampleEditor.validation.linkTitleRequired', { number }));
    else if (tooLong(row.title, LINK_TITLE_MAX)) add(linkField(row, 'title'), t('exampleEditor.validation.linkTitleTooLong', { number, max: LINK_TITLE_MAX }));
    if (!isWebAddress(row.url)) add(linkField(row, 'url'), t('exampleEditor.validation.linkUrlInvalid', { number }));
  });
  values.contacts.forEach((row, index) => {
    if (isBlankContact(row)) return;
    const number = index + 1;
    if (!row.name.trim()) add(contactField(row, 'name'), t('exampleEditor.validation.contactNameRequired', { number }));
    for (const control of ['name', 'title', 'organization'] as const) {
      if (tooLong(row[control], CONTACT_TEXT_MAX)) add(contactField(row, control), t('exampleEditor.validation.contactTooLong', { number, max: CONTACT_TEXT_MAX }));
    }
    if (row.email.trim() && !isEmail(row.email.trim())) add(contactField(row, 'email'), t('exampleEditor.validation.contactEmailInvalid', { number }));
    if (tooLong(row.phone, PHONE_MAX)) add(contactField(row, 'phone'), t('exampleEditor.validation.contactPhoneTooLong', { number, max: PHONE_MAX }));
  });
  return problems;
}

const textOrNull = (text: string) => text.trim() || null;

export function toExampleInput(values: ExampleFormValues): LearningExampleInput {
  const sent = sentRows(values);
  const start = parseYear(values.periodStart);
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    organizationCodes: values.organizations.map((organization) => organization.code),
    subjects: values.subjects,
    activityAreas: values.activityAreas,
    periodStart: start,
    periodEnd: values.ongoing || start === null ? null : parseYear(values.periodEnd),
    background: textOrNull(values.background),
    implementation: textOrNull(values.implementation),
    successFactors: textOrNull(values.successFactors),
    results: textOrNull(values.results),
    keyConclusions: sent.keyConclusions.map((row) => row.text.trim()),
    furtherReading: sent.furtherReading.map((row) => ({ title: row.title.trim(), url: row.url.trim() })),
    contacts: sent.contacts.map((row) => ({
      name: row.name.trim(),
      title: textOrNull(row.title),
      organization: textOrNull(row.organization),
      email: textOrNull(row.email),
      phone: textOrNull(row.phone),
    })),
  };
}

/** As the API derives it: all kommuner, all regioner, or anything else. */
export function originOf(kinds: readonly OrganizationKind[]): ExampleOrigin {
  if (kinds.length > 0 && kinds.every((kind) => kind === 'MUNICIPALITY')) return 'MUNICIPALITY';
  if (kinds.length > 0 && kinds.every((kind) => kind === 'REGION')) return 'REGION';
  return 'OTHER';
}

/** What the saved example adds to the form in a preview (nothing yet for a new one). */
export interface PreviewBase {
  status: ExampleStatus;
  publishedAt: string | null;
  updatedAt: string | null;
  responsibleEditor: string | null;
  sourceUrl: string | null;
}

export const NEW_EXAMPLE_BASE: PreviewBase = { status: 'DRAFT', publishedAt: null, updatedAt: null, responsibleEditor: null, sourceUrl: null };

/** The live preview: the form as the public page would show it once saved. */
export function toPreviewData(values: ExampleFormValues, base: PreviewBase = NEW_EXAMPLE_BASE): ExampleViewData {
  const input = toExampleInput(values);
  const start = input.periodStart ?? null;
  return {
    ...base,
    title: input.title,
    summary: input.summary,
    organizations: values.organizations,
    originKind: originOf(values.organizations.map((organization) => organization.kind)),
    subjects: input.subjects,
    activityAreas: input.activityAreas,
    periodStart: start,
    periodEnd: input.periodEnd ?? null,
    background: input.background ?? null,
    implementation: input.implementation ?? null,
    successFactors: input.successFactors ?? null,
    results: input.results ?? null,
    keyConclusions: input.keyConclusions ?? [],
    furtherReading: (input.furtherReading ?? []).map((link) => ({ title: link.title, url: link.url || null })),
    contacts: (input.contacts ?? []).map((contact) => ({
      name: contact.name,
      title: contact.title ?? null,
      organization: contact.organization ?? null,
      email: contact.email ?? null,
      phone: contact.phone ?? null,
    })),
  };
}

const LIST_FIELD = /^(keyConclusions|furtherReading|contacts)\.(\d+)(?:\.(\w+))?$/;

/**
 * The API's field name as the form names it: list items are numbered among the rows sent
 * (`contacts.1.email`), the form keys them by row (`contacts.r7.email`), so the message lands on the
 * row that was sent even though empty rows were left out.
 */
export function formFieldOf(apiField: string, sent: ReturnType<typeof sentRows>): string {
  const match = LIST_FIELD.exec(apiField);
  if (!match) return apiField;
  const [, list, index, control] = match as unknown as [string, 'keyConclusions' | 'furtherReading' | 'contacts', string, string | undefined];
  const row = sent[list][Number(index)];
  if (!row) return list;
  if (list === 'keyConclusions') return conclusionField(row);
  const fallback = list === 'furtherReading' ? 'title' : 'name';
  return `${list}.${row.key}.${control ?? fallback}`;
}

/** A server error with its fields renamed to the form's. */
export function toFormError(error: UiError, sent: ReturnType<typeof sentRows>): UiError {
  return { ...error, fields: error.fields.map((problem) => ({ ...problem, field: formFieldOf(problem.field, sent) })) };
}

/** Removes the row at `index`; the row to focus next (the following one, else the one before), if any. */
export function removeRow<T extends { key: string }>(rows: readonly T[], index: number): { rows: T[]; focus: T | undefined } {
  return { rows: rows.filter((_, i) => i !== index), focus: rows[index + 1] ?? rows[index - 1] };
}
