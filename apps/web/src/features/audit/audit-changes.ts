import type { TFunction } from 'i18next';
import { formatCalendarDate, formatDateTime } from '../../shared/format';

/** One value as shown: `swedish` when it is text people wrote (marked `lang="sv"`). */
export interface ChangeValue {
  text: string;
  swedish: boolean;
}

/** One line of "Visa ändringarna": the field, and its value before and after (either missing when the entry has no such snapshot). */
export interface ChangeLine {
  field: string;
  label: string;
  before: ChangeValue | null;
  after: ChangeValue | null;
}

/** The fields the snapshots hold that say nothing to a reader: ids, bookkeeping, search columns. */
const HIDDEN = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'version',
  'sequence',
  'searchVector',
  'rankVector',
  'countyCodes',
  'importKey',
  'calendarTokenVersion',
  'workingGroupVersion',
]);

/** Fields with a label in audit.fields; any other field is shown by its name. */
export const LABELLED_FIELDS = [
  'acceptedAt',
  'active',
  'activityAreas',
  'background',
  'cancelReason',
  'cancelledAt',
  'challenges',
  'code',
  'contacts',
  'countyCode',
  'deactivatedAt',
  'dueDate',
  'editorComment',
  'email',
  'endsAt',
  'expiresAt',
  'followUpDueDate',
  'followUpMonths',
  'furtherReading',
  'goalAssessments',
  'implementation',
  'keyConclusions',
  'kind',
  'location',
  'maxMentees',
  'mentees',
  'mentor',
  'mentorEligible',
  'minMentees',
  'name',
  'nextSteps',
  'notes',
  'organizationCode',
  'organizationKind',
  'organizationNames',
  'originKind',
  'people',
  'periodEnd',
  'periodStart',
  'publishedAt',
  'responsibleEditor',
  'results',
  'revokedAt',
  'role',
  'sendCount',
  'shortName',
  'slug',
  'sourceUrl',
  'startDate',
  'startsAt',
  'status',
  'subjects',
  'submittedAt',
  'successFactors',
  'summary',
  'terms',
  'theme',
  'title',
  'whatWorked',
] as const;
type LabelledField = (typeof LABELLED_FIELDS)[number];

/** Values that are codes, addresses or numbers rather than Swedish text. */
const NOT_TEXT = new Set([
  'email',
  'slug',
  'code',
  'organizationCode',
  'mentor',
  'mentees',
  'sourceUrl',
  'countyCode',
  'shortName',
  'sendCount',
]);

function isLabelled(field: string): field is LabelledField {
  return (LABELLED_FIELDS as readonly string[]).includes(field);
}

function isHidden(field: string): boolean {
  return HIDDEN.has(field) || /Id$/.test(field);
}

