import { addDaysIso, CohortStatus, REMINDER_SCHEDULE, reportOutstanding, ReportStatus, MemberRole, UserRole } from '@modellkommuner/shared';
import type { AgendaQuery } from '../../gql/graphql';
import { stockholmToday } from '../../shared/stockholm-time';

// What the start page's "Det här väntar på dig" shows, picked from the one Agenda query (pure, for the specs).

export type AgendaCohort = AgendaQuery['cohorts'][number];
export type AgendaMeeting = AgendaCohort['meetings'][number] & { cohort: Pick<AgendaCohort, 'id' | 'name'> };
export type AgendaReport = AgendaQuery['followUpReports'][number];

/** How many of each the start page lists (the lists' pages have the rest). */
export const AGENDA_LIMITS = { meetings: 5, reports: 5, reviews: 5, notifications: 5, examples: 5 } as const;

/** Reports not handed in are on the agenda from the first reminder before their due date (30 days). */
export const REPORT_DUE_WITHIN_DAYS = Math.max(...REMINDER_SCHEDULE.followUpDaysBefore);

interface AgendaViewer {
  id: string;
  role: UserRole;
  organization: { code: string };
}

function running(status: CohortStatus): boolean {
  return status !== CohortStatus.CONCLUDED && status !== CohortStatus.CANCELLED;
}

/**
 * The next meetings, soonest first, of the user's running cohorts: a member's own (the API answers only
 * those), a process leader's those they lead. Cancelled and started meetings are left out.
 */
export function nextMeetings(cohorts: readonly AgendaCohort[], viewer: AgendaViewer, now: Date): AgendaMeeting[] {
  return cohorts
    .filter((cohort) => running(cohort.status) && (viewer.role !== UserRole.PROCESS_LEADER || cohort.processLeader.id === viewer.id))
    .flatMap((cohort) => cohort.meetings.map((meeting) => ({ ...meeting, cohort: { id: cohort.id, name: cohort.name } })))
    .filter((meeting) => !meeting.cancelledAt && Date.parse(meeting.startsAt) >= now.getTime())
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
    .slice(0, AGENDA_LIMITS.meetings);
}

/**
 * The user's organisation's reports that still have to be handed in (none yet, a draft, changes requested)
 * and are overdue or due within REPORT_DUE_WITHIN_DAYS: the most overdue first, then by due date.
 */
export function reportsDue(rows: readonly AgendaReport[], viewer: AgendaViewer, now: Date): AgendaReport[] {
  const horizon = addDaysIso(stockholmToday(now), REPORT_DUE_WITHIN_DAYS);
  return rows
    .filter((row) => row.organization.code === viewer.organization.code && reportOutstanding(row.status ?? null))
    .filter((row) => (row.daysOverdue ?? 0) > 0 || row.dueDate <= horizon)
    .sort((a, b) => (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) || a.dueDate.localeCompare(b.dueDate))
    .slice(0, AGENDA_LIMITS.reports);
}

/**
 * The submitted reports waiting for the user's review (libs/shared `reviewerOf`): a process leader reviews
 * the mentors' reports, a mentor's members their mentees' (the API lists a member only their own
 * organisation's reports and, for a mentor, its mentees'). Oldest due date first.
 */
export function reviewsWaiting(rows: readonly AgendaReport[], viewer: AgendaViewer): AgendaReport[] {
  return rows
    .filter((row) => row.status === ReportStatus.SUBMITTED)
    .filter((row) =>
      viewer.role === UserRole.PROCESS_LEADER
        ? row.role === MemberRole.MENTOR
        : row.role === MemberRole.MENTEE && row.organization.code !== viewer.organization.code,
    )
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .slice(0, AGENDA_LIMITS.reviews);
}
