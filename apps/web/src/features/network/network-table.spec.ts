import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TABLE_FILTERS,
  filterTableRows,
  nextSort,
  parseTableFilters,
  tableFiltersToParams,
  type NetworkTableFilters,
} from './network-table';
import { OVERVIEW } from './network-test-data';

const names = (filters: Partial<NetworkTableFilters>) =>
  filterTableRows(OVERVIEW.organizations, { ...DEFAULT_TABLE_FILTERS, ...filters }).map((row) => row.organization.name);

describe('the table’s filters in the URL', () => {
  it('reads a shared address, beside the programme', () => {
    expect(
      parseTableFilters(
        new URLSearchParams('programme=p&status=MENTOR&county=20&kind=MUNICIPALITY&q=%20hed%20&sort=generation&order=desc'),
      ),
    ).toEqual({
      status: 'MENTOR',
      county: '20',
      kind: 'MUNICIPALITY',
      text: 'hed',
      sort: 'generation',
      order: 'desc',
    });
  });

  it('ignores what it does not know', () => {
    expect(parseTableFilters(new URLSearchParams('status=GOLD&county=99&kind=SKR&sort=size&order=up'))).toEqual(DEFAULT_TABLE_FILTERS);
  });

  it('writes only what differs from the defaults, in a fixed order, and keeps the programme', () => {
    const params = tableFiltersToParams(
      { ...DEFAULT_TABLE_FILTERS, text: ' falu ', county: '20', order: 'desc' },
      new URLSearchParams('programme=p&status=MENTOR'),
    );
    expect(params.toString()).toBe('programme=p&county=20&q=falu&order=desc');
    expect(tableFiltersToParams(DEFAULT_TABLE_FILTERS).toString()).toBe('');
  });

  it('turns a sorted column round, and starts another ascending', () => {
    expect(nextSort(DEFAULT_TABLE_FILTERS, 'name')).toEqual({ sort: 'name', order: 'desc' });
    expect(nextSort({ ...DEFAULT_TABLE_FILTERS, order: 'desc' }, 'name')).toEqual({ sort: 'name', order: 'asc' });
    expect(nextSort({ ...DEFAULT_TABLE_FILTERS, order: 'desc' }, 'status')).toEqual({ sort: 'status', order: 'asc' });
  });
});

describe('filterTableRows', () => {
  it('keeps every kommun and region without filters, by name the Swedish way', () => {
    const all = names({});
    expect(all).toHaveLength(311);
    expect(all[0]).toBe('Ale kommun');
    // Å, Ä and Ö come after Z.
    expect(all.indexOf('Östersunds kommun')).toBeGreaterThan(all.indexOf('Årjängs kommun'));
    expect(all.indexOf('Årjängs kommun')).toBeGreaterThan(all.indexOf('Vänersborgs kommun'));
  });

  it('filters by status, län, kind and part of the name, together', () => {
    expect(names({ status: 'MENTOR' })).toEqual(['Botkyrka kommun', 'Hedemora kommun', 'Huddinge kommun', 'Region Dalarna']);
    expect(names({ status: 'MENTOR', kind: 'MUNICIPALITY' })).toEqual(['Botkyrka kommun', 'Hedemora kommun', 'Huddinge kommun']);
    expect(names({ status: 'IN_COHORT', county: '20' })).toEqual(['Borlänge kommun', 'Falu kommun']);
    expect(names({ county: '20', kind: 'REGION' })).toEqual(['Region Dalarna']);
    expect(names({ text: 'HUDDING' })).toEqual(['Huddinge kommun']);
    expect(names({ text: 'borlänge', status: 'MENTOR' })).toEqual([]);
  });

  it('sorts by status (how far the method has come), then by name; descending turns the statuses round only', () => {
    const reached = (order: 'asc' | 'desc') => names({ sort: 'status', order, kind: 'MUNICIPALITY' });
    const ascending = reached('asc');
    expect(ascending.slice(-7)).toEqual([
      'Borlänge kommun',
      'Falu kommun',
      'Nynäshamns kommun',
      'Haninge kommun',
      'Botkyrka kommun',
      'Hedemora kommun',
      'Huddinge kommun',
    ]);
    expect(reached('desc').slice(0, 7)).toEqual([
      'Botkyrka kommun',
      'Hedemora kommun',
      'Huddinge kommun',
      'Haninge kommun',
      'Borlänge kommun',
      'Falu kommun',
      'Nynäshamns kommun',
    ]);
  });

  it('sorts by generation with those without one last, either way', () => {
    const ascending = names({ sort: 'generation', kind: 'MUNICIPALITY' });
    expect(ascending.slice(0, 7)).toEqual([
      'Botkyrka kommun',
      'Hedemora kommun',
      'Borlänge kommun',
      'Falu kommun',
      'Haninge kommun',
      'Huddinge kommun',
      'Nynäshamns kommun',
    ]);
    const descending = names({ sort: 'generation', order: 'desc', kind: 'MUNICIPALITY' });
    expect(descending.slice(0, 7)).toEqual([
      'Nynäshamns kommun',
      'Borlänge kommun',
      'Falu kommun',
      'Haninge kommun',
      'Huddinge kommun',
      'Botkyrka kommun',
      'Hedemora kommun',
    ]);
    expect(descending[7]).toBe('Ale kommun');
  });

  it('sorts by län name, then by name', () => {
    const byCounty = names({ sort: 'county', kind: 'REGION' });
    // Blekinge län first, Östergötlands län last.
    expect(byCounty[0]).toBe('Region Blekinge');
    expect(byCounty[byCounty.length - 1]).toBe('Region Östergötland');
    expect(names({ sort: 'county', order: 'desc', kind: 'REGION' })[0]).toBe('Region Östergötland');
  });
});
