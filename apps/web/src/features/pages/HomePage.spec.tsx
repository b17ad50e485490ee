import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hedemoraMember, renderRoute } from '../../test/render';
import { AgendaQuery } from '../reminders/graphql/operations';
import { HomePage } from './HomePage';

describe('HomePage', () => {
  it('leads visitors to the library of learning examples', async () => {
    renderRoute({ path: '/', element: <HomePage />, url: '/' });
    const section = await screen.findByRole('region', { name: 'Lärande exempel' });
    expect(within(section).getByRole('link', { name: 'Sök bland lärande exempel' })).toHaveAttribute('href', '/examples');
  });

  it('has the library among the shortcuts of a logged-in member', async () => {
    renderRoute({ path: '/', element: <HomePage />, url: '/', user: hedemoraMember });
    expect(await screen.findByRole('heading', { level: 1, name: 'Välkommen, Karin Lindqvist' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sök bland lärande exempel' })).toHaveAttribute('href', '/examples');
  });

  it('puts what waits for a logged-in user first, and the shortcuts (with the notifications) under it', async () => {
    renderRoute({
      path: '/',
      element: <HomePage />,
      url: '/',
      user: hedemoraMember,
      mocks: [
        {
          request: { query: AgendaQuery, variables: { processLeader: false, notifications: 5, examples: 5 } },
          result: { data: { cohorts: [], followUpReports: [], notifications: [] } },
        },
      ],
    });
    const agenda = screen.getByRole('region', { name: 'Det här väntar på dig' });
    expect(await within(agenda).findByText('Inget väntar på dig just nu.')).toBeVisible();
    const shortcuts = screen.getByRole('heading', { level: 2, name: 'Genvägar' });
    expect(agenda.compareDocumentPosition(shortcuts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Notiser' })).toHaveAttribute('href', '/notifications');
    expect(screen.getByRole('link', { name: 'Mitt konto: kalender och e-post för påminnelser' })).toHaveAttribute('href', '/account');
  });

  it('keeps the public start page for visitors, without an agenda', () => {
    renderRoute({ path: '/', element: <HomePage />, url: '/' });
    expect(screen.queryByRole('region', { name: 'Det här väntar på dig' })).not.toBeInTheDocument();
  });

  it('says what happened on the page before (a flash message in the navigation state), politely', async () => {
    const { router } = renderRoute({ path: '/', element: <HomePage />, url: '/x', routes: [{ path: '/x', element: null }] });
    await act(() => router.navigate('/', { state: { flash: 'loggedOut' } }));
    expect(await screen.findByRole('status')).toHaveTextContent('Du har loggats ut.');
  });

  it('ignores state that is not one of its messages', async () => {
    const { router } = renderRoute({ path: '/', element: <HomePage />, url: '/x', routes: [{ path: '/x', element: null }] });
    await act(() => router.navigate('/', { state: { flash: '<script>' } }));
    expect(await screen.findByRole('status')).toBeEmptyDOMElement();
  });
});
