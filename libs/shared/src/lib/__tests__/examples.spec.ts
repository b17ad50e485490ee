import { ExampleStatus as S, UserRole } from '../enums';
import {
  allowedExampleActions,
  ExampleStep,
  exampleStepOpen,
  exampleStepTarget,
  keepsOwnOrganization,
  mayEditExample,
  mayReadExample,
  maySeeEditorComment,
  mayTakeExampleStep,
} from '../examples';
import { RuleViewer } from '../viewer';

const leader: RuleViewer = { role: UserRole.PROCESS_LEADER, organization: 'skr' };
const author: RuleViewer = { role: UserRole.MEMBER, organization: 'a' };
const other: RuleViewer = { role: UserRole.MEMBER, organization: 'b' };
const example = (status: S) => ({ status, organizations: ['a', 'c'] });

describe('reading and editing learning examples', () => {
  it('lets everyone read what is published, and only authors and process leaders the rest', () => {
    for (const status of Object.values(S)) {
      expect(mayReadExample(null, example(status))).toBe(status === S.PUBLISHED);
      expect(mayReadExample(other, example(status))).toBe(status === S.PUBLISHED);
      expect(mayReadExample(author, example(status))).toBe(true);
      expect(mayReadExample(leader, example(status))).toBe(true);
    }
  });

  it('lets authors edit drafts only, and process leaders anything', () => {
    expect(Object.values(S).filter((s) => mayEditExample(author, example(s)))).toEqual([S.DRAFT]);
    expect(Object.values(S).filter((s) => mayEditExample(leader, example(s)))).toEqual(Object.values(S));
    expect(Object.values(S).filter((s) => mayEditExample(other, example(s)))).toEqual([]);
  });

  it('shows the editor comment to authors and process leaders only', () => {
    expect([null, other, author, leader].map((v) => maySeeEditorComment(v, example(S.DRAFT)))).toEqual([false, false, true, true]);
  });

  it('requires a member to keep their own organisation among the organisations', () => {
    expect(keepsOwnOrganization(author, ['a', 'b'])).toBe(true);
    expect(keepsOwnOrganization(author, ['b'])).toBe(false);
    expect(keepsOwnOrganization(leader, ['b'])).toBe(true);
  });
});

describe('the example workflow', () => {
  it.each([
    [ExampleStep.SUBMIT, [S.DRAFT], S.IN_REVIEW],
    [ExampleStep.PUBLISH, [S.DRAFT, S.IN_REVIEW], S.PUBLISHED],
    [ExampleStep.RETURN, [S.IN_REVIEW, S.PUBLISHED], S.DRAFT],
    [ExampleStep.ARCHIVE, [S.PUBLISHED], S.ARCHIVED],
  ])('%s leads from %j to %s', (step, from, to) => {
    expect(Object.values(S).filter((s) => exampleStepOpen(s, step))).toEqual(from);
    expect(exampleStepTarget(step)).toBe(to);
  });

  it('lets authors submit only; process leaders take every step', () => {
    const steps = Object.values(ExampleStep);
    expect(steps.filter((step) => mayTakeExampleStep(author, example(S.DRAFT), step))).toEqual([ExampleStep.SUBMIT]);
    expect(steps.filter((step) => mayTakeExampleStep(other, example(S.DRAFT), step))).toEqual([]);
    expect(steps.filter((step) => mayTakeExampleStep(null, example(S.DRAFT), step))).toEqual([]);
    expect(steps.filter((step) => mayTakeExampleStep(leader, example(S.DRAFT), step))).toEqual(steps);
  });

  it('offers process leaders and authors the buttons the API allows, in order', () => {
    expect(allowedExampleActions(leader, example(S.DRAFT))).toEqual(['edit', 'submit', 'publish']);
    expect(allowedExampleActions(leader, example(S.IN_REVIEW))).toEqual(['edit', 'publish', 'return']);
    expect(allowedExampleActions(leader, example(S.PUBLISHED))).toEqual(['edit', 'return', 'archive']);
    expect(allowedExampleActions(leader, example(S.ARCHIVED))).toEqual(['edit']);
    expect(allowedExampleActions(author, example(S.DRAFT))).toEqual(['edit', 'submit']);
    expect(allowedExampleActions(author, example(S.IN_REVIEW))).toEqual([]);
    expect(allowedExampleActions(other, example(S.DRAFT))).toEqual([]);
    expect(allowedExampleActions(null, example(S.PUBLISHED))).toEqual([]);
  });
});
