import type { TFunction } from 'i18next';

/** What a sentence is made of: an audit entry as the log query returns it. */
export interface SentenceEntry {
  action: string;
  entity: string;
  entityId: string;
  after: string | null;
  subject: string | null;
  subjectContext: string | null;
  subjectPath: string | null;
  actor: { id: string; name: string } | null;
}

/**
 * A sentence, in parts: text of the interface's language, and the names in it. `link` is where the name
 * opens; `swedish` marks a name that is Swedish text written by people (a cohort's or meeting's name, an
 * example's title), which the page marks `lang="sv"` (docs/web-patterns.md, "Language and the activity log").
 */
export type SentencePart =
  | { kind: 'text'; text: string }
  | { kind: 'name'; role: 'actor' | 'subject' | 'context'; text: string; link: string | null; swedish: boolean };

/** Every action the API records (docs/domain.md), each with its sentence in audit.sentences. */
const SENTENCES = {
  'cohort.create': 'audit.sentences.cohort.create',
  'cohort.update': 'audit.sentences.cohort.update',
  'cohort.add_mentee': 'audit.sentences.cohort.add_mentee',
  'cohort.withdraw_member': 'audit.sentences.cohort.withdraw_member',
  'cohort.set_working_group': 'audit.sentences.cohort.set_working_group',
  'meeting.schedule': 'audit.sentences.meeting.schedule',
  'meeting.update': 'audit.sentences.meeting.update',
  'meeting.cancel': 'audit.sentences.meeting.cancel',
  'example.create': 'audit.sentences.example.create',
  'example.update': 'audit.sentences.example.update',
  'example.submit': 'audit.sentences.example.submit',
  'example.publish': 'audit.sentences.example.publish',
  'example.return': 'audit.sentences.example.return',
  'example.archive': 'audit.sentences.example.archive',
  'example.import_create': 'audit.sentences.example.import_create',
  'example.import_update': 'audit.sentences.example.import_update',
  'example.create_from_report': 'audit.sentences.example.create_from_report',
  'programme.create': 'audit.sentences.programme.create',
  'organization.mark_mentor_eligible': 'audit.sentences.organization.mark_mentor_eligible',
  'organization.graduate': 'audit.sentences.organization.graduate',
  'checkpoint.add': 'audit.sentences.checkpoint.add',
  'reminder.custom': 'audit.sentences.reminder.custom',
  'report.create': 'audit.sentences.report.create',
  'report.update': 'audit.sentences.report.update',
  'report.submit': 'audit.sentences.report.submit',
  'report.review': 'audit.sentences.report.review',
  'vocabulary.set': 'audit.sentences.vocabulary.set',
  'invitation.create': 'audit.sentences.invitation.create',
  'invitation.resend': 'audit.sentences.invitation.resend',
  'invitation.revoke': 'audit.sentences.invitation.revoke',
  'invitation.accept': 'audit.sentences.invitation.accept',
  'user.create': 'audit.sentences.user.create',
  'user.deactivate': 'audit.sentences.user.deactivate',
  'user.change_password': 'audit.sentences.user.change_password',
  'user.reset_password': 'audit.sentences.user.reset_password',
  'user.rotate_calendar_token': 'audit.sentences.user.rotate_calendar_token',
} as const;

export const KNOWN_ACTIONS = Object.keys(SENTENCES) as (keyof typeof SENTENCES)[];

/** A cohort's transitions, one sentence per status it leads to. */
const TRANSITIONS = {
  ACTIVE: 'audit.transitions.ACTIVE',
  FOLLOW_UP: 'audit.transitions.FOLLOW_UP',
  CONCLUDED: 'audit.transitions.CONCLUDED',
  CANCELLED: 'audit.transitions.CANCELLED',
} as const;

/** A review, by the status it left the report in: approved, or changes asked for. */
const REVIEWS = {
  APPROVED: 'audit.sentences.report.approve',
  CHANGES_REQUESTED: 'audit.sentences.report.request_changes',
} as const;

