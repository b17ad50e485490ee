import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { haningeMember } from '../../test/cohort-fixtures';
import { hedemoraMember, processLeader } from '../../test/render';
import { report, reportCheckpoint, snapshot } from './follow-up-test-data';
import {
  contentOf,
  formFromReport,
  fromDraft,
  indicatorTableRows,
  reportGoals,
  reportPermissions,
  saveProblems,
  snapshotIndicators,
  submitProblems,
  toFormError,
  toSaveInput,
} from './report-view';

const t = createI18n({ language: 'sv' }).t;
const cohort = reportCheckpoint().cohort;
const goals = reportGoals(cohort, '0136');
const goalIds = goals.map((goal) => goal.id);

describe('reportPermissions', () => {
  const permissions = (
    user: typeof processLeader,
    code: string,
    status: Parameters<typeof reportPermissions>[4],
    cohortStatus: Parameters<typeof reportPermissions>[2] = 'FOLLOW_UP',
  ) => reportPermissions(user, cohort.members, cohortStatus, code, status);

  it('lets the organisation write and submit its report while it is editable and the follow-up open', () => {
    expect(permissions(haningeMember, '0136', null)).toMatchObject({
      mayView: true,
      mayWrite: true,
      maySubmit: true,
      mayReview: false,
      reviewer: 'MENTOR',
    });
    expect(permissions(haningeMember, '0136', 'CHANGES_REQUESTED')).toMatchObject({ mayWrite: true, maySubmit: true });
    expect(permissions(haningeMember, '0136', 'SUBMITTED')).toMatchObject({ mayWrite: false, maySubmit: false, mayReview: false });
    expect(permissions(haningeMember, '0136', 'DRAFT', 'CONCLUDED')).toMatchObject({ mayWrite: false });
  });

  it('gives the review to the mentor for a mentee, to process leaders for the mentor', () => {
    expect(permissions(hedemoraMember, '0136', 'SUBMITTED')).toMatchObject({ mayView: true, mayWrite: false, mayReview: true });
    expect(permissions(processLeader, '0136', 'SUBMITTED')).toMatchObject({ mayView: true, mayReview: false });
    expect(permissions(processLeader, '2083', 'SUBMITTED')).toMatchObject({ mayReview: true, reviewer: 'PROCESS_LEADER' });
    expect(permissions(hedemoraMember, '2083', 'SUBMITTED')).toMatchObject({ mayWrite: false, mayReview: false });
  });

  it('hides a mentee’s report from the other mentees, and offers the example draft only when approved', () => {
    expect(permissions(haningeMember, '0126', 'DRAFT').mayView).toBe(false);
    expect(permissions(haningeMember, '0136', 'APPROVED').mayDraftExample).toBe(true);
    expect(permissions(processLeader, '0136', 'APPROVED').mayDraftExample).toBe(true);
    expect(permissions(hedemoraMember, '0136', 'APPROVED').mayDraftExample).toBe(false);
    expect(permissions(haningeMember, '0136', 'SUBMITTED').mayDraftExample).toBe(false);
  });
});

describe('the report form', () => {
  it('covers the shared goal and the organisation’s own, shared first', () => {
    expect(goalIds).toEqual(['g-1', 'g-2']);
  });

  it('sends every text (blank: null) and the assessments chosen, in the goals’ order', () => {
    const values = formFromReport(report({ challenges: '  ' }), goalIds);
    values.assessments['g-2'] = { status: 'ONGOING', comment: '' };
    expect(toSaveInput(values, goalIds, { checkpointId: 'cp', organizationCode: '0136', version: 3 })).toEqual({
      checkpointId: 'cp',
      organizationCode: '0136',
      version: 3,
      summary: 'Hemtjänsten har kartlagt insatserna per kön.',
      whatWorked: 'Könsuppdelad statistik i varje nämnd.',
      challenges: null,
      nextSteps: null,
      goalAssessments: [
        { goalId: 'g-1', status: 'PARTLY_ACHIEVED', comment: 'Kvinnorna är fortfarande mindre nöjda.' },
        { goalId: 'g-2', status: 'ONGOING', comment: null },
      ],
    });
  });

  it('asks for an assessment before a comment is saved, and says what submitting still needs (submissionGaps)', () => {
    const values = formFromReport(null, goalIds);
    values.assessments['g-2'] = { status: '', comment: 'Vi har börjat.' };
    expect(saveProblems(values, goals, t)).toEqual([
      { field: 'goalAssessments.g-2', message: 'Välj en bedömning av målet Fler kvinnor i ledningen, annars sparas inte kommentaren.' },
    ]);
    expect(submitProblems(values, goals, t).map((problem) => problem.field)).toEqual([
      'summary',
      'goalAssessments.g-1',
      'goalAssessments.g-2',
    ]);
  });

  it('restores a draft over what is saved, leaving out what does not fit', () => {
    const saved = formFromReport(report(), goalIds);
    const restored = fromDraft(
      {
        values: {
          summary: 'Nytt',
          whatWorked: 7,
          assessments: { 'g-2': { status: 'ACHIEVED', comment: 'Klart' }, 'g-9': { status: 'ACHIEVED' } },
        },
        version: 3,
      },
      saved,
    );
    expect(restored.summary).toBe('Nytt');
    expect(restored.whatWorked).toBe(saved.whatWorked);
    expect(restored.assessments).toEqual({ 'g-1': saved.assessments['g-1'], 'g-2': { status: 'ACHIEVED', comment: 'Klart' } });
    expect(contentOf(restored)).not.toBe(contentOf(saved));
    expect(contentOf(fromDraft(null, saved))).toBe(contentOf(saved));
  });

  it('moves the API’s numbered assessment fields to their goals', () => {
    const error = {
      code: 'BAD_USER_INPUT' as const,
      message: 'x',
      fields: [
        { field: 'goalAssessments.1.comment', message: 'För lång.' },
        { field: 'summary', message: 'y' },
      ],
    };
    expect(toFormError(error, ['g-1', 'g-2']).fields.map((problem) => problem.field)).toEqual(['goalAssessments.g-2.comment', 'summary']);
  });
});

describe('the indicator tables', () => {
  it('has a row per period with the gap between women and men, then the targets; a missing value stays null', () => {
    const [indicator] = snapshotIndicators(snapshot());
    expect(indicatorTableRows(indicator)).toEqual([
      { key: 'period-2022', kind: 'period', label: '2022', WOMEN: 78, MEN: 81.4, TOTAL: null, gap: -3.4 },
      { key: 'period-2023', kind: 'period', label: '2023', WOMEN: 80, MEN: 82, TOTAL: null, gap: -2 },
      { key: 'target-2026', kind: 'target', label: '2026', WOMEN: 85, MEN: null, TOTAL: null, gap: null },
    ]);
  });

  it('tells the snapshot’s change with the shared indicatorResultLine', () => {
    const [indicator] = snapshotIndicators(snapshot());
    expect(indicator.resultLine).toBe(
      'Andel nöjda brukare: Kvinnor 78 % (2022) → 80 % (2023); Män 81,4 % (2022) → 82 % (2023); skillnaden mellan kvinnor och män har minskat med 1,4 procentenheter; på väg.',
    );
  });
});
