import { describe, expect, it } from 'vitest';
// The list the web app keeps must be the reference data's (libs/reference-data, from SCB), not a list of its own.
import countiesCsv from '../../../../../libs/reference-data/src/data/counties.csv?raw';
import { COUNTIES, countyName, isCountyCode } from './counties';
import {
  hasFilters,
  organizationFiltersToParams,
  organizationFiltersToVariables,
  parseOrganizationFilters,
} from './organization-filters';

describe('organisation filters in the URL', () => {
  it('reads a shared search', () => {
    expect(parseOrganizationFilters(new URLSearchParams('q=hed&lan=20&kind=MUNICIPALITY'))).toEqual({
      q: 'hed',
      lan: '20',
      kind: 'MUNICIPALITY',
    });
  });

  it('ignores values that are not a län or a kind', () => {
    expect(parseOrganizationFilters(new URLSearchParams('lan=99&kind=TOWN'))).toEqual({ q: '', lan: '', kind: '' });
  });

  it('writes only what is set, trimmed, in a fixed order', () => {
    expect(organizationFiltersToParams({ kind: 'REGION', lan: '', q: '  skåne ' }).toString()).toBe('q=sk%C3%A5ne&kind=REGION');
    expect(organizationFiltersToParams({ q: '', lan: '', kind: '' }).toString()).toBe('');
  });

  it('round-trips', () => {
    const filters = { q: 'Hedemora', lan: '20', kind: 'MUNICIPALITY' as const };
    expect(parseOrganizationFilters(organizationFiltersToParams(filters))).toEqual(filters);
  });

  it('becomes the variables of the organizations query', () => {
    expect(organizationFiltersToVariables({ q: ' hed ', lan: '20', kind: 'MUNICIPALITY' })).toEqual({
      search: 'hed',
      countyCode: '20',
      kind: 'MUNICIPALITY',
    });
    expect(organizationFiltersToVariables({ q: ' ', lan: '', kind: '' })).toEqual({});
  });

  it('knows when anything is filtered', () => {
    expect(hasFilters({ q: ' ', lan: '', kind: '' })).toBe(false);
    expect(hasFilters({ q: '', lan: '01', kind: '' })).toBe(true);
  });
});

describe('counties', () => {
  it('are the län of the reference data, with their SCB codes and names', () => {
    const rows = countiesCsv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    expect(COUNTIES).toEqual(rows.map(([code, name]) => ({ code, name })));
  });

  it('names a län by its code, and knows no other codes', () => {
    expect(countyName('20')).toBe('Dalarnas län');
    expect(countyName('02')).toBeUndefined();
    expect(countyName(null)).toBeUndefined();
    expect(isCountyCode('01')).toBe(true);
    expect(isCountyCode('1')).toBe(false);
  });
});
