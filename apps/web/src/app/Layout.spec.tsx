import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HomePage } from '../features/pages';
import { UnreadNotificationCountQuery } from '../features/reminders/graphql/operations';
import { LANGUAGE_STORAGE_KEY } from '../i18n/i18n';
import { hedemoraMember, processLeader, renderRoute } from '../test/render';
import { setViewportWidth } from '../test/viewport';
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
    expect(screen.getByRole('link', { name: 'Uppföljning' })).toHaveAttribute('href', '/follow-up');
    expect(screen.queryByRole('link', { name: 'Ändringslogg' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Logga ut' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Logga in' })).not.toBeInTheDocument();
  });

  it('links everyone to the library, process leaders to the editorial page and members to their examples', () => {
    const { unmount } = renderHome(null);
    const publicNav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(publicNav).queryByRole('link', { name: 'Uppföljning' })).not.toBeInTheDocument();
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

  it('has the notifications bell, with the unread count in its name, for logged-in users only', async () => {
    const { unmount } = renderRoute({
      path: '/',
      element: <Layout />,
      url: '/',
      user: hedemoraMember,
      mocks: [{ request: { query: UnreadNotificationCountQuery }, result: { data: { unreadNotificationCount: 3 } } }],
    });
    const bell = await within(screen.getByRole('banner')).findByRole('link', { name: 'Notiser, 3 olästa' });
    expect(bell).toHaveAttribute('href', '/notifications');
    // Beside who is logged in, not in the navigation (whose line it would lengthen).
    expect(within(screen.getByRole('navigation', { name: 'Huvudmeny' })).queryByRole('link', { name: /Notiser/ })).not.toBeInTheDocument();
    unmount();
    renderHome(null);
    expect(screen.queryByRole('link', { name: /Notiser/ })).not.toBeInTheDocument();
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

describe('Layout on a phone', () => {
  let viewport: ReturnType<typeof setViewportWidth>;
  beforeEach(() => {
    viewport = setViewportWidth(390);
  });
  afterEach(() => viewport.restore());

  function renderAt(url: string, user: Parameters<typeof renderRoute>[0]['user']) {
    // Every path renders the layout, so following a link keeps it on the page.
    return renderRoute({ path: '/*', element: <Layout />, url, user });
  }

  it('puts the navigation, the user and the language behind a "Meny" button: the header is one line', async () => {
    renderAt('/cohorts', hedemoraMember);
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'Meny' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const menu = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(menu).not.toBeNull();
    expect(menu).not.toBeVisible();
    expect(screen.queryByRole('navigation', { name: 'Huvudmeny' })).not.toBeInTheDocument();
    // Who is logged in is read by screen readers, and shown when the menu is open.
    expect(screen.getByRole('banner')).toContainElement(screen.getByText('Inloggad som Karin Lindqvist'));
    expect(screen.getByText('Inloggad som Karin Lindqvist')).toHaveClass('visually-hidden');
    expect(screen.getByRole('banner')).toContainElement(screen.getByRole('link', { name: 'Modellkommuner, till startsidan' }));

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(menu).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(menu).toContainElement(nav);
    // The current page is marked, in words for screen readers and by a thicker underline.
    expect(within(nav).getByRole('link', { name: 'Mina omgångar' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Organisationer' })).not.toHaveAttribute('aria-current');
    expect(screen.getByText('Inloggad som Karin Lindqvist')).not.toHaveClass('visually-hidden');
    expect(within(menu!).getByRole('button', { name: 'In English' })).toBeVisible();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(menu).not.toBeVisible();
  });

  it('shows the unread count on "Meny" (its name unchanged) and has the bell first in the menu', async () => {
    renderRoute({
      path: '/*',
      element: <Layout />,
      url: '/',
      user: hedemoraMember,
      mocks: [{ request: { query: UnreadNotificationCountQuery }, result: { data: { unreadNotificationCount: 2 } } }],
    });
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'Meny' });
    await waitFor(() => expect(button).toHaveAccessibleDescription('2 olästa notiser'));
    expect(button).toHaveTextContent(/^Meny2$/);
    expect(screen.queryByRole('link', { name: /^Notiser/ })).not.toBeInTheDocument();
    await user.click(button);
    const bell = screen.getByRole('link', { name: 'Notiser, 2 olästa' });
    const menu = document.getElementById('site-menu')!;
    expect(menu).toContainElement(bell);
    // First in the menu, before the navigation.
    expect(bell.compareDocumentPosition(within(menu).getByRole('navigation', { name: 'Huvudmeny' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('works with the keyboard: Enter opens, Tab goes into the menu, Escape closes it and returns focus to the button', async () => {
    renderAt('/', processLeader);
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'Meny' });
    await user.tab(); // the skip link
    await user.tab(); // the brand
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(screen.getByRole('link', { name: /^Notiser/ })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Start' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Lärande exempel' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    expect(screen.queryByRole('link', { name: 'Lärande exempel' })).not.toBeInTheDocument();

    // Space toggles it too; Escape on the button itself closes it.
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('closes the menu when a link in it is followed', async () => {
    const { router } = renderAt('/', processLeader);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Meny' }));
    await user.click(screen.getByRole('link', { name: 'Program' }));
    expect(router.state.location.pathname).toBe('/programmes');
    expect(screen.getByRole('button', { name: 'Meny' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('navigation', { name: 'Huvudmeny' })).not.toBeInTheDocument();
  });

  it('shows the whole navigation again, without the button, when the window becomes wider', () => {
    renderAt('/', hedemoraMember);
    expect(screen.getByRole('button', { name: 'Meny' })).toBeInTheDocument();
    act(() => viewport.resize(1280));
    expect(screen.queryByRole('button', { name: 'Meny' })).not.toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
    expect(screen.getByText('Inloggad som Karin Lindqvist')).toBeVisible();
  });

  it('names the button in English in the English interface', () => {
    renderRoute({ path: '/*', element: <Layout />, url: '/', user: null, language: 'en' });
    expect(screen.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
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
