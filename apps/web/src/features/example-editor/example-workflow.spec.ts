import { describe, expect, it } from 'vitest';
import { allowedExampleActions, editAccess, followsWorkflow, type ExampleAction, type WorkflowViewer } from './example-workflow';
import type { ExampleStatus } from '../examples/example-view-data';

const leader: WorkflowViewer = { role: 'PROCESS_LEADER', organization: { code: 'SKR' } };
const author: WorkflowViewer = { role: 'MEMBER', organization: { code: '2083' } };
const coAuthor: WorkflowViewer = { role: 'MEMBER', organization: { code: '0126' } };
const outsider: WorkflowViewer = { role: 'MEMBER', organization: { code: '0136' } };
const example = (status: ExampleStatus) => ({ status, organizations: [{ code: '2083' }, { code: '0126' }] });

describe('allowedExampleActions', () => {
  const table: Array<[string, WorkflowViewer | null, ExampleStatus, ExampleAction[]]> = [
    ['process leader', leader, 'DRAFT', ['edit', 'submit', 'publish']],
    ['process leader', leader, 'IN_REVIEW', ['edit', 'publish', 'return']],
    ['process leader', leader, 'PUBLISHED', ['edit', 'return', 'archive']],
    ['process leader', leader, 'ARCHIVED', ['edit']],
    ['author', author, 'DRAFT', ['edit', 'submit']],
    ['author', author, 'IN_REVIEW', []],
    ['author', author, 'PUBLISHED', []],
    ['author', author, 'ARCHIVED', []],
    ['co-author', coAuthor, 'DRAFT', ['edit', 'submit']],
    ['co-author', coAuthor, 'IN_REVIEW', []],
    ['outsider', outsider, 'DRAFT', []],
    ['outsider', outsider, 'IN_REVIEW', []],
    ['outsider', outsider, 'PUBLISHED', []],
    ['outsider', outsider, 'ARCHIVED', []],
    ['anonymous', null, 'DRAFT', []],
    ['anonymous', null, 'PUBLISHED', []],
  ];
  it.each(table)('%s, %s → %j', (_who, viewer, status, expected) => {
    expect(allowedExampleActions(viewer, example(status))).toEqual(expected);
  });
});

describe('who follows the workflow', () => {
  it('is process leaders and the authors, never the public or outsiders', () => {
    expect(followsWorkflow(leader, example('PUBLISHED'))).toBe(true);
    expect(followsWorkflow(coAuthor, example('ARCHIVED'))).toBe(true);
    expect(followsWorkflow(outsider, example('PUBLISHED'))).toBe(false);
    expect(followsWorkflow(null, example('PUBLISHED'))).toBe(false);
  });

  it('tells the editor why a member may not edit', () => {
    expect(editAccess(author, example('DRAFT'))).toBe('edit');
    expect(editAccess(author, example('IN_REVIEW'))).toBe('locked');
    expect(editAccess(author, example('PUBLISHED'))).toBe('locked');
    expect(editAccess(outsider, example('PUBLISHED'))).toBe('notAuthor');
    expect(editAccess(leader, example('ARCHIVED'))).toBe('edit');
  });
});
