import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import { setViewportWidth } from '../../test/viewport';
import { SEARCH_PAGE_SIZE } from './example-search';
import { ExamplesSearchPage, FEED_URL } from './ExamplesSearchPage';
import { LibrarySearchQuery } from './graphql/operations';

function hit(n: number, snippet: string | null = `Text om exempel ${n}.`) {
  return {
    __typename: 'ExampleEdge' as const,
    cursor: `c-${n}`,
    snippet,
    node: {
      __typename: 'LearningExample' as const,
      id: `e-${n}`,
      slug: `exempel-${n}`,
      title: `Exempel ${n}`,
      summary: `Sammanfattning ${n}.`,
      publishedAt: '2020-05-14T08:00:00.000Z',
      organizations: [{ __typename: 'Organization' as const, id: `o-${n}`, shortName: `Kommun ${n}` }],
    },
  };
}

const facet = (value: string, count: number) => ({ __typename: 'FacetValue' as const, value, count });

const FACETS = {
  __typename: 'ExampleFacets' as const,
  subjects: [facet('Jämställdhet', 12), facet('Folkhälsa', 3)],
  activityAreas: [facet('Skola och förskola', 5)],
  originKinds: [facet('REGION', 2), facet('MUNICIPALITY', 10)],
  counties: [facet('01', 7), facet('20', 1)],
  startYears: [facet('2018', 4), facet('2020', 6)],
};

function result(
  edges: ReturnType<typeof hit>[],
  totalCount = edges.length,
  pageInfo: { hasNextPage: boolean; endCursor: string | null } = { hasNextPage: false, endCursor: null },
  approximate = false,
) {
  return {
    __typename: 'LearningExampleSearchResult' as const,
    totalCount,
    approximate,
    edges,
    pageInfo: { __typename: 'PageInfo' as const, ...pageInfo },
    facets: FACETS,
  };
}

function searchMock(variables: Record<string, unknown>, searchLearningExamples: ReturnType<typeof result>) {
  return {
    request: { query: LibrarySearchQuery, variables: { sort: 'RELEVANCE', first: SEARCH_PAGE_SIZE, ...variables } },
    result: { data: { searchLearningExamples } },
    maxUsageCount: 5,
  };
}

function renderSearch(url: string, mocks: ReturnType<typeof searchMock>[], language: 'sv' | 'en' = 'sv') {
  return renderRoute({ path: '/examples', element: <ExamplesSearchPage />, url, mocks, language });
}

const checkbox = (name: RegExp) => screen.getByRole<HTMLInputElement>('checkbox', { name });

