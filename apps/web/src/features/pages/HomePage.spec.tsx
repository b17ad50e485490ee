import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hedemoraMember, renderRoute } from '../../test/render';
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
