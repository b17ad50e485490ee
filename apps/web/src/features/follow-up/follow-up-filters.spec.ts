import { describe, expect, it } from 'vitest';
import { followUpRow } from './follow-up-test-data';
import { cohortsOf, EMPTY_FOLLOW_UP_FILTERS, filterFollowUpRows, followUpFiltersToParams, parseFollowUpFilters } from './follow-up-filters';

const rows = [
  followUpRow('0136', 'Haninge kommun', { status: 'DRAFT', daysOverdue: 12, dueDate: '2027-03-02' }),
  followUpRow('2083', 'Hedemora kommun', { status: 'APPROVED', dueDate: '2027-03-02' }),
  followUpRow('0126', 'Huddinge kommun', { daysOverdue: 30, dueDate: '2026-09-01' }),
  followUpRow('0180', 'Stockholms stad', { status: 'CHANGES_REQUESTED', daysOverdue: 1, dueDate: '2027-03-02' }),
];
const names = (kept: typeof rows) => kept.map((row) => row.organization.name);

describe('follow-up filters', () => {
  it('reads and writes the URL, ignoring what it does not know', () => {
    const filters = parseFollowUpFilters(
      new URLSearchParams('status=NOT_STARTED&cohort=20000000-0000-4000-8000-000000000001&overdue=1&sort=overdue'),
    );
    expect(filters).toEqual({ status: 'NOT_STARTED', cohort: '20000000-0000-4000-8000-000000000001', overdueOnly: true, sort: 'overdue' });
    expect(followUpFiltersToParams(filters).toString()).toBe(
      'status=NOT_STARTED&cohort=20000000-0000-4000-8000-000000000001&overdue=1&sort=overdue',
    );
    expect(parseFollowUpFilters(new URLSearchParams('status=LOST&cohort=<x>&overdue=yes&sort=random'))).toEqual(EMPTY_FOLLOW_UP_FILTERS);
    expect(followUpFiltersToParams(EMPTY_FOLLOW_UP_FILTERS).toString()).toBe('');
  });

  it('keeps a status, "Inte påbörjad" (no report yet) and the overdue ones', () => {
    expect(names(filterFollowUpRows(rows, { ...EMPTY_FOLLOW_UP_FILTERS, status: 'NOT_STARTED' }))).toEqual(['Huddinge kommun']);
    expect(names(filterFollowUpRows(rows, { ...EMPTY_FOLLOW_UP_FILTERS, status: 'APPROVED' }))).toEqual(['Hedemora kommun']);
    expect(names(filterFollowUpRows(rows, { ...EMPTY_FOLLOW_UP_FILTERS, overdueOnly: true }))).toEqual([
      'Huddinge kommun',
      'Haninge kommun',
      'Stockholms stad',
    ]);
  });

  it('sorts by due date, by days overdue (most first, the rest last) or by organisation', () => {
    expect(names(filterFollowUpRows(rows, EMPTY_FOLLOW_UP_FILTERS))).toEqual([
      'Huddinge kommun',
      'Haninge kommun',
      'Hedemora kommun',
      'Stockholms stad',
    ]);
    expect(names(filterFollowUpRows(rows, { ...EMPTY_FOLLOW_UP_FILTERS, sort: 'overdue' }))).toEqual([
      'Huddinge kommun',
      'Haninge kommun',
      'Stockholms stad',
      'Hedemora kommun',
    ]);
    expect(names(filterFollowUpRows(rows, { ...EMPTY_FOLLOW_UP_FILTERS, sort: 'organization' }))).toEqual([
      'Haninge kommun',
      'Hedemora kommun',
      'Huddinge kommun',
      'Stockholms stad',
    ]);
  });

  it('offers each cohort once, by name', () => {
    expect(cohortsOf(rows)).toEqual([{ id: '20000000-0000-4000-8000-000000000001', name: 'Modellkommuner 2026 – Dalarna och Stockholm' }]);
  });
});
