import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { auditSentence, KNOWN_ACTIONS, sentenceText, type SentenceEntry } from './audit-sentence';

const sv = createI18n({ language: 'sv' }).t;
const en = createI18n({ language: 'en' }).t;

const karin = { id: 'u-karin', name: 'Karin Lindqvist' };

function entry(overrides: Partial<SentenceEntry>): SentenceEntry {
  return {
    action: 'cohort.create',
    entity: 'Cohort',
    entityId: 'c-1',
    after: null,
    subject: 'Dalarna 2026',
    subjectContext: null,
    subjectPath: '/cohorts/c-1',
    actor: karin,
    ...overrides,
  };
}

describe('auditSentence', () => {
  it('tells a working group change with the organisation and the cohort, linking the cohort', () => {
    const parts = auditSentence(
      entry({
        action: 'cohort.set_working_group',
        entity: 'CohortMember',
        entityId: 'm-1',
        subject: 'Hedemora kommun',
        subjectContext: 'Dalarna 2026',
        subjectPath: '/cohorts/c-1',
      }),
      sv,
    );
    expect(sentenceText(parts)).toBe('Karin Lindqvist ändrade arbetsgruppen för Hedemora kommun i omgången ”Dalarna 2026”');
    expect(parts).toContainEqual({ kind: 'name', role: 'context', text: 'Dalarna 2026', link: '/cohorts/c-1', swedish: true });
    expect(parts).toContainEqual({ kind: 'name', role: 'subject', text: 'Hedemora kommun', link: null, swedish: false });
  });

  it('tells a published example in both languages, its title linked and marked Swedish', () => {
    const published = entry({
      action: 'example.publish',
      entity: 'LearningExample',
      subject: 'Jämställd budget',
      subjectPath: '/examples/jamstalld-budget',
      actor: { id: 'u-pl', name: 'Processledare SKR' },
    });
    expect(sentenceText(auditSentence(published, sv))).toBe('Processledare SKR publicerade exemplet ”Jämställd budget”');
    expect(sentenceText(auditSentence(published, en))).toBe('Processledare SKR published the example “Jämställd budget”');
    expect(auditSentence(published, en)).toContainEqual({
      kind: 'name',
      role: 'subject',
      text: 'Jämställd budget',
      link: '/examples/jamstalld-budget',
      swedish: true,
    });
  });

  it('tells a cohort transition by the status it led to, and the nightly job as the system', () => {
    const transition = entry({ action: 'cohort.transition', after: JSON.stringify({ status: 'FOLLOW_UP' }), actor: null });
    expect(sentenceText(auditSentence(transition, sv))).toBe('Systemet flyttade omgången ”Dalarna 2026” till uppföljning');
    expect(sentenceText(auditSentence({ ...transition, after: JSON.stringify({ status: 'CANCELLED' }), actor: karin }, en))).toBe(
      'Karin Lindqvist cancelled the cohort “Dalarna 2026”',
    );
  });

  it('names the organisation added to a cohort', () => {
    const added = entry({ action: 'cohort.add_mentee', subjectContext: 'Ale kommun' });
    expect(sentenceText(auditSentence(added, sv))).toBe('Karin Lindqvist lade till Ale kommun i omgången ”Dalarna 2026”');
  });

  it('tells an account its owner created apart from one created for someone', () => {
    const own = entry({
      action: 'user.create',
      entity: 'User',
      entityId: 'u-karin',
      subject: 'Karin Lindqvist',
      subjectContext: 'Hedemora kommun',
      subjectPath: '/organizations/2083',
    });
    expect(sentenceText(auditSentence(own, sv))).toBe('Karin Lindqvist skapade sitt konto');
    expect(sentenceText(auditSentence({ ...own, actor: null }, sv))).toBe('Systemet skapade ett konto för Karin Lindqvist');
  });

  it('names a vocabulary by its kind, in the interface’s language', () => {
    const vocabulary = entry({
      action: 'vocabulary.set',
      entity: 'Vocabulary',
      entityId: 'SUBJECT',
      subject: null,
      subjectPath: '/vocabularies',
    });
    expect(sentenceText(auditSentence(vocabulary, sv))).toBe('Karin Lindqvist ändrade ordlistan ”Ämne”');
    expect(sentenceText(auditSentence(vocabulary, en))).toBe('Karin Lindqvist changed the vocabulary “Subject”');
  });

  it('still tells an action it does not know, and an object that cannot be named', () => {
    expect(sentenceText(auditSentence(entry({ action: 'cohort.teleport' }), sv))).toBe(
      'Karin Lindqvist gjorde en ändring: cohort.teleport',
    );
    expect(sentenceText(auditSentence(entry({ subject: null, subjectPath: null }), en))).toBe(
      'Karin Lindqvist created the cohort “(unknown object)”',
    );
  });

  it('tells a follow-up report’s steps with its organisation and cohort, linking the report, a review by its decision', () => {
    const report = entry({
      action: 'report.submit',
      entity: 'FollowUpReport',
      entityId: 'r-1',
      subject: 'Haninge kommun',
      subjectContext: 'Dalarna 2026',
      subjectPath: '/checkpoints/c-1/reports/0136',
    });
    expect(sentenceText(auditSentence(report, sv))).toBe(
      'Karin Lindqvist lämnade in uppföljningsrapporten för Haninge kommun i omgången ”Dalarna 2026”',
    );
    expect(auditSentence(report, sv)).toContainEqual({
      kind: 'name',
      role: 'subject',
      text: 'Haninge kommun',
      link: '/checkpoints/c-1/reports/0136',
      swedish: false,
    });
    expect(auditSentence(report, sv)).toContainEqual({ kind: 'name', role: 'context', text: 'Dalarna 2026', link: null, swedish: true });
    const approved = { ...report, action: 'report.review', after: JSON.stringify({ status: 'APPROVED' }) };
    expect(sentenceText(auditSentence(approved, sv))).toBe(
      'Karin Lindqvist godkände uppföljningsrapporten för Haninge kommun i omgången ”Dalarna 2026”',
    );
    expect(sentenceText(auditSentence({ ...approved, after: JSON.stringify({ status: 'CHANGES_REQUESTED' }) }, en))).toBe(
      'Karin Lindqvist asked for changes to the follow-up report of Haninge kommun in the cohort “Dalarna 2026”',
    );
    expect(sentenceText(auditSentence({ ...approved, after: null }, sv))).toBe(
      'Karin Lindqvist granskade uppföljningsrapporten för Haninge kommun i omgången ”Dalarna 2026”',
    );
  });

  it("tells a process leader's message to a cohort's members", () => {
    expect(sentenceText(auditSentence(entry({ action: 'reminder.custom' }), sv))).toBe(
      'Karin Lindqvist skickade ett meddelande till medlemmar i omgången ”Dalarna 2026”',
    );
  });

  it('tells a checkpoint added, a mentee graduated and an example made from a report', () => {
    expect(sentenceText(auditSentence(entry({ action: 'checkpoint.add' }), sv))).toBe(
      'Karin Lindqvist lade till en uppföljningspunkt i omgången ”Dalarna 2026”',
    );
    const graduate = entry({
      action: 'organization.graduate',
      entity: 'Organization',
      subject: 'Haninge kommun',
      subjectPath: '/organizations/0136',
    });
    expect(sentenceText(auditSentence(graduate, sv))).toBe(
      'Karin Lindqvist gjorde Haninge kommun till möjlig mentor när omgången avslutades',
    );
    const example = entry({
      action: 'example.create_from_report',
      entity: 'LearningExample',
      subject: 'Jämställdhetsarbete i Haninge kommun',
    });
    expect(sentenceText(auditSentence(example, en))).toBe(
      'Karin Lindqvist created the example “Jämställdhetsarbete i Haninge kommun” from a follow-up report',
    );
  });

  it('has a sentence in both languages for every action the API records, with no code or placeholder left', () => {
    for (const action of KNOWN_ACTIONS) {
      for (const t of [sv, en]) {
        const text = sentenceText(auditSentence(entry({ action, subjectContext: 'Något' }), t));
        expect(text).not.toMatch(/\{\{|audit\.|_/);
        expect(text).not.toContain(action);
      }
    }
  });
});
