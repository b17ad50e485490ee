import type { TFunction } from 'i18next';
import { MEETING_LATE_MONTHS, meetingDateWarning } from '@modellkommuner/shared';
import type { CohortMeetingFragment, MeetingInput, MeetingKind } from '../../gql/graphql';
import type { FieldProblem } from '../../shared/errors/error-message';
import { formatCalendarDate } from '../../shared/format';
import { isDate, isTime, stockholmDateTime, stockholmParts } from '../../shared/stockholm-time';

/** A meeting as its form holds it: Swedish date and times, typed separately. */
export interface MeetingFormValues {
  kind: MeetingKind;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  notes: string;
}

export type MeetingFormField = 'kind' | 'title' | 'date' | 'startTime' | 'endTime' | 'location' | 'notes';

export const LOCATION_MAX_LENGTH = 500;
export const NOTES_MAX_LENGTH = 5000;
export const TITLE_MAX_LENGTH = 200;

export function emptyMeeting(kind: MeetingKind, title: string): MeetingFormValues {
  return { kind, title, date: '', startTime: '', endTime: '', location: '', notes: '' };
}

/** The form for moving or editing an existing meeting, in Swedish time. */
export function meetingFormFrom(meeting: CohortMeetingFragment): MeetingFormValues {
  const start = stockholmParts(meeting.startsAt);
  return {
    kind: meeting.kind,
    title: meeting.title,
    date: start.date,
    startTime: start.time,
    endTime: meeting.endsAt ? stockholmParts(meeting.endsAt).time : '',
    location: meeting.location ?? '',
    notes: meeting.notes ?? '',
  };
}

/** What is wrong with the form, before anything is sent; fields are named `${prefix}title` and so on. */
export function meetingProblems(values: MeetingFormValues, t: TFunction, prefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: MeetingFormField, message: string) => problems.push({ field: `${prefix}${field}`, message });
  if (!values.title.trim()) add('title', t('meetingForm.titleRequired'));
  else if (values.title.trim().length > TITLE_MAX_LENGTH) add('title', t('meetingForm.titleTooLong', { max: TITLE_MAX_LENGTH }));
  if (!isDate(values.date)) add('date', t('meetingForm.dateInvalid'));
  if (!isTime(values.startTime)) add('startTime', t('meetingForm.startTimeInvalid'));
  else if (isDate(values.date) && !stockholmDateTime(values.date, values.startTime)) add('startTime', t('meetingForm.timeSkipped'));
  if (values.endTime) {
    if (!isTime(values.endTime)) add('endTime', t('meetingForm.endTimeInvalid'));
    else if (isDate(values.date) && !stockholmDateTime(values.date, values.endTime)) add('endTime', t('meetingForm.timeSkipped'));
    else if (isTime(values.startTime) && values.endTime <= values.startTime) add('endTime', t('meetingForm.endBeforeStart'));
  }
  if (values.location.trim().length > LOCATION_MAX_LENGTH) add('location', t('meetingForm.locationTooLong', { max: LOCATION_MAX_LENGTH }));
  if (values.notes.trim().length > NOTES_MAX_LENGTH) add('notes', t('meetingForm.notesTooLong', { max: NOTES_MAX_LENGTH }));
  return problems;
}

/** The API's MeetingInput for a form that passed `meetingProblems`. */
export function toMeetingInput(values: MeetingFormValues): MeetingInput {
  const startsAt = stockholmDateTime(values.date, values.startTime);
  if (!startsAt) throw new Error('toMeetingInput needs a valid date and start time');
  const endsAt = values.endTime ? stockholmDateTime(values.date, values.endTime) : null;
  return {
    kind: values.kind,
    title: values.title.trim(),
    startsAt,
    endsAt,
    location: values.location.trim() || null,
    notes: values.notes.trim() || null,
  };
}

/**
 * The form field an API field problem belongs to. The API names the instants (`startsAt`, `endsAt`);
 * the form has a date and two times. Nested inputs may come with or without their prefix.
 */
export function meetingFieldOf(apiField: string, prefix = ''): string {
  const bare = prefix && apiField.startsWith(prefix) ? apiField.slice(prefix.length) : apiField;
  switch (bare) {
    case 'startsAt':
      return `${prefix}startTime`;
    case 'endsAt':
      return `${prefix}endTime`;
    case 'title':
    case 'location':
    case 'notes':
    case 'kind':
      return `${prefix}${bare}`;
    default:
      return apiField;
  }
}

/**
 * The question to ask before saving a meeting dated outside the cohort's year (the shared
 * `meetingDateWarning`: before the start date, or long after the follow-up date), or null. A warning
 * the user may confirm, not a refusal. Years when they differ ("Mötet ligger 2020, men omgången
 * startar 2027."), else the dates.
 */
export function meetingDateQuestion(date: string, cohort: { startDate: string; followUpDueDate: string }, t: TFunction, language: string): string | null {
  const warning = meetingDateWarning(date, cohort);
  if (!warning) return null;
  const year = warning.date.slice(0, 4);
  const day = formatCalendarDate(warning.date, language);
  if (warning.kind === 'BEFORE_START') {
    const startYear = warning.startDate.slice(0, 4);
    return year !== startYear
      ? t('meetingForm.dateWarning.beforeStartYear', { year, startYear })
      : t('meetingForm.dateWarning.beforeStart', { date: day, start: formatCalendarDate(warning.startDate, language) });
  }
  const followUpYear = warning.followUpDueDate.slice(0, 4);
  return year !== followUpYear
    ? t('meetingForm.dateWarning.afterFollowUpYear', { year, followUpYear })
    : t('meetingForm.dateWarning.afterFollowUp', { date: day, followUp: formatCalendarDate(warning.followUpDueDate, language), months: MEETING_LATE_MONTHS });
}
