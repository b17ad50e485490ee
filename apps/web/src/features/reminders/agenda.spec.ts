import { describe, expect, it } from 'vitest';
import { AGENDA_LIMITS, nextMeetings, reportsDue, reviewsWaiting, type AgendaCohort, type AgendaReport } from './agenda';

const NOW = new Date('2026-12-02T09:00:00.000Z');
const member = { id: 'u-1', role: 'MEMBER' as const, organization: { code: '0136' } };
const mentor = { id: 'u-2', role: 'MEMBER' as const, organization: { code: '2083' } };
const leader = { id: 'u-pl', role: 'PROCESS_LEADER' as const, organization: { code: 'SKR' } };

function cohort(id: string, meetings: { id: string; startsAt: string; cancelledAt?: string | null }[], extra: Partial<AgendaCohort> = {}): AgendaCohort {
  return {
    id,
    name: `Omgång ${id}`,
    status: 'ACTIVE',
    processLeader: { id: 'u-pl' },
    meetings: meetings.map((meeting) => ({ title: `Möte ${meeting.id}`, cancelledAt: null, ...meeting })),
    ...extra,
  };
}

function row(code: string, extra: Partial<AgendaReport> = {}): AgendaReport {
  return {
    dueDate: '2026-12-20',
    daysOverdue: null,
    status: null,
    role: 'MENTEE',
    checkpoint: { id: `c-${code}`, kind: 'ONE_YEAR' },
    cohort: { id: 'k-1', name: 'Omgång k-1' },
    organization: { id: `o-${code}`, code, name: `Kommun ${code}` },
    ...extra,
  };
}

describe('nextMeetings', () => {
  it('lists the coming meetings of running cohorts, soonest first, without cancelled or past ones', () => {
    const cohorts = [
      cohort('a', [
        { id: 'past', startsAt: '2026-12-01T09:00:00.000Z' },
        { id: 'later', startsAt: '2027-02-01T09:00:00.000Z' },
        { id: 'cancelled', startsAt: '2026-12-10T09:00:00.000Z', cancelledAt: '2026-11-30T09:00:00.000Z' },
      ]),
      cohort('b', [{ id: 'soon', startsAt: '2026-12-03T09:00:00.000Z' }]),
      cohort('c', [{ id: 'ended', startsAt: '2026-12-04T09:00:00.000Z' }], { status: 'CONCLUDED' }),
    ];
    expect(nextMeetings(cohorts, member, NOW).map((meeting) => [meeting.id, meeting.cohort.name])).toEqual([
      ['soon', 'Omgång b'],
      ['later', 'Omgång a'],
    ]);
  });

  it('gives a process leader the cohorts they lead only, and at most a few', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ id: `m${i}`, startsAt: `2027-01-0${i + 1}T09:00:00.000Z` }));
    const cohorts = [cohort('mine', many), cohort('other', [{ id: 'x', startsAt: '2026-12-05T09:00:00.000Z' }], { processLeader: { id: 'u-other' } })];
    const meetings = nextMeetings(cohorts, leader, NOW);
    expect(meetings).toHaveLength(AGENDA_LIMITS.meetings);
    expect(meetings.every((meeting) => meeting.cohort.id === 'mine')).toBe(true);
  });
});

describe('reportsDue', () => {
  it('lists the own organisation’s reports not handed in that are overdue or due within 30 days, the most overdue first', () => {
    const rows = [
      row('0136', { dueDate: '2026-12-20', status: 'DRAFT' }),
      row('0136', { dueDate: '2026-11-01', daysOverdue: 31, status: 'CHANGES_REQUESTED', checkpoint: { id: 'c-mid', kind: 'MIDTERM' } }),
      row('0136', { dueDate: '2027-01-01', checkpoint: { id: 'c-31', kind: 'ONE_YEAR' } }),
      row('0136', { dueDate: '2027-01-02', checkpoint: { id: 'c-far', kind: 'ONE_YEAR' } }),
      row('0136', { dueDate: '2026-12-10', status: 'SUBMITTED', checkpoint: { id: 'c-sub', kind: 'ONE_YEAR' } }),
      row('0126', { dueDate: '2026-12-10' }),
    ];
    expect(reportsDue(rows, member, NOW).map((report) => report.checkpoint.id)).toEqual(['c-mid', 'c-0136', 'c-31']);
  });
});

describe('reviewsWaiting', () => {
  const rows = [
    row('0136', { status: 'SUBMITTED' }),
    row('0126', { status: 'DRAFT' }),
    row('2083', { status: 'SUBMITTED', role: 'MENTOR' }),
  ];

  it('gives a mentor its mentees’ submitted reports, not its own', () => {
    expect(reviewsWaiting(rows, mentor).map((report) => report.organization.code)).toEqual(['0136']);
  });

  it('gives a process leader the mentors’ submitted reports', () => {
    expect(reviewsWaiting(rows, leader).map((report) => report.organization.code)).toEqual(['2083']);
  });

  it('gives a mentee nothing to review (its own report is not its to review)', () => {
    expect(reviewsWaiting([row('0136', { status: 'SUBMITTED' })], member)).toEqual([]);
  });
});
