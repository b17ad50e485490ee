import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { HomePage } from '../features/pages';
import { LANGUAGE_STORAGE_KEY } from '../i18n/i18n';
import { hedemoraMember, processLeader, renderRoute } from '../test/render';
import { Layout } from './Layout';

function renderHome(user: Parameters<typeof renderRoute>[0]['user']) {
  return renderRoute({ path: '/', element: <Layout />, url: '/', user, routes: [] });
}

describe('Layout', () => {
  it('has a skip link, landmarks and the product name', () => {
    renderHome(null);
    expect(screen.getByRole('link', { name: 'Hoppa till huvudinnehållet' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('banner')).toHaveTextContent('Modellkommuner');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('navigation', { name: 'Huvudmeny' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tillgänglighetsredogörelse' })).toHaveAttribute('href', '/accessibility');
    expect(screen.getByRole('link', { name: 'Så hanterar vi personuppgifter' })).toHaveAttribute('href', '/personal-data');
    expect(screen.getByRole('link', { name: 'Logga in' })).toHaveAttribute('href', '/login');
  });

  it('lets keyboard users skip to the main content: the skip link comes first and moves focus there', async () => {
    // jsdom does no layout, and so has no scrollIntoView: a stand-in, to see that the page scrolls there too.
    const scrollIntoView = vi.fn();
    Object.defineProperty(HTMLElement.prototype, 'scrollIntoView', { value: scrollIntoView, configurable: true });
    try {
      renderHome(null);
      const user = userEvent.setup();
      await user.tab();
      expect(screen.getByRole('link', { name: 'Hoppa till huvudinnehållet' })).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(screen.getByRole('main')).toHaveFocus();
      expect(scrollIntoView).toHaveBeenCalledOnce();
    } finally {
      delete (HTMLElement.prototype as Partial<HTMLElement>).scrollIntoView;
    }
  });

  it('switches to English and back, and remembers the choice', async () => {
    renderHome(null);
    const user = userEvent.setup();
    // The button names the other language in that language, marked up as such for screen readers.
    expect(screen.getByRole('button', { name: 'In English' })).toHaveAttribute('lang', 'en');
    await user.click(screen.getByRole('button', { name: 'In English' }));
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Log in' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    await user.click(screen.getByRole('button', { name: 'På svenska' }));
    expect(screen.getByRole('link', { name: 'Logga in' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sv');
  });

  it('shows who is logged in and the links for their role', () => {
    renderHome(hedemoraMember);
    expect(screen.getByRole('banner')).toHaveTextContent('Inloggad som Karin Lindqvist');
    expect(screen.getByRole('link', { name: 'Organisationer' })).toHaveAttribute('href', '/organizations');
    expect(screen.queryByRole('link', { name: 'Ändringslogg' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Logga ut' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Logga in' })).not.toBeInTheDocument();
  });

  it('links everyone to the library, process leaders to the editorial page and members to their examples', () => {
    const { unmount } = renderHome(null);
    const publicNav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(publicNav).getByRole('link', { name: 'Lärande exempel' })).toHaveAttribute('href', '/examples');
    expect(within(publicNav).queryByRole('link', { name: 'Redaktion' })).not.toBeInTheDocument();
    unmount();
    const leader = renderHome(processLeader);
    expect(within(screen.getByRole('navigation', { name: 'Huvudmeny' })).getByRole('link', { name: 'Redaktion' })).toHaveAttribute('href', '/editorial');
    leader.unmount();
    renderHome(hedemoraMember);
    const memberNav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(memberNav).getByRole('link', { name: 'Våra exempel' })).toHaveAttribute('href', '/editorial');
    expect(within(memberNav).queryByRole('link', { name: 'Redaktion' })).not.toBeInTheDocument();
  });

  it('gives process leaders the audit log', () => {
    renderHome(processLeader);
    expect(screen.getByRole('link', { name: 'Ändringslogg' })).toHaveAttribute('href', '/audit');
  });

  it('links to cohorts: all of them and the programmes for process leaders, their own for members', () => {
    const { unmount } = renderHome(processLeader);
    const leaderNav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(leaderNav).getByRole('link', { name: 'Omgångar' })).toHaveAttribute('href', '/cohorts');
    expect(within(leaderNav).getByRole('link', { name: 'Program' })).toHaveAttribute('href', '/programmes');
    expect(within(leaderNav).getByRole('link', { name: 'Mitt konto' })).toHaveAttribute('href', '/account');
    unmount();
    renderHome(hedemoraMember);
    const memberNav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(memberNav).getByRole('link', { name: 'Mina omgångar' })).toHaveAttribute('href', '/cohorts');
    expect(within(memberNav).queryByRole('link', { name: 'Program' })).not.toBeInTheDocument();
  });
});

describe('HomePage', () => {
  it('welcomes a logged-in user by name, with their organisation', () => {
    renderRoute({ path: '/', element: <HomePage />, url: '/', user: hedemoraMember });
    expect(screen.getByRole('heading', { level: 1, name: 'Välkommen, Karin Lindqvist' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Din organisation: Hedemora kommun' })).toHaveAttribute('href', '/organizations/2083');
    expect(document.title).toBe('Startsida – Modellkommuner');
  });

  it('presents the platform to visitors', () => {
    renderRoute({ path: '/', element: <HomePage />, url: '/', user: null });
    expect(screen.getByRole('heading', { level: 1, name: 'Välkommen till Modellkommuner' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Logga in' })).toHaveAttribute('href', '/login');
  });
});
