import { describe, expect, it } from 'vitest';
import {
  chosenFilters,
  EMPTY_SEARCH,
  exampleSearchToParams,
  exampleSearchToVariables,
  hasFacetFilters,
  parseExampleSearch,
  SEARCH_PAGE_SIZE,
  toggled,
  withoutFilter,
  type ExampleSearch,
} from './example-search';

const shared =
  'q=f%C3%B6rskola&amne=Folkh%C3%A4lsa&amne=J%C3%A4mst%C3%A4lldhet&omrade=Skola+och+f%C3%B6rskola&fran=kommun&fran=region&lan=01&lan=20&ar=2018&ar=2020&sortering=senaste';

const search: ExampleSearch = {
  q: 'förskola',
  sort: 'NEWEST',
  subjects: ['Folkhälsa', 'Jämställdhet'],
  activityAreas: ['Skola och förskola'],
  originKinds: ['MUNICIPALITY', 'REGION'],
  countyCodes: ['01', '20'],
  startYears: [2018, 2020],
};

describe('library search in the URL', () => {
  it('reads a shared search', () => {
    expect(parseExampleSearch(new URLSearchParams(shared))).toEqual(search);
  });

  it('writes only what is set, in a fixed order, so equal searches share one URL', () => {
    expect(exampleSearchToParams(search).toString()).toBe(shared);
    const shuffled = {
      ...search,
      q: '  förskola ',
      subjects: ['Jämställdhet', 'Folkhälsa', 'Jämställdhet'],
      originKinds: ['REGION', 'MUNICIPALITY'] as const,
      startYears: [2020, 2018],
    };
    expect(exampleSearchToParams({ ...shuffled, originKinds: [...shuffled.originKinds] }).toString()).toBe(shared);
    expect(exampleSearchToParams(EMPTY_SEARCH).toString()).toBe('');
  });

  it('round-trips', () => {
    expect(parseExampleSearch(exampleSearchToParams(search))).toEqual(search);
  });

  it('ignores what is not a search: unknown origins, län, years and sort orders', () => {
    expect(
      parseExampleSearch(
        new URLSearchParams('fran=stad&fran=annan&lan=99&lan=1&ar=18&ar=1850&ar=2019x&ar=2019&sortering=basta&amne=+&x=1'),
      ),
    ).toEqual({
      ...EMPTY_SEARCH,
      originKinds: ['OTHER'],
      startYears: [2019],
    });
  });

  it('caps the search text and the number of values at what the API accepts', () => {
    const params = new URLSearchParams({ q: 'a'.repeat(500) });
    for (let i = 0; i < 150; i += 1) params.append('amne', `Ämne ${String(i).padStart(3, '0')}`);
    params.append('omrade', 'x'.repeat(201));
    const parsed = parseExampleSearch(params);
    expect(parsed.q).toHaveLength(200);
    expect(parsed.subjects).toHaveLength(100);
    expect(parsed.activityAreas).toEqual([]);
  });

  it('becomes the variables of the search query, facet by facet', () => {
    expect(exampleSearchToVariables(search)).toEqual({
      query: 'förskola',
      sort: 'NEWEST',
      first: SEARCH_PAGE_SIZE,
      filter: {
        subjects: ['Folkhälsa', 'Jämställdhet'],
        activityAreas: ['Skola och förskola'],
        originKinds: ['MUNICIPALITY', 'REGION'],
        countyCodes: ['01', '20'],
        startYears: [2018, 2020],
      },
    });
    expect(exampleSearchToVariables({ ...EMPTY_SEARCH, q: '  ' })).toEqual({ sort: 'RELEVANCE', first: SEARCH_PAGE_SIZE });
    expect(exampleSearchToVariables({ ...EMPTY_SEARCH, countyCodes: ['12'] })).toEqual({
      sort: 'RELEVANCE',
      first: SEARCH_PAGE_SIZE,
      filter: { countyCodes: ['12'] },
    });
  });

  it('knows when a facet is chosen (the text and the order are not filters)', () => {
    expect(hasFacetFilters({ ...EMPTY_SEARCH, q: 'skola', sort: 'NEWEST' })).toBe(false);
    expect(hasFacetFilters({ ...EMPTY_SEARCH, startYears: [2018] })).toBe(true);
  });

  it('toggles a value', () => {
    expect(toggled(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggled(['a'], 'a', true)).toEqual(['a']);
  });
});

describe('chosen filters', () => {
  it('lists every chosen value, facet by facet', () => {
    expect(chosenFilters(search)).toEqual([
      { facet: 'subjects', value: 'Folkhälsa' },
      { facet: 'subjects', value: 'Jämställdhet' },
      { facet: 'activityAreas', value: 'Skola och förskola' },
      { facet: 'originKinds', value: 'MUNICIPALITY' },
      { facet: 'originKinds', value: 'REGION' },
      { facet: 'countyCodes', value: '01' },
      { facet: 'countyCodes', value: '20' },
      { facet: 'startYears', value: '2018' },
      { facet: 'startYears', value: '2020' },
    ]);
    expect(chosenFilters(EMPTY_SEARCH)).toEqual([]);
  });

  it('takes one value away and leaves the rest of the search, so the URL keeps everything else', () => {
    for (const chosen of chosenFilters(search)) {
      const next = { ...search, ...withoutFilter(search, chosen) };
      expect(chosenFilters(next)).toEqual(chosenFilters(search).filter((other) => other !== chosen && !(other.facet === chosen.facet && other.value === chosen.value)));
      expect(next.q).toBe('förskola');
      expect(next.sort).toBe('NEWEST');
    }
    expect(exampleSearchToParams({ ...search, ...withoutFilter(search, { facet: 'startYears', value: '2018' }) }).getAll('ar')).toEqual(['2020']);
  });
});
