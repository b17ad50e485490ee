import type { TFunction } from 'i18next';

/** The language of every message the API writes (docs/api-conventions.md, "Messages"). */
export const SERVER_LANGUAGE = 'sv';

/**
 * The fields the API names in `extensions.fields`, by the last part of their path (`input.title`,
 * `members.0.email`, `startupMeeting.endsAt`), each with a label in the translations
 * (`errors.fieldLabels.*`). A field not listed here gets a message without a label.
 */
export const LABELLED_FIELDS = [
  'activityAreas',
  'after',
  'background',
  'body',
  'challenges',
  'comment',
  'contacts',
  'currentPassword',
  'dueDate',
  'email',
  'endsAt',
  'first',
  'followUpDueDate',
  'followUpMonths',
  'furtherReading',
  'goalAssessments',
  'implementation',
  'keyConclusions',
  'kind',
  'location',
  'maxMentees',
  'members',
  'menteeCodes',
  'mentorCode',
  'minMentees',
  'name',
  'newPassword',
  'nextSteps',
  'notes',
  'organization',
  'organizationCode',
  'organizationCodes',
  'organizationKind',
  'password',
  'periodEnd',
  'periodStart',
  'phone',
  'programmeId',
  'reason',
  'results',
  'role',
  'slug',
  'startDate',
  'startsAt',
  'subject',
  'subjects',
  'successFactors',
  'summary',
  'terms',
  'theme',
  'title',
  'url',
  'whatWorked',
] as const;
type LabelledField = (typeof LABELLED_FIELDS)[number];

function isLabelled(name: string | undefined): name is LabelledField {
  return name !== undefined && (LABELLED_FIELDS as readonly string[]).includes(name);
}

/** `members.2.email` → the field `email` of the third item; `input.title` → `title`. */
export function parseFieldPath(path: string): { name: string | undefined; index: number | undefined } {
  const parts = path.split('.');
  const name = [...parts].reverse().find((part) => !/^\d+$/.test(part));
  const indexPart = [...parts].reverse().find((part) => /^\d+$/.test(part));
  return { name, index: indexPart === undefined ? undefined : Number(indexPart) };
}

/** The field's label in the interface's language, or null when the field is not one we know. */
export function fieldLabel(path: string, t: TFunction): string | null {
  const { name } = parseFieldPath(path);
  return isLabelled(name) ? t(`errors.fieldLabels.${name}`) : null;
}

/** A field's message in the interface's language: which field, and that its value was not accepted. */
export function translatedField(path: string, t: TFunction): string {
  const label = fieldLabel(path, t);
  if (!label) return t('errors.fieldUnknown');
  const { index } = parseFieldPath(path);
  return index === undefined ? t('errors.field', { label }) : t('errors.fieldInList', { label, number: index + 1 });
}

/**
 * The message for a code in the interface's language. A stale version (`extensions.currentVersion`)
 * has its own: it is the one CONFLICT a user resolves the same way everywhere, by reloading.
 */
export function translatedMessage(
  code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'CONFLICT' | 'NOT_FOUND' | 'TOO_MANY_REQUESTS',
  extensions: Readonly<Record<string, unknown>>,
  t: TFunction,
): string {
  if (code === 'CONFLICT' && typeof extensions['currentVersion'] === 'number') return t('errors.server.staleVersion');
  return t(`errors.server.${code}`);
}