/** The kinds of object the log records, as the API names them (`AuditEntry.entity`), in the order the filter lists them. */
export const AUDIT_ENTITIES = [
  'Cohort',
  'CohortMember',
  'Meeting',
  'FollowUpReport',
  'LearningExample',
  'Programme',
  'Organization',
  'Invitation',
  'User',
  'Vocabulary',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export function isAuditEntity(value: string): value is AuditEntity {
  return (AUDIT_ENTITIES as readonly string[]).includes(value);
}

/** Objects whose names are Swedish text written by people (not a person's or an organisation's name). */
const SWEDISH_SUBJECTS: ReadonlySet<string> = new Set(['Cohort', 'Meeting', 'LearningExample', 'Programme']);
/** …and where the context is such a text: the cohort of a meeting, of a working group or of a follow-up report. */
const SWEDISH_CONTEXTS: ReadonlySet<string> = new Set(['Meeting', 'CohortMember', 'FollowUpReport']);
/**
 * Where the link goes on the context rather than on the subject: a meeting and a working group open in
 * their cohort, an invitation at its organisation.
 */
const LINKED_CONTEXTS: ReadonlySet<string> = new Set(['Meeting', 'CohortMember', 'Invitation']);

const VOCABULARY_KINDS = {
  SUBJECT: 'exampleEditor.vocabularies.kinds.SUBJECT',
  ACTIVITY_AREA: 'exampleEditor.vocabularies.kinds.ACTIVITY_AREA',
  FOCUS_AREA: 'exampleEditor.vocabularies.kinds.FOCUS_AREA',
} as const;

function parseObject(json: string | null): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

type SentenceKey =
  | (typeof SENTENCES)[keyof typeof SENTENCES]
  | (typeof TRANSITIONS)[keyof typeof TRANSITIONS]
  | (typeof REVIEWS)[keyof typeof REVIEWS]
  | 'audit.transitions.other'
  | 'audit.sentences.user.create_own'
  | 'audit.unknownAction';

function templateKey(entry: SentenceEntry): SentenceKey {
  if (entry.action === 'cohort.transition') {
    const status = parseObject(entry.after)?.['status'];
    return typeof status === 'string' && status in TRANSITIONS
      ? TRANSITIONS[status as keyof typeof TRANSITIONS]
      : 'audit.transitions.other';
  }
  if (entry.action === 'report.review') {
    const status = parseObject(entry.after)?.['status'];
    if (typeof status === 'string' && status in REVIEWS) return REVIEWS[status as keyof typeof REVIEWS];
  }
  // An account created by its owner (an accepted invitation), not for someone else.
  if (entry.action === 'user.create' && entry.actor?.id === entry.entityId) return 'audit.sentences.user.create_own';
  return entry.action in SENTENCES ? SENTENCES[entry.action as keyof typeof SENTENCES] : 'audit.unknownAction';
}

/** The subject's name: as the API gives it, a vocabulary by its kind, else what the entry says of itself. */
function subjectName(entry: SentenceEntry, t: TFunction): string {
  if (entry.subject) return entry.subject;
  if (entry.entity === 'Vocabulary' && entry.entityId in VOCABULARY_KINDS)
    return t(VOCABULARY_KINDS[entry.entityId as keyof typeof VOCABULARY_KINDS]);
  return t('audit.unknownSubject');
}

/**
 * The entry as a sentence in the interface's language ("Karin Lindqvist ändrade arbetsgruppen för Hedemora
 * kommun i omgången ”Dalarna 2026”"), built from the action code and the names the API resolved; an action
 * this version does not know is still told, with its code.
 */
export function auditSentence(entry: SentenceEntry, t: TFunction): SentencePart[] {
  const actor = entry.actor?.name ?? t('audit.systemActor');
  // The sentence with its {{placeholders}} left in: they are filled below with names, some of them links.
  const template: string = t(templateKey(entry), { skipInterpolation: true });
  const names = {
    actor: { kind: 'name', role: 'actor', text: actor, link: null, swedish: false },
    subject: {
      kind: 'name',
      role: 'subject',
      text: subjectName(entry, t),
      link: LINKED_CONTEXTS.has(entry.entity) ? null : entry.subjectPath,
      swedish: Boolean(entry.subject) && SWEDISH_SUBJECTS.has(entry.entity),
    },
    context: {
      kind: 'name',
      role: 'context',
      text: entry.subjectContext ?? t('audit.unknownSubject'),
      link: LINKED_CONTEXTS.has(entry.entity) ? entry.subjectPath : null,
      swedish: Boolean(entry.subjectContext) && SWEDISH_CONTEXTS.has(entry.entity),
    },
  } satisfies Record<string, SentencePart>;
  const parts: SentencePart[] = [];
  // "{{actor}} ändrade …": the placeholders become the names, the rest stays text.
  for (const [index, piece] of template.split(/\{\{(\w+)\}\}/).entries()) {
    if (index % 2 === 0) {
      if (piece) parts.push({ kind: 'text', text: piece });
    } else if (piece === 'actor' || piece === 'subject' || piece === 'context') {
      parts.push(names[piece]);
    } else if (piece === 'action') {
      parts.push({ kind: 'text', text: entry.action });
    }
  }
  return parts;
}

/** The sentence as plain text (for tests and for announcing). */
export function sentenceText(parts: SentencePart[]): string {
  return parts.map((part) => part.text).join('');
}
