import { CohortStatus, MeetingKind, MemberRole } from './enums';
import { isProcessLeader, RuleViewer } from './viewer';

// The cohort's rules (docs/domain.md, "Cohorts"): pure functions over plain values that the API's
// CohortPolicy and services and the web's pages both call, so a button is shown exactly when the
// API would allow the action.

/** Cohorts that still hold their organisations: one such cohort per organisation and programme. */
export const ACTIVE_COHORT_STATUSES: readonly CohortStatus[] = [CohortStatus.PLANNED, CohortStatus.ACTIVE, CohortStatus.FOLLOW_UP];

/** The lifecycle: forward one step at a time, or CANCELLED from any state before CONCLUDED. */
const NEXT: Record<CohortStatus, readonly CohortStatus[]> = {
  [CohortStatus.PLANNED]: [CohortStatus.ACTIVE, CohortStatus.CANCELLED],
  [CohortStatus.ACTIVE]: [CohortStatus.FOLLOW_UP, CohortStatus.CANCELLED],
  [CohortStatus.FOLLOW_UP]: [CohortStatus.CONCLUDED, CohortStatus.CANCELLED],
  [CohortStatus.CONCLUDED]: [],
  [CohortStatus.CANCELLED]: [],
};

export function allowedTransitions(from: CohortStatus): readonly CohortStatus[] {
  return NEXT[from];
}

export function canTransition(from: CohortStatus, to: CohortStatus): boolean {
  return NEXT[from].includes(to);
}

/**
 * Moving to these needs a reason: CANCELLED always, CONCLUDED unless the follow-up is complete
 * (every current member's ONE_YEAR report approved: `followUpComplete` in follow-up.ts).
 */
export function transitionNeedsReason(to: CohortStatus, followUpComplete = false): boolean {
  return to === CohortStatus.CANCELLED || (to === CohortStatus.CONCLUDED && !followUpComplete);
}

/** Name, dates and the follow-up date can change until the cohort has ended. */
export function cohortEditable(status: CohortStatus): boolean {
  return ACTIVE_COHORT_STATUSES.includes(status);
}

/** Mentees may be added or withdraw while the cohort is PLANNED or ACTIVE. */
export function membershipOpen(status: CohortStatus): boolean {
  return status === CohortStatus.PLANNED || status === CohortStatus.ACTIVE;
}

/** Meetings can be planned, moved and cancelled until the cohort is concluded or cancelled. */
export function meetingsOpen(status: CohortStatus): boolean {
  return status !== CohortStatus.CONCLUDED && status !== CohortStatus.CANCELLED;
}

/** A cohort has at most one (not cancelled) start-up meeting and one gathering; exchanges are many. */
export function meetingKindIsUnique(kind: MeetingKind): boolean {
  return kind !== MeetingKind.EXCHANGE;
}

/** The kinds of meeting that can still be scheduled, given the kinds of the cohort's meetings that are not cancelled. */
export function schedulableMeetingKinds(viewer: RuleViewer, members: readonly CohortMemberFacts[], plannedKinds: readonly MeetingKind[]): MeetingKind[] {
  return [MeetingKind.STARTUP, MeetingKind.EXCHANGE, MeetingKind.GATHERING].filter(
    (kind) => mayManageMeeting(viewer, members, kind) && !(meetingKindIsUnique(kind) && plannedKinds.includes(kind)),
  );
}

// ---- who may do what ------------------------------------------------------------------------------

/** A cohort member as the rules see it; `organization` is the same kind of key as RuleViewer's. */
export interface CohortMemberFacts {
  organization: string;
  role: MemberRole;
  /** Withdrawn organisations no longer see the cohort. */
  withdrawn: boolean;
}

/** The viewer's organisation's membership, if it is in the cohort and has not left. */
export function ownMembership<M extends CohortMemberFacts>(viewer: RuleViewer | null, members: readonly M[]): M | undefined {
  if (!viewer) return undefined;
  return members.find((m) => m.organization === viewer.organization && !m.withdrawn);
}

/** Process leaders see every cohort; members the cohorts their organisation is in, working groups included. */
export function mayViewCohort(viewer: RuleViewer | null, members: readonly CohortMemberFacts[]): boolean {
  return isProcessLeader(viewer) || ownMembership(viewer, members) !== undefined;
}

/** The viewer's organisation is the cohort's mentor (and has not left). */
export function isCohortMentor(viewer: RuleViewer | null, members: readonly CohortMemberFacts[]): boolean {
  return ownMembership(viewer, members)?.role === MemberRole.MENTOR;
}

