import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hedemoraMember, processLeader, renderRoute } from '../../test/render';
import { RequireAuth } from './RequireAuth';

const guarded = (
  <RequireAuth role="PROCESS_LEADER">
    <p>Hemligt innehåll</p>
  </RequireAuth>
);

describe('RequireAuth', () => {
  it('sends anonymous visitors to the login page with a way back', async () => {
    const { router } = renderRoute({ path: '/audit', element: guarded, url: '/audit?entity=User', user: null });
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/audit?entity=User');
  });

  it('tells members they may not see a process leaders’ page', async () => {
    renderRoute({ path: '/audit', element: guarded, url: '/audit', user: hedemoraMember });
    expect(await screen.findByRole('heading', { level: 1, name: 'Du har inte behörighet' })).toBeInTheDocument();
    expect(screen.queryByText('Hemligt innehåll')).not.toBeInTheDocument();
  });

  it('shows the page to those with the role', async () => {
    renderRoute({ path: '/audit', element: guarded, url: '/audit', user: processLeader });
    expect(await screen.findByText('Hemligt innehåll')).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Du har inte behörighet' })).not.toBeInTheDocument();
  });
});
