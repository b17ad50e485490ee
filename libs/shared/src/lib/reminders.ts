import { addMonths, stockholmClock, stockholmDate, stockholmTime } from './cohorts';
import { CheckpointKind, CohortStatus, MemberRole, ReminderKind, ReportStatus, UserRole } from './enums';
import { nextPeriod, parsePeriod, periodEndDate } from './goals';
import type { RuleViewer } from './viewer';

// Reminders (docs/domain.md, "Reminders"): when each kind falls due, who gets it and what stops it.
// The API plans a cohort's reminders from its state with `reminderPlan`, stores them in PostgreSQL and
// the worker delivers them; the web shows the same labels. Defined here and nowhere else.

/** The schedule of the reminders table, in days (and the Stockholm clock time date-based ones go out at). */
export const REMINDER_SCHEDULE = {
  meetingDaysBefore: [7, 1],
  followUpDaysBefore: [30, 7, 0],
  overdueEveryDays: 7,
  /** From this many days overdue the process leaders get the overdue reminder too. */
  overdueProcessLeadersFromDays: 14,
  reviewFirstAfterDays: 3,
  reviewEveryDays: 7,
  measurementDaysAfterPeriod: 30,
  exampleReviewAfterDays: 5,
  clock: '08:00',
} as const;

export const REMINDER_KIND_SV: Record<ReminderKind, string> = {
  MEETING_UPCOMING: 'Möte närmar sig',
  FOLLOW_UP_DUE: 'Uppföljningen ska lämnas in',
  FOLLOW_UP_OVERDUE: 'Uppföljningen är försenad',
  REVIEW_PENDING: 'Uppföljning väntar på granskning',
  MEASUREMENT_DUE: 'Värden saknas för en period',
  EXAMPLE_IN_REVIEW: 'Lärande exempel väntar på redaktionen',
  CUSTOM: 'Meddelande från processledaren',
};

/** When each kind is sent and to whom, in a sentence (the preferences page and docs say the same). */
export const REMINDER_KIND_WHEN_SV: Record<ReminderKind, string> = {
  MEETING_UPCOMING: '7 dagar och 1 dag före varje möte i en omgång du deltar i.',
  FOLLOW_UP_DUE: '30 och 7 dagar före och på dagen då er uppföljning ska lämnas in.',
  FOLLOW_UP_OVERDUE: 'Varje vecka efter sista dagen tills uppföljningen är inlämnad.',
  REVIEW_PENDING: '3 dagar efter att en uppföljning som ni ska granska lämnats in, sedan varje vecka.',
  MEASUREMENT_DUE: '30 dagar efter att en period slutat utan värden för en indikator.',
  EXAMPLE_IN_REVIEW: '5 dagar efter att ett lärande exempel skickats till redaktionen (processledare).',
  CUSTOM: 'När en processledare skickar ett eget meddelande till er omgång.',
};

/** The kinds a user may choose e-mail for, in the order the preferences page lists them. */
export const REMINDER_KINDS: readonly ReminderKind[] = Object.values(ReminderKind);

/** E-mail is on unless the user turned it off; the in-app notification always stays. */
export const REMINDER_EMAIL_DEFAULT = true;

export const CUSTOM_REMINDER_LIMITS = { subject: 150, body: 4000 } as const;

/** Only process leaders send custom reminders and see a cohort's schedule. */
export function mayManageReminders(viewer: RuleViewer | null): boolean {
  return viewer?.role === UserRole.PROCESS_LEADER;
}

/** A cohort that has ended (concluded or cancelled) has no reminders left. */
export function remindersOpen(status: CohortStatus): boolean {
  return status !== CohortStatus.CONCLUDED && status !== CohortStatus.CANCELLED;
}

/** A report that still has to be handed in: none yet, a draft, or one returned with changes requested. */
export function reportOutstanding(status: ReportStatus | null): boolean {
  return status === null || status === ReportStatus.DRAFT || status === ReportStatus.CHANGES_REQUESTED;
}

// ---- the plan -------------------------------------------------------------------------------------

export interface ReminderPlanInput {
  cohort: { id: string; status: CohortStatus; startDate: string };
  meetings: readonly { id: string; startsAt: Date; cancelled: boolean }[];
  checkpoints: readonly { id: string; kind: CheckpointKind; dueDate: string }[];
  /** Current members (withdrawn ones left out). */
  members: readonly { organizationId: string; role: MemberRole }[];
  reports: readonly { id: string; checkpointId: string; organizationId: string; status: ReportStatus; submittedAt: Date | null }[];
  /** The cohort's indicators; `organizationId` is the owner of an OWN goal, null for a SHARED one. */
  indicators: readonly { id: string; organizationId: string | null; baselinePeriod: string | null; kolada: boolean }[];
  /** `measuredKey(indicator, organisation, period)` of every period that has at least one value. */
  measured: ReadonlySet<string>;
}