/** An enum value in words, for the fields whose values are the API's enums. */
function enumLabel(entity: string, field: string, value: string, t: TFunction): string | null {
  const pick = <K extends string>(keys: Readonly<Record<K, string>>): string | null =>
    value in keys ? t(keys[value as K] as 'audit.title') : null;
  if (field === 'status' && entity === 'Cohort') {
    return pick({
      PLANNED: 'cohortStatus.PLANNED',
      ACTIVE: 'cohortStatus.ACTIVE',
      FOLLOW_UP: 'cohortStatus.FOLLOW_UP',
      CONCLUDED: 'cohortStatus.CONCLUDED',
      CANCELLED: 'cohortStatus.CANCELLED',
    });
  }
  if (field === 'status' && entity === 'LearningExample') {
    return pick({
      DRAFT: 'exampleEditor.status.DRAFT',
      IN_REVIEW: 'exampleEditor.status.IN_REVIEW',
      PUBLISHED: 'exampleEditor.status.PUBLISHED',
      ARCHIVED: 'exampleEditor.status.ARCHIVED',
    });
  }
  if (field === 'status' && entity === 'FollowUpReport') {
    return pick({
      DRAFT: 'followUp.status.DRAFT',
      SUBMITTED: 'followUp.status.SUBMITTED',
      CHANGES_REQUESTED: 'followUp.status.CHANGES_REQUESTED',
      APPROVED: 'followUp.status.APPROVED',
    });
  }
  // A checkpoint added to a cohort (`checkpoint.add`): its kind.
  if (field === 'kind' && entity === 'Cohort') return pick({ ONE_YEAR: 'checkpointKind.ONE_YEAR', MIDTERM: 'checkpointKind.MIDTERM' });
  if (field === 'role') return pick({ PROCESS_LEADER: 'userRole.PROCESS_LEADER', MEMBER: 'userRole.MEMBER' });
  if (field === 'kind' && entity === 'Meeting')
    return pick({ STARTUP: 'meetingKind.STARTUP', EXCHANGE: 'meetingKind.EXCHANGE', GATHERING: 'meetingKind.GATHERING' });
  if (field === 'organizationKind' || (field === 'kind' && entity === 'Organization')) {
    return pick({ MUNICIPALITY: 'organizationKind.MUNICIPALITY', REGION: 'organizationKind.REGION', SKR: 'organizationKind.SKR' });
  }
  if (field === 'originKind')
    return pick({ MUNICIPALITY: 'examples.origin.MUNICIPALITY', REGION: 'examples.origin.REGION', OTHER: 'examples.origin.OTHER' });
  return null;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

function listItem(item: unknown): string {
  if (item !== null && typeof item === 'object') {
    return Object.values(item as Record<string, unknown>)
      .filter((value) => value !== null && value !== undefined && value !== '')
      .map(String)
      .join(', ');
  }
  return String(item);
}

const ASSESSMENT_KEYS = {
  ACHIEVED: 'followUp.assessment.ACHIEVED',
  PARTLY_ACHIEVED: 'followUp.assessment.PARTLY_ACHIEVED',
  NOT_ACHIEVED: 'followUp.assessment.NOT_ACHIEVED',
  ONGOING: 'followUp.assessment.ONGOING',
} as const;

/** A report's goal assessments: each in words with its comment ("Uppnått: …"), without the goals' ids. */
function assessmentsText(value: unknown[], t: TFunction): string {
  return value
    .map((item) => {
      const { status, comment } = (item ?? {}) as { status?: unknown; comment?: unknown };
      const words =
        typeof status !== 'string' ? '' : status in ASSESSMENT_KEYS ? t(ASSESSMENT_KEYS[status as keyof typeof ASSESSMENT_KEYS]) : status;
      return typeof comment === 'string' && comment.trim() ? `${words}: ${comment.trim()}` : words;
    })
    .join('; ');
}

/** A field's label: a report's `summary` is its "Sammanfattning", an example's its "Ingress". */
function fieldLabel(entity: string, field: string, t: TFunction): string {
  if (entity === 'FollowUpReport' && field === 'summary') return t('audit.fields.reportSummary');
  return isLabelled(field) ? t(`audit.fields.${field}`) : field;
}

/** A snapshot's value in words: dates in Swedish time, enums and yes/no translated, lists joined. */
export function formatChangeValue(entity: string, field: string, value: unknown, t: TFunction, language: string): ChangeValue {
  if (isEmpty(value)) return { text: t('common.notSet'), swedish: false };
  if (field === 'goalAssessments' && Array.isArray(value)) return { text: assessmentsText(value, t), swedish: false };
  if (typeof value === 'boolean') return { text: value ? t('common.yes') : t('common.no'), swedish: false };
  if (typeof value === 'number') return { text: String(value), swedish: false };
  if (Array.isArray(value)) return { text: value.map(listItem).join('; '), swedish: !NOT_TEXT.has(field) };
  if (typeof value === 'string') {
    const named = enumLabel(entity, field, value, t);
    if (named) return { text: named, swedish: false };
    if (INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return { text: formatDateTime(value, language), swedish: false };
    if (CALENDAR_DATE.test(value)) return { text: formatCalendarDate(value, language), swedish: false };
    return { text: value, swedish: !NOT_TEXT.has(field) };
  }
  return { text: listItem(value), swedish: false };
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function parseSnapshot(json: string | null): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * What an entry changed, field by field, for "Visa ändringarna": with a before and an after, the fields
 * whose value differs (old → new); with only one of them (a creation, say), every field it holds that is
 * set. Ids and bookkeeping are left out.
 */
export function auditChanges(
  entry: { entity: string; before: string | null; after: string | null },
  t: TFunction,
  language: string,
): ChangeLine[] {
  const before = parseSnapshot(entry.before);
  const after = parseSnapshot(entry.after);
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((field) => !isHidden(field));
  const lines: ChangeLine[] = [];
  for (const field of fields) {
    const old = before?.[field];
    const now = after?.[field];
    if (before && after && JSON.stringify(old) === JSON.stringify(now)) continue;
    // A creation lists what was set, not every empty field.
    if (!(before && after) && isEmpty(old ?? now)) continue;
    lines.push({
      field,
      label: fieldLabel(entry.entity, field, t),
      before: before ? formatChangeValue(entry.entity, field, old, t, language) : null,
      after: after ? formatChangeValue(entry.entity, field, now, t, language) : null,
    });
  }
  return lines;
}
