import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { auditChanges } from './audit-changes';

const sv = createI18n({ language: 'sv' }).t;
const en = createI18n({ language: 'en' }).t;

describe('auditChanges', () => {
  it('lists only the fields that changed, old → new, with statuses and dates in words', () => {
    const lines = auditChanges(
      {
        entity: 'Cohort',
        before: JSON.stringify({
          id: 'c-1',
          name: 'Dalarna',
          status: 'PLANNED',
          followUpDueDate: '2027-03-01',
          version: 3,
          processLeaderId: 'u-1',
        }),
        after: JSON.stringify({
          id: 'c-1',
          name: 'Dalarna 2026',
          status: 'ACTIVE',
          followUpDueDate: '2027-03-01',
          version: 4,
          processLeaderId: 'u-1',
        }),
      },
      sv,
      'sv',
    );
    expect(lines).toEqual([
      { field: 'name', label: 'Namn', before: { text: 'Dalarna', swedish: true }, after: { text: 'Dalarna 2026', swedish: true } },
      { field: 'status', label: 'Status', before: { text: 'Planerad', swedish: false }, after: { text: 'Pågående', swedish: false } },
    ]);
  });

  it('lists what a creation set, in the interface’s language, leaving out ids and empty fields', () => {
    const lines = auditChanges(
      {
        entity: 'Invitation',
        before: null,
        after: JSON.stringify({
          id: 'i-1',
          email: 'ny@ale.example.se',
          role: 'MEMBER',
          organizationId: 'o-1',
          organizationCode: '1440',
          acceptedAt: null,
          sendCount: 1,
          expiresAt: '2026-12-06T13:05:09.000Z',
        }),
      },
      en,
      'en',
    );
    expect(lines.map((line) => [line.label, line.after?.text])).toEqual([
      ['E-mail address', 'ny@ale.example.se'],
      ['Role', 'Member'],
      ['Organisation', '1440'],
      ['Times sent', '1'],
      ['Valid until', '06/12/2026, 14:05:09'],
    ]);
    expect(lines.every((line) => line.before === null)).toBe(true);
  });

  it('shows a field it has no label for by its name, and yes/no and lists in words', () => {
    const lines = auditChanges(
      {
        entity: 'Organization',
        before: JSON.stringify({ mentorEligible: false, newThing: 'a' }),
        after: JSON.stringify({ mentorEligible: true, newThing: 'b' }),
      },
      sv,
      'sv',
    );
    expect(lines.map((line) => [line.label, line.before?.text, line.after?.text])).toEqual([
      ['Kan vara mentor', 'Nej', 'Ja'],
      ['newThing', 'a', 'b'],
    ]);
    const example = auditChanges(
      { entity: 'LearningExample', before: JSON.stringify({ subjects: ['Jämställdhet'] }), after: JSON.stringify({ subjects: [] }) },
      sv,
      'sv',
    );
    expect(example[0]).toMatchObject({ label: 'Ämne', before: { text: 'Jämställdhet', swedish: true }, after: { text: '–' } });
  });

  it('has nothing to show for snapshots that are not objects', () => {
    expect(auditChanges({ entity: 'User', before: 'not json', after: null }, sv, 'sv')).toEqual([]);
  });
  it('tells a follow-up report’s change: its summary, its status in words and the assessments without the goals’ ids', () => {
    const lines = auditChanges(
      {
        entity: 'FollowUpReport',
        before: JSON.stringify({ id: 'r-1', status: 'DRAFT', summary: 'Utkast', checkpointId: 'c-1', submittedAt: null }),
        after: JSON.stringify({
          id: 'r-1',
          status: 'SUBMITTED',
          summary: 'Klar',
          checkpointId: 'c-1',
          submittedAt: '2027-02-20T10:00:00.000Z',
          goalAssessments: [{ goalId: 'g-1', status: 'PARTLY_ACHIEVED', comment: 'Nästan' }],
        }),
      },
      sv,
      'sv',
    );
    expect(lines.map((line) => [line.label, line.after?.text])).toEqual([
      ['Status', 'Inlämnad'],
      ['Sammanfattning', 'Klar'],
      ['Inlämnad', '2027-02-20 11:00:00'],
      ['Målbedömningar', 'Delvis uppnått: Nästan'],
    ]);
  });

  it('tells a checkpoint added to a cohort by its kind and due date', () => {
    const lines = auditChanges(
      { entity: 'Cohort', before: null, after: JSON.stringify({ id: 'c-2', cohortId: 'co-1', kind: 'MIDTERM', dueDate: '2026-09-01' }) },
      en,
      'en',
    );
    expect(lines.map((line) => [line.label, line.after?.text])).toEqual([
      ['Kind', 'Midterm follow-up'],
      ['Due date', '1 September 2026'],
    ]);
  });
});
