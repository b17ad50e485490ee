import { CheckpointKind, CohortStatus, MemberRole, ReminderKind as K, ReportStatus as R, UserRole } from '../enums';
import {
  addDaysIso,
  addStockholmDays,
  CUSTOM_REMINDER_LIMITS,
  daysBetween,
  expectedPeriods,
  exampleReviewDueAt,
  mayManageReminders,
  measuredKey,
  nextOccurrence,
  occurrenceDueAt,
  PlannedReminder,
  REMINDER_KIND_SV,
  REMINDER_KIND_WHEN_SV,
  REMINDER_KINDS,
  REMINDER_SCHEDULE,
  reminderAudience,
  ReminderAudience,
  reminderMorning,
  ReminderPlanInput,
  reminderPlan,
  remindersOpen,
  reportOutstanding,
} from '../reminders';

// The reminders' rules (libs/shared reminders.ts; docs/domain.md, "Reminders and notifications"): what a
// cohort's state calls for and when, who gets each kind, and the series' occurrences. Every instant below is
// worked out by hand: 08:00 in Stockholm is 07:00Z in winter (CET) and 06:00Z in summer (CEST); in 2026
// summer time runs from 29 March to 25 October, in 2027 from 28 March to 31 October.

const at = (iso: string) => new Date(iso);
const DAY = 24 * 3600 * 1000;

describe('words and limits', () => {
  it('has a Swedish label and a sentence of when for every kind, in the order of the enum', () => {
    expect(REMINDER_KINDS).toEqual([
      'MEETING_UPCOMING',
      'FOLLOW_UP_DUE',
      'FOLLOW_UP_OVERDUE',
      'REVIEW_PENDING',
      'MEASUREMENT_DUE',
      'EXAMPLE_IN_REVIEW',
      'CUSTOM',
    ]);
    for (const kind of REMINDER_KINDS) {
      expect(REMINDER_KIND_SV[kind]).toMatch(/^[A-ZÅÄÖ]/);
      expect(REMINDER_KIND_WHEN_SV[kind]).toMatch(/^[0-9A-ZÅÄÖ].*\.$/);
    }
    expect(REMINDER_KIND_SV.FOLLOW_UP_OVERDUE).toBe('Uppföljningen är försenad');
  });

  it('schedules as the reminders table says', () => {
    expect(REMINDER_SCHEDULE).toEqual({
      meetingDaysBefore: [7, 1],
      followUpDaysBefore: [30, 7, 0],
      overdueEveryDays: 7,
      overdueProcessLeadersFromDays: 14,
      reviewFirstAfterDays: 3,
      reviewEveryDays: 7,
      measurementDaysAfterPeriod: 30,
      exampleReviewAfterDays: 5,
      clock: '08:00',
    });
    expect(CUSTOM_REMINDER_LIMITS).toEqual({ subject: 150, body: 4000 });
  });
});

describe('who manages, which cohorts and reports', () => {
  it('lets process leaders only manage reminders', () => {
    expect(mayManageReminders({ role: UserRole.PROCESS_LEADER, organization: 'skr' })).toBe(true);
    expect(mayManageReminders({ role: UserRole.MEMBER, organization: 'mentor' })).toBe(false);
    expect(mayManageReminders(null)).toBe(false);
  });

  it.each([
    [CohortStatus.PLANNED, true],
    [CohortStatus.ACTIVE, true],
    [CohortStatus.FOLLOW_UP, true],
    [CohortStatus.CONCLUDED, false],
    [CohortStatus.CANCELLED, false],
  ])('remindersOpen(%s) is %s', (status, open) => {
    expect(remindersOpen(status)).toBe(open);
  });

  it.each([
    [null, true],
    [R.DRAFT, true],
    [R.CHANGES_REQUESTED, true],
    [R.SUBMITTED, false],
    [R.APPROVED, false],
  ])('reportOutstanding(%s) is %s', (status, outstanding) => {
    expect(reportOutstanding(status)).toBe(outstanding);
  });
});

