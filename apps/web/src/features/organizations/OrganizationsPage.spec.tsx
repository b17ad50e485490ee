import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { processLeader, renderRoute } from '../../test/render';
import { OrganizationsQuery } from './graphql/operations';
import { OrganizationsPage, SEARCH_DEBOUNCE_MS } from './OrganizationsPage';

const hedemora = { __typename: 'Organization', id: 'o-2083', code: '2083', name: 'Hedemora kommun', kind: 'MUNICIPALITY', countyCode: '20' };
const dalarna = { __typename: 'Organization', id: 'o-20', code: '20', name: 'Region Dalarna', kind: 'REGION', countyCode: '20' };

function organizationsMock(variables: Record<string, string>, organizations: unknown[]) {
  return { request: { query: OrganizationsQuery, variables }, result: { data: { organizations } }, maxUsageCount: 5 };
}

describe('OrganizationsPage', () => {
  it('starts from the filters in the URL', async () => {
    renderRoute({
      path: '/organizations',
      element: <OrganizationsPage />,
      url: '/organizations?q=hed&lan=20&kind=MUNICIPALITY',
      user: processLeader,
      mocks: [organizationsMock({ search: 'hed', countyCode: '20', kind: 'MUNICIPALITY' }, [hedemora])],
    });
    expect(screen.getByLabelText('Sök på namn eller kod')).toHaveValue('hed');
    expect(screen.getByLabelText('Län')).toHaveDisplayValue('Dalarnas län');
    expect(screen.getByLabelText('Typ')).toHaveValue('MUNICIPALITY');
    const link = await screen.findByRole('link', { name: 'Hedemora kommun' });
    expect(link).toHaveAttribute('href', '/organizations/2083');
    expect(screen.getByRole('status')).toHaveTextContent(/^1 organisation$/);
    const table = screen.getByRole('table', { name: 'Organisationer som matchar sökningen' });
    expect(screen.getByRole('region', { name: 'Organisationer som matchar sökningen' })).toContainElement(table);
    expect(screen.getByRole('rowheader', { name: 'Hedemora kommun' })).toContainElement(link);
    expect(screen.getByRole('cell', { name: 'Dalarnas län' })).toBeInTheDocument();
  });

  it('puts the search text in the URL once typing pauses', async () => {
    const { router } = renderRoute({
      path: '/organizations',
      element: <OrganizationsPage />,
      url: '/organizations',
      user: processLeader,
      mocks: [organizationsMock({}, [hedemora, dalarna]), organizationsMock({ search: 'Hedemora' }, [hedemora])],
    });
    expect(await screen.findByText('2 organisationer')).toBeVisible();
    fireEvent.change(screen.getByLabelText('Sök på namn eller kod'), { target: { value: 'Hedemor' } });
    fireEvent.change(screen.getByLabelText('Sök på namn eller kod'), { target: { value: 'Hedemora' } });
    expect(router.state.location.search).toBe('');
    await act(() => new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50)));
    expect(router.state.location.search).toBe('?q=Hedemora');
    expect(await screen.findByText('1 organisation')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Region Dalarna' })).not.toBeInTheDocument();
  });

  it('applies a län and a kind at once, and clears them', async () => {
    const { router } = renderRoute({
      path: '/organizations',
      element: <OrganizationsPage />,
      url: '/organizations',
      user: processLeader,
      mocks: [
        organizationsMock({}, [hedemora, dalarna]),
        organizationsMock({ countyCode: '20' }, [hedemora, dalarna]),
        organizationsMock({ countyCode: '20', kind: 'REGION' }, [dalarna]),
      ],
    });
    const user = userEvent.setup();
    expect(screen.queryByRole('button', { name: 'Rensa sökning och filter' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Län'), 'Dalarnas län');
    expect(router.state.location.search).toBe('?lan=20');
    await user.selectOptions(screen.getByLabelText('Typ'), 'REGION');
    expect(router.state.location.search).toBe('?lan=20&kind=REGION');
    expect(await screen.findByText('1 organisation')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Rensa sökning och filter' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByLabelText('Län')).toHaveValue('');
    expect(screen.getByLabelText('Typ')).toHaveValue('');
  });

  it('shows a search that arrives by URL (a link, the back button) in the search box', async () => {
    const { router } = renderRoute({
      path: '/organizations',
      element: <OrganizationsPage />,
      url: '/organizations?q=hed',
      user: processLeader,
      mocks: [organizationsMock({ search: 'hed' }, [hedemora]), organizationsMock({ search: 'Region' }, [dalarna])],
    });
    expect(await screen.findByRole('link', { name: 'Hedemora kommun' })).toBeInTheDocument();
    await act(() => router.navigate('/organizations?q=Region'));
    expect(screen.getByLabelText('Sök på namn eller kod')).toHaveValue('Region');
    expect(await screen.findByRole('link', { name: 'Region Dalarna' })).toBeInTheDocument();
  });

  it('says when nothing matches', async () => {
    renderRoute({
      path: '/organizations',
      element: <OrganizationsPage />,
      url: '/organizations?q=xyz',
      user: processLeader,
      mocks: [organizationsMock({ search: 'xyz' }, [])],
    });
    expect(await screen.findByText('Inga organisationer matchar sökningen.')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
