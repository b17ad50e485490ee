import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HomePage } from '../features/pages/HomePage';
import { LANGUAGE_STORAGE_KEY } from '../i18n/i18n';
import { hedemoraMember, processLeader, renderRoute } from '../test/render';
import { Layout } from './Layout';

function renderHome(user: Parameters<typeof renderRoute>[0]['user']) {
  return renderRoute({ path: '/', element: <Layout />, url: '/', user, routes: [] });
}

describe('Layout', () => {
  it('has a skip link, landmarks and the product name', () => {
    renderHome(null);
    expect(screen.getByRole('link', { name: 'Hoppa till huvudinnehållet' }).getAttribute('href')).toBe('#main');
    expect(screen.getByRole('banner').textContent).toContain('Modellkommuner');
    expect(screen.getByRole('main').id).toBe('main');
    expect(screen.getByRole('navigation', { name: 'Huvudmeny' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tillgänglighetsredogörelse' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Så hanterar vi personuppgifter' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Logga in' })).toBeTruthy();
  });

  it('switches to English and back, and remembers the choice', () => {
    renderHome(null);
    fireEvent.click(screen.getByRole('button', { name: 'In English' }));
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Log in' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    fireEvent.click(screen.getByRole('button', { name: 'På svenska' }));
    expect(screen.getByRole('link', { name: 'Logga in' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('sv');
  });

  it('shows who is logged in and the links for their role', () => {
    renderHome(hedemoraMember);
    expect(screen.getByText('Inloggad som Karin Lindqvist')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Organisationer' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Ändringslogg' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Logga ut' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Logga in' })).toBeNull();
  });

  it('links everyone to the library, process leaders to the editorial page and members to their examples', () => {
    const { unmount } = renderHome(null);
    const publicNav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(publicNav).getByRole('link', { name: 'Lärande exempel' }).getAttribute('href')).toBe('/examples');
    expect(within(publicNav).queryByRole('link', { name: 'Redaktion' })).toBeNull();
    unmount();
    const leader = renderHome(processLeader);
    expect(within(screen.getByRole('navigation', { name: 'Huvudmeny' })).getByRole('link', { name: 'Redaktion' }).getAttribute('href')).toBe('/editorial');
    leader.unmount();
    renderHome(hedemoraMember);
    const memberNav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(memberNav).getByRole('link', { name: 'Våra exempel' }).getAttribute('href')).toBe('/editorial');
    expect(within(memberNav).queryByRole('link', { name: 'Redaktion' })).toBeNull();
  });

  it('gives process leaders the audit log', () => {
    renderHome(processLeader);
    expect(screen.getByRole('link', { name: 'Ändringslogg' })).toBeTruthy();
  });

  it('links to cohorts: all of them and the programmes for process leaders, their own for members', () => {
    const { unmount } = renderHome(processLeader);
    const leaderNav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(leaderNav).getByRole('link', { name: 'Omgångar' }).getAttribute('href')).toBe('/cohorts');
    expect(within(leaderNav).getByRole('link', { name: 'Program' }).getAttribute('href')).toBe('/programmes');
    expect(within(leaderNav).getByRole('link', { name: 'Mitt konto' }).getAttribute('href')).toBe('/account');
    unmount();
    renderHome(hedemoraMember);
    const memberNav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(memberNav).getByRole('link', { name: 'Mina omgångar' }).getAttribute('href')).toBe('/cohorts');
    expect(within(memberNav).queryByRole('link', { name: 'Program' })).toBeNull();
  });
});

describe('HomePage', () => {
  it('welcomes a logged-in user by name, with their organisation', () => {
    renderRoute({ path: '/', element: <HomePage />, url: '/', user: hedemoraMember });
    expect(screen.getByRole('heading', { level: 1, name: 'Välkommen, Karin Lindqvist' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Din organisation: Hedemora kommun' }).getAttribute('href')).toBe('/organizations/2083');
    expect(document.title).toBe('Startsida – Modellkommuner');
  });

  it('presents the platform to visitors', () => {
    renderRoute({ path: '/', element: <HomePage />, url: '/', user: null });
    expect(screen.getByRole('heading', { level: 1, name: 'Välkommen till Modellkommuner' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Logga in' }).getAttribute('href')).toBe('/login');
  });
});