/** Creating cohorts, editing them, moving them through their lifecycle, adding and withdrawing members: process leaders. */
export function mayManageCohorts(viewer: RuleViewer | null): boolean {
  return isProcessLeader(viewer);
}

/** Process leaders schedule, move and cancel every meeting; the mentor its cohort's EXCHANGE meetings. */
export function mayManageMeeting(viewer: RuleViewer | null, members: readonly CohortMemberFacts[], kind: MeetingKind): boolean {
  if (isProcessLeader(viewer)) return true;
  return kind === MeetingKind.EXCHANGE && isCohortMentor(viewer, members);
}

/** Each organisation in the cohort keeps its own working group; process leaders may edit any member's. */
export function mayEditWorkingGroup(viewer: RuleViewer | null, members: readonly CohortMemberFacts[], organization: string): boolean {
  const member = members.find((m) => m.organization === organization && !m.withdrawn);
  if (!viewer || !member) return false;
  return isProcessLeader(viewer) || ownMembership(viewer, members)?.organization === organization;
}

export const COHORT_STATUS_SV: Record<CohortStatus, string> = {
  [CohortStatus.PLANNED]: 'planerad',
  [CohortStatus.ACTIVE]: 'pågående',
  [CohortStatus.FOLLOW_UP]: 'i uppföljning',
  [CohortStatus.CONCLUDED]: 'avslutad',
  [CohortStatus.CANCELLED]: 'avbruten',
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Adds calendar months to a YYYY-MM-DD date; the 31st becomes the month's last day when needed. */
export function addMonths(isoDate: string, months: number): string {
  const m = DATE.exec(isoDate);
  if (!m) throw new Error(`not a date: ${isoDate}`);
  const year = Number(m[1]);
  const month = Number(m[2]) - 1 + months;
  const day = Number(m[3]);
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

export const STOCKHOLM = 'Europe/Stockholm';

/** The offset of Stockholm from UTC, in minutes, at an instant (60 in winter, 120 in summer). */
function stockholmOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: STOCKHOLM,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** The instant of a Stockholm wall-clock time: `stockholmTime('2026-11-23', '10:00')` → 09:00Z. */
export function stockholmTime(isoDate: string, time: string): Date {
  const m = DATE.exec(isoDate);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m || !t) throw new Error(`not a date and time: ${isoDate} ${time}`);
  const guess = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(t[1]), Number(t[2]));
  // Two passes settle the offset around daylight-saving changes.
  let instant = guess - stockholmOffsetMinutes(new Date(guess)) * 60_000;
  instant = guess - stockholmOffsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant);
}

/** The Stockholm calendar date of an instant, YYYY-MM-DD. */
export function stockholmDate(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: STOCKHOLM, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The Stockholm wall-clock time of an instant, HH:MM. */
export function stockholmClock(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: STOCKHOLM, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}

// ---- meeting dates (docs/domain.md, "Meetings") -----------------------------------------------------

/**
 * How long after the follow-up date a meeting may still lie without a second look: the closing
 * gathering sits on the follow-up date and is sometimes moved some weeks; half a year later is more
 * likely a mistyped year.
 */
export const MEETING_LATE_MONTHS = 6;

/** Why a meeting's date deserves a second look: it lies outside the cohort's year. */
export type MeetingDateWarning =
  | { kind: 'BEFORE_START'; date: string; startDate: string }
  | { kind: 'AFTER_FOLLOW_UP'; date: string; followUpDueDate: string; latest: string };

/**
 * A meeting dated before the cohort's start date, or more than MEETING_LATE_MONTHS after its follow-up
 * date: a warning to confirm before saving, never a refusal (the API accepts any date; a cohort may have
 * begun before the platform existed). Dates are Stockholm calendar days, YYYY-MM-DD; null when the date
 * is inside the window or is not a date at all.
 */
export function meetingDateWarning(date: string, cohort: { startDate: string; followUpDueDate: string }): MeetingDateWarning | null {
  if (!isIsoDate(date) || !isIsoDate(cohort.startDate) || !isIsoDate(cohort.followUpDueDate)) return null;
  if (date < cohort.startDate) return { kind: 'BEFORE_START', date, startDate: cohort.startDate };
  const latest = addMonths(cohort.followUpDueDate, MEETING_LATE_MONTHS);
  if (date > latest) return { kind: 'AFTER_FOLLOW_UP', date, followUpDueDate: cohort.followUpDueDate, latest };
  return null;
}