/** One reminder the cohort's state calls for. A series (`repeatDays`) repeats while its reason holds. */
export interface PlannedReminder {
  /** Names the reminder for good: the same key is the same reminder, moved rather than made anew. */
  key: string;
  kind: ReminderKind;
  dueAt: Date;
  organizationId: string | null;
  subjectId: string;
  period: string | null;
  repeatDays: number | null;
}

export function measuredKey(indicatorId: string, organizationId: string, period: string): string {
  return `${indicatorId}|${organizationId}|${period}`;
}

export function addDaysIso(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const DAY_MS = 24 * 3600 * 1000;

/** The morning (08:00 Stockholm) of a calendar date: when date-based reminders go out. */
export function reminderMorning(isoDate: string): Date {
  return stockholmTime(isoDate, REMINDER_SCHEDULE.clock);
}

/**
 * The same Stockholm wall-clock time `days` calendar days later (earlier when negative): a reminder "7 days
 * before" a meeting at 09:00 goes out at 09:00, and a weekly one at 08:00 stays at 08:00 across a change to
 * or from daylight-saving time (then 24 h × days is an hour off). Seconds and milliseconds are kept.
 */
export function addStockholmDays(instant: Date, days: number): Date {
  if (days === 0) return new Date(instant.getTime());
  const withinMinute = ((instant.getTime() % 60_000) + 60_000) % 60_000;
  return new Date(stockholmTime(addDaysIso(stockholmDate(instant), days), stockholmClock(instant)).getTime() + withinMinute);
}

/** When occurrence `n` (1, 2, …) of a series falls due: every `repeatDays` days at the first one's clock time. */
export function occurrenceDueAt(firstDueAt: Date, repeatDays: number | null, occurrence: number): Date {
  return addStockholmDays(firstDueAt, (repeatDays ?? 0) * (occurrence - 1));
}

/** The first occurrence of a series that falls due after `now` (1 when the series has not begun). */
export function nextOccurrence(firstDueAt: Date, repeatDays: number, now: Date): number {
  if (firstDueAt > now) return 1;
  // The plain estimate may be one off within the hour around a daylight-saving change: settle it.
  let occurrence = Math.floor((now.getTime() - firstDueAt.getTime()) / (repeatDays * DAY_MS)) + 2;
  while (occurrence > 2 && occurrenceDueAt(firstDueAt, repeatDays, occurrence - 1) > now) occurrence--;
  while (occurrenceDueAt(firstDueAt, repeatDays, occurrence) <= now) occurrence++;
  return occurrence;
}

/**
 * Every reminder a cohort's state calls for, whether due or not (the API compares it with what is stored:
 * new ones are added, moved ones rescheduled and those no longer called for cancelled).
 */
export function reminderPlan(input: ReminderPlanInput): PlannedReminder[] {
  if (!remindersOpen(input.cohort.status)) return [];
  const plan: PlannedReminder[] = [];
  const s = REMINDER_SCHEDULE;
  const memberIds = input.members.map((m) => m.organizationId);

  for (const meeting of input.meetings) {
    if (meeting.cancelled) continue;
    for (const days of s.meetingDaysBefore) {
      plan.push({
        key: `meeting:${meeting.id}:${days}d`,
        kind: ReminderKind.MEETING_UPCOMING,
        // The same clock time as the meeting (docs/domain.md), also across a daylight-saving change.
        dueAt: addStockholmDays(meeting.startsAt, -days),
        organizationId: null,
        subjectId: meeting.id,
        period: null,
        repeatDays: null,
      });
    }
  }

  for (const checkpoint of input.checkpoints) {
    for (const organizationId of memberIds) {
      const report = input.reports.find((r) => r.checkpointId === checkpoint.id && r.organizationId === organizationId);
      if (!reportOutstanding(report?.status ?? null)) continue;
      for (const days of s.followUpDaysBefore) {
        plan.push({
          key: `checkpoint:${checkpoint.id}:${organizationId}:due-${days}`,
          kind: ReminderKind.FOLLOW_UP_DUE,
          dueAt: reminderMorning(addDaysIso(checkpoint.dueDate, -days)),
          organizationId,
          subjectId: checkpoint.id,
          period: null,
          repeatDays: null,
        });
      }
      // The due date is part of the series' key: moving it starts a new series.
      plan.push({
        key: `checkpoint:${checkpoint.id}:${organizationId}:overdue:${checkpoint.dueDate}`,
        kind: ReminderKind.FOLLOW_UP_OVERDUE,
        dueAt: reminderMorning(addDaysIso(checkpoint.dueDate, s.overdueEveryDays)),
        organizationId,
        subjectId: checkpoint.id,
        period: null,
        repeatDays: s.overdueEveryDays,
      });
    }
  }

  for (const report of input.reports) {
    if (report.status !== ReportStatus.SUBMITTED || !report.submittedAt || !memberIds.includes(report.organizationId)) continue;
    // Each submission starts its own series: a resubmitted report is waited for anew.
    plan.push({
      key: `report:${report.id}:review:${report.submittedAt.getTime()}`,
      kind: ReminderKind.REVIEW_PENDING,
      dueAt: addStockholmDays(report.submittedAt, s.reviewFirstAfterDays),
      organizationId: report.organizationId,
      subjectId: report.id,
      period: null,
      repeatDays: s.reviewEveryDays,
    });
  }

  const oneYear = input.checkpoints.find((c) => c.kind === CheckpointKind.ONE_YEAR);
  const lastDay = oneYear?.dueDate ?? addMonths(input.cohort.startDate, 12);
  for (const indicator of input.indicators) {
    // Kolada's figures arrive with the weekly sync, months after a year ends: no one is asked to type them.
    if (indicator.kolada) continue;
    const organizations = indicator.organizationId ? memberIds.filter((id) => id === indicator.organizationId) : memberIds;
    for (const period of expectedPeriods(indicator.baselinePeriod, input.cohort.startDate, lastDay)) {
      const end = periodEndDate(period);
      if (!end) continue;
      for (const organizationId of organizations) {
        if (input.measured.has(measuredKey(indicator.id, organizationId, period))) continue;
        plan.push({
          key: `measurement:${indicator.id}:${organizationId}:${period}`,
          kind: ReminderKind.MEASUREMENT_DUE,
          dueAt: reminderMorning(addDaysIso(end, s.measurementDaysAfterPeriod)),
          organizationId,
          subjectId: indicator.id,
          period,
          repeatDays: null,
        });
      }
    }
  }
  return plan;
}

/**
 * The periods a cohort is expected to measure: those of the baseline's kind (years when there is no
 * baseline) after the baseline that end between the cohort's start and its one-year follow-up.
 */
export function expectedPeriods(baselinePeriod: string | null, startDate: string, lastDay: string): string[] {
  const baseline = baselinePeriod ? parsePeriod(baselinePeriod) : null;
  const startYear = Number(startDate.slice(0, 4));
  let period: string | null = baseline
    ? baseline.kind === 'Y'
      ? String(startYear - 1)
      : `${startYear - 1}-${baseline.kind}1`
    : String(startYear - 1);
  const periods: string[] = [];
  for (let guard = 0; period && guard < 40; guard++, period = nextPeriod(period)) {
    const end = periodEndDate(period);
    if (!end) break;
    if (end > lastDay) break;
    if (end < startDate) continue;
    if (baselinePeriod && end <= (periodEndDate(baselinePeriod) ?? '')) continue;
    periods.push(period);
  }
  return periods;
}

/** The occurrence of the example's editorial reminder: 5 days after it was sent to the editors. */
export function exampleReviewDueAt(submittedAt: Date): Date {
  return addStockholmDays(submittedAt, REMINDER_SCHEDULE.exampleReviewAfterDays);
}

// ---- who gets it ----------------------------------------------------------------------------------

/** Whom a reminder goes to, resolved into accounts when it is sent (docs/domain.md, "Reminders"). */
export interface ReminderAudience {
  /** Every current member organisation of the cohort. */
  wholeCohort: boolean;
  /** The reminder's own organisation (`organizationId`). */
  ownOrganization: boolean;
  /** The organisation that reviews the reminder's organisation's report: the mentor (or none: see processLeaders). */
  reviewer: boolean;
  processLeaders: boolean;
  /** A custom reminder's chosen organisations. */
  chosen: boolean;
}

/**
 * The audience of a reminder. `daysOverdue` matters for FOLLOW_UP_OVERDUE (process leaders from 14 days);
 * `reviewedByProcessLeader` for REVIEW_PENDING (the mentor's own report is reviewed by them).
 */
export function reminderAudience(kind: ReminderKind, facts: { daysOverdue?: number; reviewedByProcessLeader?: boolean } = {}): ReminderAudience {
  const none: ReminderAudience = { wholeCohort: false, ownOrganization: false, reviewer: false, processLeaders: false, chosen: false };
  switch (kind) {
    case ReminderKind.MEETING_UPCOMING:
      return { ...none, wholeCohort: true };
    case ReminderKind.FOLLOW_UP_DUE:
    case ReminderKind.MEASUREMENT_DUE:
      return { ...none, ownOrganization: true };
    case ReminderKind.FOLLOW_UP_OVERDUE:
      return { ...none, ownOrganization: true, processLeaders: (facts.daysOverdue ?? 0) >= REMINDER_SCHEDULE.overdueProcessLeadersFromDays };
    case ReminderKind.REVIEW_PENDING:
      return facts.reviewedByProcessLeader ? { ...none, processLeaders: true } : { ...none, reviewer: true };
    case ReminderKind.EXAMPLE_IN_REVIEW:
      return { ...none, processLeaders: true };
    case ReminderKind.CUSTOM:
      return { ...none, chosen: true };
  }
}

/** Whole days between a due date and the Stockholm date a reminder goes out on. */
export function daysBetween(fromIsoDate: string, toIsoDate: string): number {
  return Math.round((Date.parse(`${toIsoDate}T00:00:00Z`) - Date.parse(`${fromIsoDate}T00:00:00Z`)) / DAY_MS);
}
