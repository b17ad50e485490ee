import type { TFunction } from 'i18next';
import { ACTIVE_COHORT_STATUSES } from '@modellkommuner/shared';
import type { CohortStatus, CreateCohortInput, ProgrammeFieldsFragment } from '../../gql/graphql';
import type { FieldProblem, UiError } from '../../shared/errors/error-message';
import { addMonths, isDate } from '../../shared/stockholm-time';
import { emptyMeeting, meetingFieldOf, meetingProblems, toMeetingInput, type MeetingFormValues } from './meeting-form';

/**
 * The mentees come before the mentor: the mentor step suggests mentors for the mentees chosen
 * (`suggestMentors`, docs/domain.md), which it can only do once they are known.
 */
export const WIZARD_STEPS = ['programme', 'mentees', 'mentor', 'details', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** Each step has its own address (`/cohorts/new/mentees`), so Back, Forward and reload work. */
export const WIZARD_PATH = '/cohorts/new';

export function wizardPath(step: WizardStep): string {
  return `${WIZARD_PATH}/${step}`;
}

/** The wizard's own addresses: moving between them is not leaving the form. */
export function isWizardPath(pathname: string): boolean {
  return pathname === WIZARD_PATH || pathname.startsWith(`${WIZARD_PATH}/`);
}

export function isWizardStep(value: string | undefined): value is WizardStep {
  return (WIZARD_STEPS as readonly string[]).includes(value ?? '');
}

export const NAME_MAX_LENGTH = 200;
export const MEETING_PREFIX = 'startupMeeting.';

const FIELD_IDS = {
  programmeId: 'wizard-programme',
  mentorCode: 'wizard-mentor',
  menteeCodes: 'wizard-mentees',
  name: 'wizard-name',
  startDate: 'wizard-start-date',
  followUpDueDate: 'wizard-follow-up',
  'startupMeeting.title': 'wizard-meeting-title',
  'startupMeeting.date': 'wizard-meeting-date',
  'startupMeeting.startTime': 'wizard-meeting-start',
  'startupMeeting.endTime': 'wizard-meeting-end',
  'startupMeeting.location': 'wizard-meeting-location',
  'startupMeeting.notes': 'wizard-meeting-notes',
} as const;

/** Where each field (named as the API names it) lives, for error links and focus. */
export const WIZARD_FIELD_IDS: typeof FIELD_IDS & Readonly<Record<string, string>> = FIELD_IDS;

export interface WizardState {
  programmeId: string;
  mentorCode: string;
  menteeCodes: string[];
  name: string;
  startDate: string;
  followUpDueDate: string;
  meeting: MeetingFormValues;
}

export function initialWizardState(defaultMeetingTitle: string): WizardState {
  return { programmeId: '', mentorCode: '', menteeCodes: [], name: '', startDate: '', followUpDueDate: '', meeting: emptyMeeting('STARTUP', defaultMeetingTitle) };
}

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * The wizard's state from a draft (shared/draft-store.ts), over a fresh state: anything of the wrong
 * shape (a draft of an older version of the app) is left at its start value.
 */
export function wizardStateFromDraft(saved: unknown, initial: WizardState): WizardState {
  if (!saved || typeof saved !== 'object') return initial;
  const draft = saved as Partial<Record<keyof WizardState, unknown>>;
  const text = (value: unknown, fallback: string) => (isText(value) ? value : fallback);
  const meeting = draft.meeting && typeof draft.meeting === 'object' ? (draft.meeting as Partial<Record<keyof MeetingFormValues, unknown>>) : {};
  return {
    programmeId: text(draft.programmeId, initial.programmeId),
    mentorCode: text(draft.mentorCode, initial.mentorCode),
    menteeCodes: Array.isArray(draft.menteeCodes) ? draft.menteeCodes.filter(isText) : initial.menteeCodes,
    name: text(draft.name, initial.name),
    startDate: text(draft.startDate, initial.startDate),
    followUpDueDate: text(draft.followUpDueDate, initial.followUpDueDate),
    meeting: {
      ...initial.meeting,
      title: text(meeting.title, initial.meeting.title),
      date: text(meeting.date, initial.meeting.date),
      startTime: text(meeting.startTime, initial.meeting.startTime),
      endTime: text(meeting.endTime, initial.meeting.endTime),
      location: text(meeting.location, initial.meeting.location),
      notes: text(meeting.notes, initial.meeting.notes),
    },
  };
}

/** An organisation that already takes part in an active cohort of the chosen programme. */
export interface BusyOrganization {
  /** The organisation's name. */
  name: string;
  /** The cohort it takes part in. */
  cohort: string;
}

export type BusyOrganizations = ReadonlyMap<string, BusyOrganization>;

const NOBODY_BUSY: BusyOrganizations = new Map();

interface ProgrammeCohortFacts {
  name: string;
  status: CohortStatus;
  members: readonly { withdrawnAt?: string | null; organization: { code: string; name: string } }[];
}

/**
 * Who is busy in the programme, by code: a member (mentor or mentee, not withdrawn) of a cohort that
 * still holds its organisations (ACTIVE_COHORT_STATUSES). The API refuses such an organisation with
 * CONFLICT (docs/domain.md, "Creating a cohort"), so the wizard does not offer it.
 */
export function busyOrganizations(cohorts: readonly ProgrammeCohortFacts[] | undefined): BusyOrganizations {
  const busy = new Map<string, BusyOrganization>();
  for (const cohort of cohorts ?? []) {
    if (!ACTIVE_COHORT_STATUSES.includes(cohort.status)) continue;
    for (const member of cohort.members) {
      if (member.withdrawnAt || busy.has(member.organization.code)) continue;
      busy.set(member.organization.code, { name: member.organization.name, cohort: cohort.name });
    }
  }
  return busy;
}

/** The follow-up date the API sets when none is given: start + the programme's months. */
export function defaultFollowUp(startDate: string, programme: Pick<ProgrammeFieldsFragment, 'followUpMonths'> | undefined): string | null {
  return programme ? addMonths(startDate, programme.followUpMonths) : null;
}

/** "2–3", or "2" when the programme allows one number only. */
export function menteeSpan(programme: Pick<ProgrammeFieldsFragment, 'minMentees' | 'maxMentees'>): string {
  return programme.minMentees === programme.maxMentees ? String(programme.minMentees) : `${programme.minMentees}–${programme.maxMentees}`;
}

/**
 * What keeps the user on a step: field problems named as the API names them (nested meeting fields by
 * the form's names). `busy`: organisations already in an active cohort of the programme, when known.
 */
export function stepProblems(
  step: WizardStep,
  state: WizardState,
  programme: ProgrammeFieldsFragment | undefined,
  t: TFunction,
  busy: BusyOrganizations = NOBODY_BUSY,
): FieldProblem[] {
  const busyProblem = (field: string, code: string): FieldProblem[] => {
    const found = busy.get(code);
    return found ? [{ field, message: t('wizard.busyChosen', { name: found.name, cohort: found.cohort }) }] : [];
  };
  switch (step) {
    case 'programme':
      return programme ? [] : [{ field: 'programmeId', message: t('wizard.programmeRequired') }];
    case 'mentor':
      return state.mentorCode ? busyProblem('mentorCode', state.mentorCode) : [{ field: 'mentorCode', message: t('wizard.mentorRequired') }];
    case 'mentees': {
      if (!programme) return [];
      const count = new Set(state.menteeCodes).size;
      const problems: FieldProblem[] = [];
      if (count < programme.minMentees || count > programme.maxMentees) {
        problems.push({
          field: 'menteeCodes',
          message: t('wizard.menteeCount', { span: menteeSpan(programme), kinds: t(`organizationKindPlural.${programme.organizationKind}`), count }),
        });
      }
      if (state.menteeCodes.includes(state.mentorCode)) problems.push({ field: 'menteeCodes', message: t('wizard.mentorAmongMentees') });
      for (const code of new Set(state.menteeCodes)) problems.push(...busyProblem('menteeCodes', code));
      return problems;
    }
    case 'details': {
      const problems: FieldProblem[] = [];
      if (!state.name.trim()) problems.push({ field: 'name', message: t('wizard.nameRequired') });
      else if (state.name.trim().length > NAME_MAX_LENGTH) problems.push({ field: 'name', message: t('wizard.nameTooLong', { max: NAME_MAX_LENGTH }) });
      if (!isDate(state.startDate)) problems.push({ field: 'startDate', message: t('wizard.startDateInvalid') });
      if (state.followUpDueDate) {
        if (!isDate(state.followUpDueDate)) problems.push({ field: 'followUpDueDate', message: t('wizard.followUpInvalid') });
        else if (isDate(state.startDate) && state.followUpDueDate <= state.startDate) {
          problems.push({ field: 'followUpDueDate', message: t('wizard.followUpBeforeStart') });
        }
      }
      problems.push(...meetingProblems(state.meeting, t, MEETING_PREFIX));
      return problems;
    }
    case 'review':
      return [];
  }
}

/** Every step's problems, in step order (the review step checks them all once more). */
export function allProblems(state: WizardState, programme: ProgrammeFieldsFragment | undefined, t: TFunction): FieldProblem[] {
  return WIZARD_STEPS.flatMap((step) => stepProblems(step, state, programme, t));
}

/**
 * Where a user asking for `step` is sent instead: the first step before it that is not done yet
 * (GOV.UK question pages: a step is reached only through the ones before it), else null.
 */
export function firstIncompleteStep(step: WizardStep, state: WizardState, programme: ProgrammeFieldsFragment | undefined, t: TFunction): WizardStep | null {
  const before = WIZARD_STEPS.slice(0, WIZARD_STEPS.indexOf(step));
  return before.find((earlier) => stepProblems(earlier, state, programme, t).length > 0) ?? null;
}

/** The API's field name as the wizard names it (`startupMeeting.startsAt` → `startupMeeting.startTime`). */
export function wizardField(apiField: string): string {
  if (apiField.startsWith(MEETING_PREFIX)) return meetingFieldOf(apiField, MEETING_PREFIX);
  // Nested validation messages may arrive without their prefix; the cohort itself has none of these.
  if (['title', 'location', 'notes', 'kind', 'startsAt', 'endsAt'].includes(apiField)) return meetingFieldOf(`${MEETING_PREFIX}${apiField}`, MEETING_PREFIX);
  return apiField;
}

/** The step where a field is fixed. */
export function stepOfField(field: string): WizardStep {
  switch (wizardField(field)) {
    case 'programmeId':
      return 'programme';
    case 'mentorCode':
      return 'mentor';
    case 'menteeCodes':
      return 'mentees';
    default:
      return 'details';
  }
}

/** A server error with its fields renamed to the wizard's (so each links to its step and its control). */
export function toWizardError(error: UiError): UiError {
  return { ...error, fields: error.fields.map((problem) => ({ ...problem, field: wizardField(problem.field) })) };
}

export function toCreateCohortInput(state: WizardState): CreateCohortInput {
  return {
    programmeId: state.programmeId,
    name: state.name.trim(),
    mentorCode: state.mentorCode,
    menteeCodes: [...new Set(state.menteeCodes)],
    startDate: state.startDate,
    startupMeeting: toMeetingInput({ ...state.meeting, kind: 'STARTUP' }),
    ...(state.followUpDueDate ? { followUpDueDate: state.followUpDueDate } : {}),
  };
}

/** How many organisations a picker lists at once; a search narrows the rest down. */
export const PICKER_LIMIT = 20;

/** Case- and accent-insensitive match on name, short name or code ("hed", "2083", "Haninge"). */
export function matchesSearch(organization: { name: string; shortName?: string; code: string }, query: string): boolean {
  const fold = (value: string) => value.toLocaleLowerCase('sv').normalize('NFD').replace(/\p{Diacritic}/gu, '');
  const wanted = fold(query.trim());
  if (!wanted) return true;
  return [organization.name, organization.shortName ?? '', organization.code].some((value) => fold(value).includes(wanted));
}