describe('dates and clock times', () => {
  it('sends date-based reminders at 08:00 Stockholm: 07:00Z in winter, 06:00Z in summer', () => {
    expect(reminderMorning('2027-01-11')).toEqual(at('2027-01-11T07:00:00Z'));
    expect(reminderMorning('2026-07-16')).toEqual(at('2026-07-16T06:00:00Z'));
    // The days of the change: 08:00 is after it on both.
    expect(reminderMorning('2026-03-29')).toEqual(at('2026-03-29T06:00:00Z'));
    expect(reminderMorning('2026-10-25')).toEqual(at('2026-10-25T07:00:00Z'));
  });

  it('adds calendar days to ISO dates across months, leap days and years', () => {
    expect(addDaysIso('2027-02-10', -30)).toBe('2027-01-11');
    expect(addDaysIso('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDaysIso('2026-12-31', 30)).toBe('2027-01-30');
    expect(addDaysIso('2026-08-15', 0)).toBe('2026-08-15');
  });

  it('counts whole days between dates', () => {
    expect(daysBetween('2027-02-10', '2027-02-24')).toBe(14);
    expect(daysBetween('2027-02-10', '2027-02-10')).toBe(0);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2027-02-24', '2027-02-10')).toBe(-14);
  });

  it('moves an instant by calendar days at the same Stockholm clock time, across daylight-saving changes', () => {
    // Monday 30 March 2026 09:00 CEST; a week earlier it is 09:00 CET.
    expect(addStockholmDays(at('2026-03-30T07:00:00Z'), -7)).toEqual(at('2026-03-23T08:00:00Z'));
    expect(addStockholmDays(at('2026-03-30T07:00:00Z'), -1)).toEqual(at('2026-03-29T07:00:00Z'));
    // 08:00 CEST on 21 October 2026, a week later 08:00 CET.
    expect(addStockholmDays(at('2026-10-21T06:00:00Z'), 7)).toEqual(at('2026-10-28T07:00:00Z'));
    // Seconds and milliseconds stay; with no change of offset it is 24 h a day.
    expect(addStockholmDays(at('2027-02-01T13:30:15.250Z'), 3)).toEqual(at('2027-02-04T13:30:15.250Z'));
    expect(addStockholmDays(at('2027-02-01T13:30:15.250Z'), 0)).toEqual(at('2027-02-01T13:30:15.250Z'));
  });

  it('plans the editorial reminder 5 days after the example was sent, at the same clock time', () => {
    expect(exampleReviewDueAt(at('2026-12-03T10:15:00Z'))).toEqual(at('2026-12-08T10:15:00Z'));
    // Sent Thursday 26 March 2026 at 14:00 CET: 14:00 CEST on Tuesday 31 March.
    expect(exampleReviewDueAt(at('2026-03-26T13:00:00Z'))).toEqual(at('2026-03-31T12:00:00Z'));
  });
});

describe('series: occurrences', () => {
  const first = at('2027-02-17T07:00:00Z'); // 08:00 CET

  it('places occurrence n every repeatDays days after the first, at the same clock time', () => {
    expect(occurrenceDueAt(first, 7, 1)).toEqual(first);
    expect(occurrenceDueAt(first, 7, 2)).toEqual(at('2027-02-24T07:00:00Z'));
    expect(occurrenceDueAt(first, 7, 4)).toEqual(at('2027-03-10T07:00:00Z'));
    // Not a series: every occurrence is the first.
    expect(occurrenceDueAt(first, null, 3)).toEqual(first);
    // Into summer time: 08:00 CEST is 06:00Z from the third occurrence (31 March 2027).
    const march = at('2027-03-17T07:00:00Z');
    expect(occurrenceDueAt(march, 7, 2)).toEqual(at('2027-03-24T07:00:00Z'));
    expect(occurrenceDueAt(march, 7, 3)).toEqual(at('2027-03-31T06:00:00Z'));
    // Out of it: 08:00 CET is 07:00Z again on 28 October 2026.
    expect(occurrenceDueAt(at('2026-10-14T06:00:00Z'), 7, 3)).toEqual(at('2026-10-28T07:00:00Z'));
  });

  it('names the first occurrence that falls due after now', () => {
    expect(nextOccurrence(first, 7, at('2027-02-17T06:59:59Z'))).toBe(1);
    // Due exactly now is not after now.
    expect(nextOccurrence(first, 7, first)).toBe(2);
    expect(nextOccurrence(first, 7, at('2027-02-24T06:59:59Z'))).toBe(2);
    expect(nextOccurrence(first, 7, at('2027-02-24T07:00:00Z'))).toBe(3);
    expect(nextOccurrence(first, 7, at('2027-03-20T12:00:00Z'))).toBe(6);
  });

  it('counts by the clock across daylight-saving changes, where 7 × 24 h would be an hour off', () => {
    // Spring: occurrence 3 went out at 06:00Z on 31 March 2027; at 06:30Z the next is 4.
    expect(nextOccurrence(at('2027-03-17T07:00:00Z'), 7, at('2027-03-31T06:30:00Z'))).toBe(4);
    expect(nextOccurrence(at('2027-03-17T07:00:00Z'), 7, at('2027-03-31T05:59:00Z'))).toBe(3);
    // Autumn: occurrence 3 is at 07:00Z on 28 October 2026; at 06:30Z it has not gone out yet.
    expect(nextOccurrence(at('2026-10-14T06:00:00Z'), 7, at('2026-10-28T06:30:00Z'))).toBe(3);
    expect(nextOccurrence(at('2026-10-14T06:00:00Z'), 7, at('2026-10-28T07:00:00Z'))).toBe(4);
  });
});

describe('expectedPeriods', () => {
  it.each<[string | null, string, string, string[]]>([
    // Years without a baseline: those that end between the start and the one-year follow-up.
    [null, '2026-02-10', '2027-02-10', ['2026']],
    [null, '2026-12-31', '2027-12-31', ['2026', '2027']],
    [null, '2026-01-01', '2027-01-01', ['2026']],
    // After the baseline only.
    ['2025', '2026-02-10', '2027-02-10', ['2026']],
    ['2026', '2026-02-10', '2027-02-10', []],
    // The baseline's kind: quarters and half-years.
    ['2025-Q3', '2026-02-10', '2027-02-10', ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']],
    ['2026-Q2', '2026-02-10', '2027-02-10', ['2026-Q3', '2026-Q4']],
    ['2025-H2', '2026-07-01', '2027-07-01', ['2026-H2', '2027-H1']],
    // A baseline that is not a period counts as none.
    ['x', '2026-02-10', '2027-02-10', ['2026']],
    // Nothing ends in time.
    [null, '2026-02-10', '2026-12-30', []],
  ])('baseline %s, start %s, one-year %s → %j', (baseline, start, lastDay, periods) => {
    expect(expectedPeriods(baseline, start, lastDay)).toEqual(periods);
  });
});

describe('reminderAudience', () => {
  const none: ReminderAudience = { wholeCohort: false, ownOrganization: false, reviewer: false, processLeaders: false, chosen: false };

  it.each<[string, K, Parameters<typeof reminderAudience>[1], Partial<ReminderAudience>]>([
    ['a meeting: the whole cohort', K.MEETING_UPCOMING, {}, { wholeCohort: true }],
    ['a report due: its organisation', K.FOLLOW_UP_DUE, {}, { ownOrganization: true }],
    ['7 days overdue: its organisation', K.FOLLOW_UP_OVERDUE, { daysOverdue: 7 }, { ownOrganization: true }],
    ['13 days overdue: its organisation', K.FOLLOW_UP_OVERDUE, { daysOverdue: 13 }, { ownOrganization: true }],
    ['14 days overdue: and the process leaders', K.FOLLOW_UP_OVERDUE, { daysOverdue: 14 }, { ownOrganization: true, processLeaders: true }],
    ['21 days overdue: and the process leaders', K.FOLLOW_UP_OVERDUE, { daysOverdue: 21 }, { ownOrganization: true, processLeaders: true }],
    ['overdue without facts: its organisation', K.FOLLOW_UP_OVERDUE, undefined, { ownOrganization: true }],
    ["a mentee's review: the reviewer (mentor)", K.REVIEW_PENDING, { reviewedByProcessLeader: false }, { reviewer: true }],
    ["the mentor's own review: the process leaders", K.REVIEW_PENDING, { reviewedByProcessLeader: true }, { processLeaders: true }],
    ['values missing: its organisation', K.MEASUREMENT_DUE, {}, { ownOrganization: true }],
    ['an example waiting: the process leaders', K.EXAMPLE_IN_REVIEW, {}, { processLeaders: true }],
    ['a custom reminder: the chosen organisations', K.CUSTOM, {}, { chosen: true }],
  ])('%s', (_name, kind, facts, expected) => {
    expect(reminderAudience(kind, facts)).toEqual({ ...none, ...expected });
  });
});

describe('reminderPlan', () => {
  // A cohort with a mentor M and mentees A and B (W withdrew: not among the members).
  const submittedAt = at('2027-02-01T13:30:00Z');
  const base: ReminderPlanInput = {
    cohort: { id: 'c', status: CohortStatus.ACTIVE, startDate: '2026-02-10' },
    meetings: [
      // Monday 30 March 2026 09:00 CEST, the day after summer time begins.
      { id: 'm1', startsAt: at('2026-03-30T07:00:00Z'), cancelled: false },
      { id: 'm2', startsAt: at('2026-05-04T07:00:00Z'), cancelled: true },
    ],
    checkpoints: [
      { id: 'cp1', kind: CheckpointKind.ONE_YEAR, dueDate: '2027-02-10' },
      { id: 'cp2', kind: CheckpointKind.MIDTERM, dueDate: '2026-08-15' },
    ],
    members: [
      { organizationId: 'M', role: MemberRole.MENTOR },
      { organizationId: 'A', role: MemberRole.MENTEE },
      { organizationId: 'B', role: MemberRole.MENTEE },
    ],
    reports: [
      { id: 'rA', checkpointId: 'cp1', organizationId: 'A', status: R.SUBMITTED, submittedAt },
      { id: 'rB', checkpointId: 'cp1', organizationId: 'B', status: R.DRAFT, submittedAt: null },
      { id: 'rM2', checkpointId: 'cp2', organizationId: 'M', status: R.APPROVED, submittedAt: at('2026-08-01T10:00:00Z') },
      { id: 'rW', checkpointId: 'cp1', organizationId: 'W', status: R.SUBMITTED, submittedAt },
    ],
    indicators: [
      { id: 'i1', organizationId: 'A', baselinePeriod: null, kolada: false },
      { id: 'i2', organizationId: null, baselinePeriod: '2025-Q3', kolada: false },
      { id: 'i3', organizationId: null, baselinePeriod: '2025', kolada: true },
    ],
    measured: new Set([measuredKey('i2', 'B', '2026-Q1'), measuredKey('i1', 'B', '2026')]),
  };

  const row = (p: PlannedReminder) => ({ ...p, dueAt: p.dueAt.toISOString() });
  const ofKind = (plan: PlannedReminder[], kind: K) => plan.filter((p) => p.kind === kind).map(row);
  const plan = reminderPlan(base);

  it('reminds of each meeting that is not cancelled 7 days and 1 day before, at its clock time', () => {
    expect(ofKind(plan, K.MEETING_UPCOMING)).toEqual([
      // 09:00 CET on 23 March is 08:00Z: 6 days 23 hours before 09:00 CEST.
      {
        key: 'meeting:m1:7d',
        kind: K.MEETING_UPCOMING,
        dueAt: '2026-03-23T08:00:00.000Z',
        organizationId: null,
        subjectId: 'm1',
        period: null,
        repeatDays: null,
      },
      {
        key: 'meeting:m1:1d',
        kind: K.MEETING_UPCOMING,
        dueAt: '2026-03-29T07:00:00.000Z',
        organizationId: null,
        subjectId: 'm1',
        period: null,
        repeatDays: null,
      },
    ]);
  });

  it('reminds each organisation whose report is not handed in 30 and 7 days before and on the day, at 08:00', () => {
    const due = (cp: string, org: string, days: number, dueAt: string) => ({
      key: `checkpoint:${cp}:${org}:due-${days}`,
      kind: K.FOLLOW_UP_DUE,
      dueAt,
      organizationId: org,
      subjectId: cp,
      period: null,
      repeatDays: null,
    });
    expect(ofKind(plan, K.FOLLOW_UP_DUE)).toEqual([
      // cp1 (10 February 2027, winter): M has none, B a draft; A's is submitted.
      due('cp1', 'M', 30, '2027-01-11T07:00:00.000Z'),
      due('cp1', 'M', 7, '2027-02-03T07:00:00.000Z'),
      due('cp1', 'M', 0, '2027-02-10T07:00:00.000Z'),
      due('cp1', 'B', 30, '2027-01-11T07:00:00.000Z'),
      due('cp1', 'B', 7, '2027-02-03T07:00:00.000Z'),
      due('cp1', 'B', 0, '2027-02-10T07:00:00.000Z'),
      // cp2 (15 August 2026, summer): M's is approved.
      due('cp2', 'A', 30, '2026-07-16T06:00:00.000Z'),
      due('cp2', 'A', 7, '2026-08-08T06:00:00.000Z'),
      due('cp2', 'A', 0, '2026-08-15T06:00:00.000Z'),
      due('cp2', 'B', 30, '2026-07-16T06:00:00.000Z'),
      due('cp2', 'B', 7, '2026-08-08T06:00:00.000Z'),
      due('cp2', 'B', 0, '2026-08-15T06:00:00.000Z'),
    ]);
  });

  it('starts a weekly overdue series a week after the due date, its key naming the due date', () => {
    const overdue = (cp: string, org: string, date: string, dueAt: string) => ({
      key: `checkpoint:${cp}:${org}:overdue:${date}`,
      kind: K.FOLLOW_UP_OVERDUE,
      dueAt,
      organizationId: org,
      subjectId: cp,
      period: null,
      repeatDays: 7,
    });
    expect(ofKind(plan, K.FOLLOW_UP_OVERDUE)).toEqual([
      overdue('cp1', 'M', '2027-02-10', '2027-02-17T07:00:00.000Z'),
      overdue('cp1', 'B', '2027-02-10', '2027-02-17T07:00:00.000Z'),
      overdue('cp2', 'A', '2026-08-15', '2026-08-22T06:00:00.000Z'),
      overdue('cp2', 'B', '2026-08-15', '2026-08-22T06:00:00.000Z'),
    ]);
  });

  it("waits for a review 3 days after each current member's submission, then weekly", () => {
    expect(ofKind(plan, K.REVIEW_PENDING)).toEqual([
      {
        key: `report:rA:review:${submittedAt.getTime()}`,
        kind: K.REVIEW_PENDING,
        dueAt: '2027-02-04T13:30:00.000Z',
        organizationId: 'A',
        subjectId: 'rA',
        period: null,
        repeatDays: 7,
      },
    ]);
  });

  it('asks for values 30 days after each expected period without any, at 08:00; never for Kolada indicators', () => {
    const measurement = (i: string, org: string, period: string, dueAt: string) => ({
      key: `measurement:${i}:${org}:${period}`,
      kind: K.MEASUREMENT_DUE,
      dueAt,
      organizationId: org,
      subjectId: i,
      period,
      repeatDays: null,
    });
    expect(ofKind(plan, K.MEASUREMENT_DUE)).toEqual([
      // i1: A's OWN goal, years without a baseline; 2026 ends 31 December, +30 days is 30 January 2027 (winter).
      measurement('i1', 'A', '2026', '2027-01-30T07:00:00.000Z'),
      // i2: a SHARED goal, quarters after 2025-Q3, every member; B has values for 2026-Q1.
      measurement('i2', 'M', '2026-Q1', '2026-04-30T06:00:00.000Z'),
      measurement('i2', 'A', '2026-Q1', '2026-04-30T06:00:00.000Z'),
      measurement('i2', 'M', '2026-Q2', '2026-07-30T06:00:00.000Z'),
      measurement('i2', 'A', '2026-Q2', '2026-07-30T06:00:00.000Z'),
      measurement('i2', 'B', '2026-Q2', '2026-07-30T06:00:00.000Z'),
      // 30 September + 30 days is 30 October 2026, after summer time ended (25 October): 07:00Z.
      measurement('i2', 'M', '2026-Q3', '2026-10-30T07:00:00.000Z'),
      measurement('i2', 'A', '2026-Q3', '2026-10-30T07:00:00.000Z'),
      measurement('i2', 'B', '2026-Q3', '2026-10-30T07:00:00.000Z'),
      measurement('i2', 'M', '2026-Q4', '2027-01-30T07:00:00.000Z'),
      measurement('i2', 'A', '2026-Q4', '2027-01-30T07:00:00.000Z'),
      measurement('i2', 'B', '2026-Q4', '2027-01-30T07:00:00.000Z'),
    ]);
  });

  it('plans nothing else (no custom or example reminders), and the same key never twice', () => {
    expect(plan).toHaveLength(2 + 12 + 4 + 1 + 12);
    expect(new Set(plan.map((p) => p.key)).size).toBe(plan.length);
  });

  it('measures until the ONE_YEAR checkpoint, or 12 months after the start without one', () => {
    const later = reminderPlan({ ...base, checkpoints: [{ id: 'cp1', kind: CheckpointKind.ONE_YEAR, dueDate: '2027-04-10' }] });
    expect(ofKind(later, K.MEASUREMENT_DUE).map((p) => p.key)).toContain('measurement:i2:A:2027-Q1');
    const none = reminderPlan({ ...base, checkpoints: [] });
    expect(ofKind(none, K.MEASUREMENT_DUE).map((p) => p.period)).not.toContain('2027-Q1');
    expect(ofKind(none, K.MEASUREMENT_DUE)).toHaveLength(12);
  });

  it('moves a reminder under the same key when its meeting moves, and starts a new overdue series when the due date moves', () => {
    const moved = reminderPlan({
      ...base,
      meetings: [{ id: 'm1', startsAt: at('2026-04-02T07:00:00Z'), cancelled: false }],
      checkpoints: [{ id: 'cp1', kind: CheckpointKind.ONE_YEAR, dueDate: '2027-03-01' }],
    });
    expect(ofKind(moved, K.MEETING_UPCOMING).map((p) => [p.key, p.dueAt])).toEqual([
      ['meeting:m1:7d', '2026-03-26T08:00:00.000Z'],
      ['meeting:m1:1d', '2026-04-01T07:00:00.000Z'],
    ]);
    expect(ofKind(moved, K.FOLLOW_UP_DUE).find((p) => p.key === 'checkpoint:cp1:B:due-30')?.dueAt).toBe('2027-01-30T07:00:00.000Z');
    expect(ofKind(moved, K.FOLLOW_UP_OVERDUE).map((p) => p.key)).toEqual([
      'checkpoint:cp1:M:overdue:2027-03-01',
      'checkpoint:cp1:B:overdue:2027-03-01',
    ]);
  });

  it('asks again when changes are requested, not once the report is approved or submitted', () => {
    const statuses = (status: R) =>
      reminderPlan({
        ...base,
        reports: [{ id: 'rB', checkpointId: 'cp1', organizationId: 'B', status, submittedAt: status === R.DRAFT ? null : submittedAt }],
      })
        .filter((p) => p.organizationId === 'B' && p.subjectId !== 'i2' && (p.subjectId === 'cp1' || p.subjectId === 'rB'))
        .map((p) => p.kind);
    expect(statuses(R.CHANGES_REQUESTED)).toEqual([K.FOLLOW_UP_DUE, K.FOLLOW_UP_DUE, K.FOLLOW_UP_DUE, K.FOLLOW_UP_OVERDUE]);
    expect(statuses(R.SUBMITTED)).toEqual([K.REVIEW_PENDING]);
    expect(statuses(R.APPROVED)).toEqual([]);
  });

  it('starts a new review series with each submission', () => {
    const resubmitted = at('2027-02-20T09:00:00Z');
    const again = reminderPlan({
      ...base,
      reports: [{ id: 'rA', checkpointId: 'cp1', organizationId: 'A', status: R.SUBMITTED, submittedAt: resubmitted }],
    });
    expect(ofKind(again, K.REVIEW_PENDING).map((p) => [p.key, p.dueAt])).toEqual([
      [`report:rA:review:${resubmitted.getTime()}`, '2027-02-23T09:00:00.000Z'],
    ]);
  });

  it('leaves a withdrawn organisation out entirely', () => {
    const withoutB = reminderPlan({ ...base, members: base.members.filter((m) => m.organizationId !== 'B') });
    expect(withoutB.filter((p) => p.organizationId === 'B')).toEqual([]);
    // The meetings are still reminded (to whoever is a member when they go out).
    expect(ofKind(withoutB, K.MEETING_UPCOMING)).toHaveLength(2);
  });

  it('plans meetings and reports for a PLANNED cohort too, and nothing for one that ended', () => {
    expect(reminderPlan({ ...base, cohort: { ...base.cohort, status: CohortStatus.PLANNED } })).toHaveLength(plan.length);
    expect(reminderPlan({ ...base, cohort: { ...base.cohort, status: CohortStatus.FOLLOW_UP } })).toHaveLength(plan.length);
    expect(reminderPlan({ ...base, cohort: { ...base.cohort, status: CohortStatus.CONCLUDED } })).toEqual([]);
    expect(reminderPlan({ ...base, cohort: { ...base.cohort, status: CohortStatus.CANCELLED } })).toEqual([]);
  });

  it('keeps the due times of a series and of single reminders apart from 24-hour arithmetic', () => {
    // The overdue series of cp2 (first 22 August 2026, 08:00 CEST): its 10th occurrence is 24 October
    // (still summer), its 11th 31 October (winter).
    const series = ofKind(plan, K.FOLLOW_UP_OVERDUE).find((p) => p.key === 'checkpoint:cp2:A:overdue:2026-08-15');
    const first = new Date(series?.dueAt ?? '');
    expect(occurrenceDueAt(first, 7, 10)).toEqual(at('2026-10-24T06:00:00Z'));
    expect(occurrenceDueAt(first, 7, 11)).toEqual(at('2026-10-31T07:00:00Z'));
    expect(occurrenceDueAt(first, 7, 11).getTime() - first.getTime()).toBe(70 * DAY + 3600_000);
  });
});
