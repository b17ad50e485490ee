import { describe, expect, it } from 'vitest';
import { auditFiltersToParams, auditFiltersToVariables, parseAuditFilters, prettyJson } from './audit-filters';

describe('audit filters', () => {
  it('round-trips through the URL', () => {
    const filters = { entity: 'Invitation', entityId: 'abc', actorId: '' };
    expect(auditFiltersToParams(filters).toString()).toBe('entity=Invitation&entityId=abc');
    expect(parseAuditFilters(auditFiltersToParams(filters))).toEqual(filters);
  });

  it('sends only the filters that are set', () => {
    expect(auditFiltersToVariables({ entity: ' User ', entityId: '', actorId: '' })).toEqual({ entity: 'User' });
  });
});

describe('prettyJson', () => {
  it('indents JSON and leaves other text alone', () => {
    expect(prettyJson('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyJson('not json')).toBe('not json');
  });
});