describe('ExamplesSearchPage', () => {
  it('starts from the search in the URL: text, order and every facet become the query', async () => {
    renderSearch(
      '/examples?q=j%C3%A4mst%C3%A4lldhet&amne=J%C3%A4mst%C3%A4lldhet&omrade=Skola+och+f%C3%B6rskola&fran=region&lan=01&ar=2018&sortering=senaste',
      [
        searchMock(
          {
            query: 'jämställdhet',
            sort: 'NEWEST',
            filter: {
              subjects: ['Jämställdhet'],
              activityAreas: ['Skola och förskola'],
              originKinds: ['REGION'],
              countyCodes: ['01'],
              startYears: [2018],
            },
          },
          result([hit(1), hit(2)]),
        ),
      ],
    );
    expect(document.title).toBe('Lärande exempel – Modellkommuner');
    expect(screen.getByRole('heading', { level: 1, name: 'Lärande exempel' })).toBeVisible();
    expect(screen.getByLabelText('Sök bland exemplen')).toHaveValue('jämställdhet');
    expect(screen.getByLabelText('Sortera')).toHaveValue('NEWEST');
    expect(await screen.findByRole('link', { name: 'Exempel 1' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(/^2 exempel$/);

    expect(checkbox(/^Jämställdhet/)).toBeChecked();
    expect(checkbox(/^Folkhälsa/)).not.toBeChecked();
    expect(checkbox(/^Skola och förskola/)).toBeChecked();
    expect(checkbox(/^Region/)).toBeChecked();
    expect(checkbox(/^Kommun/)).not.toBeChecked();
    expect(checkbox(/^Stockholms län/)).toBeChecked();
    expect(checkbox(/^2018/)).toBeChecked();
  });

  it('shows the facets as groups with their counts: län by name, origins in words, years newest first', async () => {
    renderSearch('/examples', [searchMock({}, result([hit(1)]))]);
    await screen.findByRole('link', { name: 'Exempel 1' });
    const groups = screen.getAllByRole('group').map((group) => group.querySelector('legend')?.textContent);
    expect(groups).toEqual(['Ämne', 'Verksamhetsområde', 'Exempel från', 'Län', 'Startår']);
    expect(checkbox(/^Jämställdhet/).labels?.[0]?.textContent).toBe('Jämställdhet (12), 12 exempel');
    const origins = within(screen.getByRole('group', { name: 'Exempel från' })).getAllByRole<HTMLInputElement>('checkbox');
    expect(origins.map((box) => box.labels?.[0]?.textContent)).toEqual(['Kommun (10), 10 exempel', 'Region (2), 2 exempel']);
    expect(checkbox(/^Dalarnas län/)).toBeInTheDocument();
    const years = within(screen.getByRole('group', { name: 'Startår' })).getAllByRole<HTMLInputElement>('checkbox');
    expect(years.map((box) => box.labels?.[0]?.textContent?.slice(0, 4))).toEqual(['2020', '2018']);
    expect(screen.queryByRole('button', { name: 'Rensa filter' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Följ nya exempel i ett Atom-flöde' })).toHaveAttribute('href', FEED_URL);
  });

  it('puts a chosen facet in the URL and searches with it; "Rensa filter" takes the facets away', async () => {
    const user = userEvent.setup();
    const { router } = renderSearch('/examples', [
      searchMock({}, result([hit(1), hit(2), hit(3)])),
      searchMock({ filter: { subjects: ['Folkhälsa'] } }, result([hit(3)])),
      searchMock({ filter: { subjects: ['Folkhälsa'], countyCodes: ['20'] } }, result([hit(4)])),
    ]);
    expect(await screen.findByText('3 exempel')).toBeVisible();
    await user.click(checkbox(/^Folkhälsa/));
    expect(router.state.location.search).toBe('?amne=Folkh%C3%A4lsa');
    expect(await screen.findByText('1 exempel')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Exempel 1' })).not.toBeInTheDocument();
    expect(checkbox(/^Folkhälsa/)).toBeChecked();

    await user.click(checkbox(/^Dalarnas län/));
    expect(router.state.location.search).toBe('?amne=Folkh%C3%A4lsa&lan=20');
    expect(await screen.findByRole('link', { name: 'Exempel 4' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Rensa filter' }));
    expect(router.state.location.search).toBe('');
    expect(await screen.findByText('3 exempel')).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Filtrera' })).toHaveFocus();
  });

  it('searches for the text when the form is sent, and follows the back button', async () => {
    const { router } = renderSearch('/examples', [
      searchMock({}, result([hit(1), hit(2)])),
      searchMock({ query: 'förskola' }, result([hit(2)])),
      searchMock({ query: 'förskola', sort: 'NEWEST' }, result([hit(2)])),
    ]);
    await screen.findByText('2 exempel');
    fireEvent.change(screen.getByLabelText('Sök bland exemplen'), { target: { value: ' förskola ' } });
    expect(router.state.location.search).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Sök' }));
    expect(router.state.location.search).toBe('?q=f%C3%B6rskola');
    expect(await screen.findByText('1 exempel')).toBeVisible();

    fireEvent.change(screen.getByLabelText('Sortera'), { target: { value: 'NEWEST' } });
    expect(router.state.location.search).toBe('?q=f%C3%B6rskola&sortering=senaste');

    await act(() => router.navigate(-2));
    expect(router.state.location.search).toBe('');
    expect(screen.getByLabelText('Sök bland exemplen')).toHaveValue('');
    expect(await screen.findByText('2 exempel')).toBeVisible();
  });

  it('shows the highlighted snippet as text with the matches marked, or the summary without one', async () => {
    renderSearch('/examples?q=skola', [
      searchMock(
        { query: 'skola' },
        result([hit(1, 'Om &lt;b&gt;lärande&lt;/b&gt; i <mark>skolan</mark> &amp; <mark>förskolan</mark>'), hit(2, null)]),
      ),
    ]);
    const first = (await screen.findByRole('link', { name: 'Exempel 1' })).closest('li')!;
    const snippet = first.querySelector('.hit__snippet')!;
    expect(snippet.textContent).toBe('Om <b>lärande</b> i skolan & förskolan');
    expect([...snippet.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['skolan', 'förskolan']);
    expect(snippet.querySelector('b')).toBeNull();
    expect(within(first).getByText('Kommun 1')).toBeVisible();
    expect(within(first).getByText('14 maj 2020')).toBeVisible();
    expect(within(first).getByRole('link', { name: 'Exempel 1' })).toHaveAttribute('href', '/examples/exempel-1');

    const second = screen.getByRole('link', { name: 'Exempel 2' }).closest('li')!;
    expect(second.querySelector('.hit__snippet')?.textContent).toBe('Sammanfattning 2.');
  });

  it('loads the next page with the cursor, appends it and moves focus to the first new example', async () => {
    const user = userEvent.setup();
    const firstPage = Array.from({ length: SEARCH_PAGE_SIZE }, (_, i) => hit(i + 1));
    renderSearch('/examples?q=skola', [
      searchMock({ query: 'skola' }, result(firstPage, 22, { hasNextPage: true, endCursor: 'c-20' })),
      searchMock({ query: 'skola', after: 'c-20' }, result([hit(21), hit(22)], 22, { hasNextPage: false, endCursor: 'c-22' })),
    ]);
    expect(await screen.findByText('22 exempel, 20 visas')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Visa fler' }));
    const added = await screen.findByRole('link', { name: 'Exempel 21' });
    expect(screen.getAllByRole('listitem').filter((item) => item.classList.contains('hit'))).toHaveLength(22);
    expect(screen.getByRole('link', { name: 'Exempel 1' })).toBeVisible();
    expect(added).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(/^22 exempel$/);
    expect(screen.queryByRole('button', { name: 'Visa fler' })).not.toBeInTheDocument();
  });

  it('gives advice when nothing matches, and offers to clear the filters', async () => {
    const { router } = renderSearch('/examples?q=xyz&ar=2020', [
      searchMock({ query: 'xyz', filter: { startYears: [2020] } }, { ...result([], 0), facets: { ...FACETS, startYears: [] } }),
      searchMock({ query: 'xyz' }, result([], 0)),
    ]);
    expect(await screen.findByText('Inga exempel matchar sökningen')).toBeVisible();
    expect(screen.getByText('Kontrollera stavningen.')).toBeVisible();
    expect(screen.queryByRole('list', { name: /sökresultat/i })).not.toBeInTheDocument();
    // A chosen year the search no longer finds can still be unchosen.
    expect(checkbox(/^2020\b.*\b0 exempel/)).toBeChecked();
    fireEvent.click(
      within(screen.getByText('Ta bort ett eller flera filter.', { exact: false })).getByRole('button', { name: 'Rensa filter' }),
    );
    expect(router.state.location.search).toBe('?q=xyz');
  });

  it('says so when the hits are for words like the typed ones (the spelling fallback), in the live region too', async () => {
    renderSearch('/examples?q=j%C3%A4mst%C3%A4ldhet', [searchMock({ query: 'jämstäldhet' }, result([hit(1), hit(2)], 2, undefined, true))]);
    expect(await screen.findByText('2 exempel med ord som liknar sökningen')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(/^2 exempel med ord som liknar sökningen$/);
    expect(screen.getByText(/^Inget exempel innehöll exakt ”jämstäldhet”\./)).toBeVisible();
  });
});

describe('ExamplesSearchPage: the chosen filters', () => {
  const tag = (name: string) => screen.getByRole('button', { name: `Ta bort filtret ${name}` });

  it('shows every chosen filter above the results as a button that removes it; the URL and the results follow', async () => {
    const user = userEvent.setup();
    const { router } = renderSearch('/examples?q=skola&amne=Folkh%C3%A4lsa&lan=20&sortering=senaste', [
      searchMock({ query: 'skola', sort: 'NEWEST', filter: { subjects: ['Folkhälsa'], countyCodes: ['20'] } }, result([hit(4)])),
      searchMock({ query: 'skola', sort: 'NEWEST', filter: { countyCodes: ['20'] } }, result([hit(4), hit(5)])),
    ]);
    expect(await screen.findByRole('link', { name: 'Exempel 4' })).toBeVisible();
    const results = screen.getByRole('region', { name: 'Sökresultat' });
    const tags = within(results).getByRole('list', { name: 'Valda filter:' });
    // The län by its name, not its code.
    expect(within(tags).getAllByRole('button').map((button) => button.textContent)).toEqual(['Ta bort filtret Folkhälsa', 'Ta bort filtret Dalarnas län']);

    await user.click(tag('Folkhälsa'));
    // Only that filter is gone: the text, the other filter and the order stay in the URL.
    expect(router.state.location.search).toBe('?q=skola&lan=20&sortering=senaste');
    expect(await screen.findByRole('link', { name: 'Exempel 5' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(/^2 exempel$/);
    expect(screen.queryByRole('button', { name: 'Ta bort filtret Folkhälsa' })).not.toBeInTheDocument();
    expect(checkbox(/^Folkhälsa/)).not.toBeChecked();
    // Focus stays among the tags, on the one that took the removed one's place.
    expect(tag('Dalarnas län')).toHaveFocus();
  });

  it('"Rensa alla filter" takes every filter away, keeps the search text and moves focus to the results heading', async () => {
    const user = userEvent.setup();
    const { router } = renderSearch('/examples?q=skola&omrade=Skola+och+f%C3%B6rskola&ar=2018', [
      searchMock({ query: 'skola', filter: { activityAreas: ['Skola och förskola'], startYears: [2018] } }, result([hit(1)])),
      searchMock({ query: 'skola' }, result([hit(1), hit(2), hit(3)])),
    ]);
    await screen.findByRole('link', { name: 'Exempel 1' });
    await user.click(screen.getByRole('button', { name: 'Rensa alla filter' }));
    expect(router.state.location.search).toBe('?q=skola');
    expect(await screen.findByText('3 exempel')).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Valda filter:' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Sökresultat' })).toHaveFocus();
  });

  it('moves focus to the results heading when the last tag is removed', async () => {
    const user = userEvent.setup();
    renderSearch('/examples?ar=2018', [searchMock({ filter: { startYears: [2018] } }, result([hit(1)])), searchMock({}, result([hit(1), hit(2)]))]);
    await screen.findByRole('link', { name: 'Exempel 1' });
    await user.click(tag('Startår: 2018'));
    expect(await screen.findByText('2 exempel')).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Sökresultat' })).toHaveFocus();
  });

  it('labels origins and years with their facet, in words', async () => {
    renderSearch('/examples?fran=kommun&fran=region&ar=2020', [
      searchMock({ filter: { originKinds: ['MUNICIPALITY', 'REGION'], startYears: [2020] } }, result([hit(1)])),
    ]);
    await screen.findByRole('link', { name: 'Exempel 1' });
    expect(tag('Exempel från: Kommun')).toBeVisible();
    expect(tag('Exempel från: Region')).toBeVisible();
    expect(tag('Startår: 2020')).toBeVisible();
    expect(screen.queryByRole('button', { name: /MUNICIPALITY|REGION/ })).not.toBeInTheDocument();
  });

  it('shows no tags without filters', async () => {
    renderSearch('/examples?q=skola', [searchMock({ query: 'skola' }, result([hit(1)]))]);
    await screen.findByRole('link', { name: 'Exempel 1' });
    expect(screen.queryByRole('list', { name: 'Valda filter:' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rensa alla filter' })).not.toBeInTheDocument();
  });

  it('beside the results, a skip link at the top of the filters takes keyboard users past the checkboxes', async () => {
    const user = userEvent.setup();
    renderSearch('/examples', [searchMock({}, result([hit(1)]))]);
    await screen.findByRole('link', { name: 'Exempel 1' });
    expect(screen.queryByRole('button', { name: /^Filtrera/ })).not.toBeInTheDocument();
    const filters = screen.getByRole('region', { name: 'Filtrera' });
    const skip = within(filters).getByRole('link', { name: 'Hoppa till resultaten' });
    // First in the filters, before the first checkbox.
    expect(skip.compareDocumentPosition(checkbox(/^Jämställdhet/)) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(skip).toHaveAttribute('href', '#library-results-heading');
    await user.click(skip);
    expect(screen.getByRole('heading', { level: 2, name: 'Sökresultat' })).toHaveFocus();
  });
});

describe('ExamplesSearchPage on a phone', () => {
  let viewport: ReturnType<typeof setViewportWidth> | undefined;
  afterEach(() => viewport?.restore());

  it('puts the filters behind a "Filtrera" button; "Visa N exempel" closes them and moves focus to the results', async () => {
    viewport = setViewportWidth(390);
    const user = userEvent.setup();
    const { router } = renderSearch('/examples', [
      searchMock({}, result([hit(1), hit(2), hit(3)])),
      searchMock({ filter: { activityAreas: ['Skola och förskola'] } }, result([hit(3)])),
    ]);
    expect(await screen.findByText('3 exempel')).toBeVisible();
    const toggle = screen.getByRole('button', { name: 'Filtrera' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // The checkboxes do not stand before the results.
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Hoppa till resultaten' })).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Visa 3 exempel' })).toBeVisible();
    await user.click(checkbox(/^Skola och förskola/));
    expect(router.state.location.search).toBe('?omrade=Skola+och+f%C3%B6rskola');
    // The panel stays open; its button gives the count with the chosen filter.
    const show = await screen.findByRole('button', { name: 'Visa 1 exempel' });
    expect(screen.getByRole('button', { name: 'Filtrera (1 valt)' })).toHaveAttribute('aria-expanded', 'true');

    await user.click(show);
    expect(screen.getByRole('button', { name: 'Filtrera (1 valt)' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Sökresultat' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Exempel 3' })).toBeVisible();
    // Above the results, the chosen filter, removable without opening the filters.
    expect(screen.getByRole('button', { name: 'Ta bort filtret Skola och förskola' })).toBeVisible();
  });

  it('keeps the facets beside the results when the window is wide enough for two columns', async () => {
    viewport = setViewportWidth(390);
    renderSearch('/examples', [searchMock({}, result([hit(1)]))]);
    await screen.findByRole('link', { name: 'Exempel 1' });
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    act(() => viewport?.resize(1280));
    expect(screen.queryByRole('button', { name: 'Filtrera' })).not.toBeInTheDocument();
    expect(checkbox(/^Jämställdhet/)).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Filtrera' })).toBeVisible();
  });
});

describe('ExamplesSearchPage in English', () => {
  it('marks the Swedish content of the results as Swedish (WCAG 3.1.2)', async () => {
    renderSearch('/examples?q=skola&amne=Folkh%C3%A4lsa', [searchMock({ query: 'skola', filter: { subjects: ['Folkhälsa'] } }, result([hit(1, 'I <mark>skolan</mark>'), hit(2, null)]))], 'en');
    const first = (await screen.findByRole('link', { name: 'Exempel 1' })).closest('li')!;
    expect(within(first).getByRole('heading', { level: 3 })).toHaveAttribute('lang', 'sv');
    expect(first.querySelector('.hit__snippet')).toHaveAttribute('lang', 'sv');
    expect(within(first).getByText('Kommun 1')).toHaveAttribute('lang', 'sv');
    const second = screen.getByRole('link', { name: 'Exempel 2' }).closest('li')!;
    expect(within(second).getByText('Sammanfattning 2.')).toHaveAttribute('lang', 'sv');
    // The interface's own words are not.
    expect(screen.getByRole('heading', { level: 2, name: 'Search results' })).not.toHaveAttribute('lang');
    // Vocabulary terms are Swedish too, in the facets and the tags.
    expect(within(screen.getByRole('button', { name: 'Remove the filter Folkhälsa' })).getByText('Folkhälsa')).toHaveAttribute('lang', 'sv');
    expect(within(screen.getByRole('group', { name: 'Subject' })).getByText('Jämställdhet')).toHaveAttribute('lang', 'sv');
  });

  it('leaves lang to the page in the Swedish interface', async () => {
    renderSearch('/examples', [searchMock({}, result([hit(1)]))]);
    const first = (await screen.findByRole('link', { name: 'Exempel 1' })).closest('li')!;
    expect(within(first).getByRole('heading', { level: 3 })).not.toHaveAttribute('lang');
    expect(first.querySelector('.hit__snippet')).not.toHaveAttribute('lang');
  });
});
