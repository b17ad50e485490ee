import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { cohort, haningeMember, member } from '../../test/cohort-fixtures';
import { hedemoraMember, processLeader } from '../../test/render';
import { cohortFiltersToParams, cohortFiltersToVariables, parseCohortFilters } from './cohort-filters';
import { cohortEditable, cohortStatusLabel, COHORT_STATUSES, membershipOpen, transitionNeedsReason } from './cohort-status';
import { cohortPermissions, nextMeeting, orderMembers, sortMeetings } from './cohort-view';

const sv = createI18n({ language: 'sv' }).t;
const en = createI18n({ language: 'en' }).t;

describe('status labels', () => {
  it('are Swedish first', () => {
    expect(COHORT_STATUSES.map((status) => cohortStatusLabel(status, sv))).toEqual(['Planerad', 'Pågående', 'Uppföljning', 'Avslutad', 'Avbruten']);
  });

  it('have English translations', () => {
    expect(COHORT_STATUSES.map((status) => cohortStatusLabel(status, en))).toEqual(['Planned', 'Active', 'Follow-up', 'Concluded', 'Cancelled']);
  });

  it('know which transitions need a reason and what can still change', () => {
    expect(COHORT_STATUSES.filter((s) => transitionNeedsReason(s))).toEqual(['CONCLUDED', 'CANCELLED']);
    expect(COHORT_STATUSES.filter(membershipOpen)).toEqual(['PLANNED', 'ACTIVE']);
    expect(COHORT_STATUSES.filter(cohortEditable)).toEqual(['PLANNED', 'ACTIVE', 'FOLLOW_UP']);
  });
});

describe('cohort filters in the URL', () => {
  it('reads programme and status, ignoring nonsense', () => {
    expect(parseCohortFilters(new URLSearchParams('program=10000000-0000-4000-8000-000000000001&status=ACTIVE'))).toEqual({
      program: '10000000-0000-4000-8000-000000000001',
      status: 'ACTIVE',
    });
    expect(parseCohortFilters(new URLSearchParams('program=<script>&status=DONE'))).toEqual({ program: '', status: '' });
  });

  it('writes only what is set, and becomes the query variables', () => {
    expect(cohortFiltersToParams({ program: '', status: 'FOLLOW_UP' }).toString()).toBe('status=FOLLOW_UP');
    expect(cohortFiltersToVariables({ program: 'abc', status: '' })).toEqual({ programmeId: 'abc' });
    expect(cohortFiltersToVariables({ program: '', status: '' })).toEqual({});
  });
});

describe('members and meetings', () => {
  it('puts the mentor first, then mentees by name, then those who left', () => {
    const members = [
      member('0126', 'Huddinge kommun', 'MENTEE', { withdrawnAt: '2026-05-01T10:00:00Z' }),
      member('0136', 'Haninge kommun', 'MENTEE'),
      member('0192', 'Nynäshamns kommun', 'MENTEE'),
      member('2083', 'Hedemora kommun', 'MENTOR'),
    ];
    expect(orderMembers(members).map((m) => m.organization.code)).toEqual(['2083', '0136', '0192', '0126']);
  });

  it('sorts meetings by time and finds the next one that is not cancelled', () => {
    const meetings = [
      { id: 'c', startsAt: '2026-06-01T08:00:00Z', cancelledAt: null },
      { id: 'a', startsAt: '2026-01-01T08:00:00Z', cancelledAt: null },
      { id: 'b', startsAt: '2026-04-01T08:00:00Z', cancelledAt: '2026-03-01T08:00:00Z' },
    ];
    expect(sortMeetings(meetings).map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(nextMeeting(meetings, new Date('2026-02-01T00:00:00Z'))?.id).toBe('c');
    expect(nextMeeting(meetings, new Date('2026-07-01T00:00:00Z'))).toBeUndefined();
  });
});

describe('cohortPermissions', () => {
  const members = cohort().members;

  it('lets a process leader do everything', () => {
    const can = cohortPermissions(processLeader, members);
    expect(can.processLeader).toBe(true);
    expect(can.mayManageMeeting('STARTUP')).toBe(true);
    expect(can.mayEditWorkingGroup('0126')).toBe(true);
  });

  it('lets the mentor plan exchanges only, and edit its own working group', () => {
    const can = cohortPermissions(hedemoraMember, members);
    expect(can.mentor).toBe(true);
    expect(can.mayManageMeeting('EXCHANGE')).toBe(true);
    expect(can.mayManageMeeting('STARTUP')).toBe(false);
    expect(can.mayEditWorkingGroup('2083')).toBe(true);
    expect(can.mayEditWorkingGroup('0136')).toBe(false);
  });

  it('lets a mentee edit its own working group and nothing else', () => {
    const can = cohortPermissions(haningeMember, members);
    expect(can.processLeader || can.mentor).toBe(false);
    expect(can.mayManageMeeting('EXCHANGE')).toBe(false);
    expect(can.mayEditWorkingGroup('0136')).toBe(true);
    expect(can.mayEditWorkingGroup('0126')).toBe(false);
  });

  it('gives an organisation that left nothing', () => {
    const withdrawn = members.map((m) => (m.organization.code === '0136' ? { ...m, withdrawnAt: '2026-05-01T10:00:00Z' } : m));
    const can = cohortPermissions(haningeMember, withdrawn);
    expect(can.ownOrganizationCode).toBeNull();
    expect(can.mayEditWorkingGroup('0136')).toBe(false);
  });

  it('takes the mentor’s rights away when the mentor has left', () => {
    const withdrawn = members.map((m) => (m.organization.code === '2083' ? { ...m, withdrawnAt: '2026-05-01T10:00:00Z' } : m));
    const can = cohortPermissions(hedemoraMember, withdrawn);
    expect(can.mentor).toBe(false);
    expect(can.mayManageMeeting('EXCHANGE')).toBe(false);
    expect(can.mayEditWorkingGroup('2083')).toBe(false);
  });
});
