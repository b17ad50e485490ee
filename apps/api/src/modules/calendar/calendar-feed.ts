import { CheckpointKind, CohortStatus, MeetingKind } from '@modellkommuner/shared';
import { CalendarEvent, renderCalendar } from './icalendar';

export const CALENDAR_NAME = 'Modellkommuner';
export const PRODID = '-//SKR//Modellkommuner//SV';
const UID_DOMAIN = 'modellkommuner';

const MEETING_KIND_SV: Record<MeetingKind, string> = {
  [MeetingKind.STARTUP]: 'Uppstartsmöte',
  [MeetingKind.EXCHANGE]: 'Erfarenhetsutbyte',
  [MeetingKind.GATHERING]: 'Återsamling',
};

const CHECKPOINT_TITLE_SV: Record<CheckpointKind, string> = {
  [CheckpointKind.MIDTERM]: 'Uppföljning vid halvtid',
  [CheckpointKind.ONE_YEAR]: 'Uppföljning efter ett år',
};

/** What the feed needs of the rows (the service reads them; this file stays pure and unit-tested). */
export interface FeedCohort {
  id: string;
  name: string;
  status: CohortStatus;
}
export interface FeedMeeting {
  id: string;
  cohortId: string;
  kind: MeetingKind;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
  notes: string | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  sequence: number;
  updatedAt: Date;
}
export interface FeedCheckpoint {
  id: string;
  cohortId: string;
  kind: CheckpointKind;
  dueDate: string;
  sequence: number;
  updatedAt: Date;
}

export function meetingUid(id: string): string {
  return `meeting-${id}@${UID_DOMAIN}`;
}

export function checkpointUid(id: string): string {
  return `checkpoint-${id}@${UID_DOMAIN}`;
}

function meetingEvent(meeting: FeedMeeting, cohort: FeedCohort, cohortUrl: string): CalendarEvent {
  const cancelled = meeting.cancelledAt !== null;
  const description = [
    `Omgång: ${cohort.name}`,
    `Typ: ${MEETING_KIND_SV[meeting.kind]}`,
    ...(cancelled ? [`Mötet är inställt${meeting.cancelReason ? `: ${meeting.cancelReason}` : '.'}`] : []),
    ...(meeting.notes ? ['', meeting.notes] : []),
    '',
    `Omgångens sida: ${cohortUrl}`,
  ].join('\n');
  return {
    uid: meetingUid(meeting.id),
    sequence: meeting.sequence,
    start: { at: meeting.startsAt },
    end: meeting.endsAt,
    // Calendars that ignore STATUS:CANCELLED on a subscription still show the word.
    summary: cancelled ? `Inställt: ${meeting.title}` : meeting.title,
    description,
    location: meeting.location,
    url: cohortUrl,
    lastModified: meeting.updatedAt,
    cancelled,
  };
}

function checkpointEvent(checkpoint: FeedCheckpoint, cohort: FeedCohort, cohortUrl: string): CalendarEvent {
  // A cancelled cohort's follow-up will not happen. Its dates are frozen from then on (updateCohort refuses),
  // so sequence + 1 stays higher than any version a calendar has seen and never changes again.
  const cancelled = cohort.status === CohortStatus.CANCELLED;
  const title = `${CHECKPOINT_TITLE_SV[checkpoint.kind]} – ${cohort.name}`;
  return {
    uid: checkpointUid(checkpoint.id),
    sequence: checkpoint.sequence + (cancelled ? 1 : 0),
    start: { date: checkpoint.dueDate },
    summary: cancelled ? `Inställt: ${title}` : title,
    description: [
      `Omgång: ${cohort.name}`,
      `Sista dag för uppföljningsrapporten (${CHECKPOINT_TITLE_SV[checkpoint.kind].toLowerCase()}).`,
      ...(cancelled ? ['Omgången är avbruten.'] : []),
      '',
      `Omgångens sida: ${cohortUrl}`,
    ].join('\n'),
    url: cohortUrl,
    lastModified: checkpoint.updatedAt,
    cancelled,
    transparent: true,
  };
}

/**
 * The personal feed: every meeting of the cohorts (cancelled ones kept, as STATUS:CANCELLED with the same
 * UID, so subscribed calendars remove them) and each cohort's follow-up due dates as all-day events.
 */
export function renderFeed(input: {
  cohorts: readonly FeedCohort[];
  meetings: readonly FeedMeeting[];
  checkpoints: readonly FeedCheckpoint[];
  publicWebUrl: string;
  generatedAt: Date;
}): string {
  const cohorts = new Map(input.cohorts.map((c) => [c.id, c]));
  const url = (cohortId: string) => `${input.publicWebUrl}/cohorts/${cohortId}`;
  const timed = input.meetings.flatMap((m) => {
    const cohort = cohorts.get(m.cohortId);
    return cohort ? [{ sortKey: m.startsAt.toISOString(), event: meetingEvent(m, cohort, url(cohort.id)) }] : [];
  });
  const allDay = input.checkpoints.flatMap((c) => {
    const cohort = cohorts.get(c.cohortId);
    return cohort ? [{ sortKey: c.dueDate, event: checkpointEvent(c, cohort, url(cohort.id)) }] : [];
  });
  const events = [...timed, ...allDay]
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.event.uid.localeCompare(b.event.uid)))
    .map((e) => e.event);
  return renderCalendar({ name: CALENDAR_NAME, prodId: PRODID, generatedAt: input.generatedAt, events });
}
