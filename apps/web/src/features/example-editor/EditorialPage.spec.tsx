import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { hedemoraMember, processLeader, renderRoute, type TestUser } from '../../test/render';
import { EDITORIAL_PAGE_SIZE } from './editorial-lists';
import { EditorialPage } from './EditorialPage';
import { EditorialExamplesQuery } from './graphql/operations';

function node(id: number, title: string, status: string) {
  return {
    __typename: 'ExampleEdge',
    cursor: `c${id}`,
    node: {
      __typename: 'LearningExample',
      id: `e-${id}`,
      slug: `exempel-${id}`,
      title,
      status,
      updatedAt: '2026-03-10T09:00:00.000Z',
      organizations: [{ __typename: 'Organization', id: 'o-2083', code: '2083', name: 'Hedemora kommun' }],
    },
  };
}

function listMock(filter: Record<string, unknown>, edges: ReturnType<typeof node>[], totalCount: number, hasNextPage = false, after?: string) {
  return {
    request: { query: EditorialExamplesQuery, variables: { filter, first: EDITORIAL_PAGE_SIZE, ...(after ? { after } : {}) } },
    result: {
      data: {
        searchLearningExamples: {
          __typename: 'LearningExampleSearchResult',
          totalCount,
          edges,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
        },
      },
    },
  };
}

function renderPage(user: TestUser, url: string, mocks: Parameters<typeof renderRoute>[0]['mocks']) {
  return renderRoute({ path: '/editorial', element: <EditorialPage />, url, user, mocks });
}

describe('EditorialPage', () => {
  it('gives process leaders the review queue first, then drafts, with "Visa fler"', async () => {
    const user = userEvent.setup();
    const { router } = renderPage(processLeader, '/editorial', [
      listMock({ statuses: ['IN_REVIEW'] }, [node(1, 'Jämställd budget i Hedemora', 'IN_REVIEW')], 1),
      listMock({ statuses: ['DRAFT'] }, [node(2, 'Utkast ett', 'DRAFT')], 2, true),
      listMock({ statuses: ['DRAFT'] }, [node(3, 'Utkast två', 'DRAFT')], 2, false, 'c2'),
      listMock({ statuses: ['ARCHIVED'] }, [], 0),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Redaktion' })).toBeVisible();
    for (const [name, href] of [
      ['Nytt exempel', '/examples/new'],
      ['Importera från SKR', '/examples/import'],
      ['Ordlistor', '/vocabularies'],
    ]) {
      expect(screen.getByRole('link', { name })).toHaveAttribute('href', href);
    }
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings[0]).toMatch(/^Väntar på granskning/);
    const queue = screen.getByRole('region', { name: /^Väntar på granskning/ });
    const row = await within(queue).findByRole('link', { name: 'Jämställd budget i Hedemora' });
    expect(row).toHaveAttribute('href', '/examples/exempel-1');
    expect(within(queue).getByText('Granskas')).toBeVisible();
    expect(within(queue).getByText('Hedemora kommun')).toBeVisible();
    expect(within(queue).getByText('10 mars 2026')).toBeVisible();

    const drafts = screen.getByRole('region', { name: /^Utkast/ });
    expect(await within(drafts).findByRole('link', { name: 'Utkast ett' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Utkast' })).toHaveAttribute('aria-current', 'true');
    await user.click(within(drafts).getByRole('button', { name: /^Visa fler/ }));
    const added = await within(drafts).findByRole('link', { name: 'Utkast två' });
    await waitFor(() => expect(added).toHaveFocus());
    expect(within(drafts).queryByRole('button', { name: /^Visa fler/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Arkiverade' }));
    await waitFor(() => expect(router.state.location.search).toBe('?visa=arkiverade'));
    expect(await screen.findByText('Det finns inga arkiverade exempel.')).toBeVisible();
  });

  it('shows members their organisation’s examples in every status', async () => {
    renderPage(hedemoraMember, '/editorial', [
      listMock({ statuses: ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'], organizationCodes: ['2083'] }, [node(1, 'Vårt utkast', 'DRAFT'), node(2, 'Vårt publicerade', 'PUBLISHED')], 2),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Våra exempel' })).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Vårt utkast' })).toBeVisible();
    expect(screen.getByText('Utkast')).toBeVisible();
    expect(screen.getByText('Publicerad')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Nytt exempel' })).toHaveAttribute('href', '/examples/new');
    expect(screen.queryByRole('link', { name: 'Importera från SKR' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Ordlistor' })).not.toBeInTheDocument();
  });
});
