import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hedemoraMember, renderRoute } from '../../test/render';
import { HomePage } from './HomePage';

describe('HomePage', () => {
  it('leads visitors to the library of learning examples', async () => {
    renderRoute({ path: '/', element: <HomePage />, url: '/' });
    const section = await screen.findByRole('region', { name: 'Lärande exempel' });
    expect(within(section).getByRole('link', { name: 'Sök bland lärande exempel' }).getAttribute('href')).toBe('/examples');
  });

  it('has the library among the shortcuts of a logged-in member', async () => {
    renderRoute({ path: '/', element: <HomePage />, url: '/', user: hedemoraMember });
    expect(await screen.findByRole('heading', { level: 1, name: 'Välkommen, Karin Lindqvist' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sök bland lärande exempel' }).getAttribute('href')).toBe('/examples');
  });
});
