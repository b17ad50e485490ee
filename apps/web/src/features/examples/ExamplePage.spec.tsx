import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import { exampleViewData, FULL_EXAMPLE_HEADINGS } from './example-fixtures';
import { ExamplePage } from './ExamplePage';
import { LibraryExampleQuery } from './graphql/operations';

function organization(code: string, name: string, shortName: string) {
  return { __typename: 'Organization' as const, id: `o-${code}`, code, name, shortName, kind: 'MUNICIPALITY' as const };
}

function related(slug: string, title: string, shortName: string) {
  return {
    __typename: 'LearningExample' as const,
    id: `e-${slug}`,
    slug,
    title,
    summary: `Sammanfattning av ${title}.`,
    publishedAt: '2019-04-23T08:00:00.000Z',
    organizations: [{ __typename: 'Organization' as const, id: `o-${shortName}`, shortName }],
  };
}

function example(overrides: Record<string, unknown> = {}) {
  const view = exampleViewData();
  return {
    __typename: 'LearningExample' as const,
    id: 'e-huddinge',
    slug: 'verksamhetsnara-utbildning-i-huddinge',
    version: 4,
    editorComment: null,
    ...view,
    organizations: [organization('0126', 'Huddinge kommun', 'Huddinge')],
    furtherReading: view.furtherReading.map((link) => ({ __typename: 'Link' as const, ...link })),
    contacts: view.contacts.map((contact) => ({ __typename: 'Contact' as const, ...contact })),
    related: [
      related('utbilda-mot-rasism', 'Utbilda för att motverka rasism', 'Huddinge'),
      related('asylsamordnare-informerar', 'Asylsamordnare informerar', 'Kramfors'),
      related('mr-lada', 'MR-låda till skolorna', 'Södertälje'),
    ],
    ...overrides,
  };
}

function exampleMock(slug: string, learningExample: unknown) {
  return { request: { query: LibraryExampleQuery, variables: { slug } }, result: { data: { learningExample } }, maxUsageCount: 5 };
}

describe('ExamplePage', () => {
  it('shows the example with every section, names the page after it and lists related examples', async () => {
    renderRoute({
      path: '/examples/:slug',
      element: <ExamplePage />,
      url: '/examples/verksamhetsnara-utbildning-i-huddinge',
      mocks: [exampleMock('verksamhetsnara-utbildning-i-huddinge', example())],
    });
    const title = await screen.findByRole('heading', { level: 1, name: 'Verksamhetsnära utbildning i Huddinge' });
    expect(title).toBeVisible();
    expect(document.title).toBe('Verksamhetsnära utbildning i Huddinge – Modellkommuner');
    for (const section of FULL_EXAMPLE_HEADINGS) {
      expect(screen.getByRole('heading', { level: 2, name: section })).toBeVisible();
    }
    expect(screen.getByText('2018 – pågående')).toBeVisible();

    const relatedSection = screen.getByRole('region', { name: 'Relaterade exempel' });
    const links = within(relatedSection).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Utbilda för att motverka rasism', '/examples/utbilda-mot-rasism'],
      ['Asylsamordnare informerar', '/examples/asylsamordnare-informerar'],
      ['MR-låda till skolorna', '/examples/mr-lada'],
    ]);
    expect(within(relatedSection).getByText('Kramfors')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Till alla lärande exempel' })).toHaveAttribute('href', '/examples');
  });

  it('shows no more than three related examples, and no related section without any', async () => {
    const four = example({
      related: [
        related('a', 'Exempel A', 'A'),
        related('b', 'Exempel B', 'B'),
        related('c', 'Exempel C', 'C'),
        related('d', 'Exempel D', 'D'),
      ],
    });
    const { router } = renderRoute({
      path: '/examples/:slug',
      element: <ExamplePage />,
      url: '/examples/fyra',
      mocks: [
        exampleMock('fyra', four),
        exampleMock('inga', example({ id: 'e-inga', slug: 'inga', title: 'Utan relaterade', related: [] })),
      ],
    });
    const relatedSection = await screen.findByRole('region', { name: 'Relaterade exempel' });
    expect(within(relatedSection).getAllByRole('link')).toHaveLength(3);
    expect(screen.queryByRole('link', { name: 'Exempel D' })).not.toBeInTheDocument();

    await act(() => router.navigate('/examples/inga'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Utan relaterade' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Relaterade exempel' })).not.toBeInTheDocument();
  });

  it('shows the actions it is given under the title (the editor’s workflow panel), with the example they act on', async () => {
    renderRoute({
      path: '/examples/:slug',
      element: <ExamplePage renderActions={(shown) => <p>Åtgärder för {shown.slug}, version {shown.version}</p>} />,
      url: '/examples/verksamhetsnara-utbildning-i-huddinge',
      mocks: [exampleMock('verksamhetsnara-utbildning-i-huddinge', example())],
    });
    await screen.findByRole('heading', { level: 1, name: 'Verksamhetsnära utbildning i Huddinge' });
    expect(screen.getByText('Åtgärder för verksamhetsnara-utbildning-i-huddinge, version 4')).toBeVisible();
  });

  it('moves focus to the title after navigating to another example', async () => {
    const { router } = renderRoute({
      path: '/examples/:slug',
      element: <ExamplePage />,
      url: '/examples/verksamhetsnara-utbildning-i-huddinge',
      mocks: [
        exampleMock('verksamhetsnara-utbildning-i-huddinge', example()),
        exampleMock('mr-lada', example({ id: 'e-mr', slug: 'mr-lada', title: 'MR-låda till skolorna', related: [] })),
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Verksamhetsnära utbildning i Huddinge' });
    await act(() => router.navigate('/examples/mr-lada'));
    const heading = await screen.findByRole('heading', { level: 1, name: 'MR-låda till skolorna' });
    expect(heading).toHaveFocus();
    expect(document.title).toBe('MR-låda till skolorna – Modellkommuner');
  });

  it('says when the example does not exist or is not published, and leads back to the library', async () => {
    renderRoute({
      path: '/examples/:slug',
      element: <ExamplePage />,
      url: '/examples/finns-inte',
      mocks: [exampleMock('finns-inte', null)],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Exemplet finns inte eller är inte publicerat' })).toBeVisible();
    expect(document.title).toBe('Exemplet finns inte eller är inte publicerat – Modellkommuner');
    expect(screen.getByRole('link', { name: 'Sök bland lärande exempel' })).toHaveAttribute('href', '/examples');
  });

  it('explains a failed query', async () => {
    renderRoute({
      path: '/examples/:slug',
      element: <ExamplePage />,
      url: '/examples/x',
      mocks: [{ request: { query: LibraryExampleQuery, variables: { slug: 'x' } }, error: new Error('Failed to fetch') }],
    });
    expect(await screen.findByRole('alert')).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Lärande exempel' })).toBeVisible();
  });
});
