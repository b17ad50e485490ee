import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hedemoraMember, renderRoute } from '../../test/render';
import { UnreadNotificationCountQuery } from './graphql/operations';
import { NotificationBell } from './NotificationBell';

function count(n: number) {
  return { request: { query: UnreadNotificationCountQuery }, result: { data: { unreadNotificationCount: n } } };
}

function renderBell(mocks: Parameters<typeof renderRoute>[0]['mocks'], url = '/') {
  return renderRoute({ path: '/*', element: <NotificationBell />, url, user: hedemoraMember, mocks });
}

describe('NotificationBell', () => {
  it('links to the notifications, saying how many are unread in words', async () => {
    renderBell([count(3)]);
    const bell = await screen.findByRole('link', { name: 'Notiser, 3 olästa' });
    expect(bell).toHaveAttribute('href', '/notifications');
    expect(bell).toHaveTextContent('Notiser3');
  });

  it('is just "Notiser" once none is unread, and says one in the singular', async () => {
    const { unmount } = renderBell([count(2), count(0)]);
    await screen.findByRole('link', { name: 'Notiser, 2 olästa' });
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(await screen.findByRole('link', { name: 'Notiser' })).toHaveTextContent(/^Notiser$/);
    unmount();
    renderBell([count(1)]);
    expect(await screen.findByRole('link', { name: 'Notiser, 1 oläst' })).toBeInTheDocument();
  });

  it('reads the count again when the window regains focus', async () => {
    renderBell([count(2), count(5)]);
    await screen.findByRole('link', { name: 'Notiser, 2 olästa' });
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(await screen.findByRole('link', { name: 'Notiser, 5 olästa' })).toBeInTheDocument();
  });

  it('keeps the badge short while the name says the whole number, and marks the current page', async () => {
    renderBell([count(120)], '/notifications');
    const bell = await screen.findByRole('link', { name: 'Notiser, 120 olästa' });
    expect(bell).toHaveTextContent(/^Notiser99\+$/);
    expect(bell).toHaveAttribute('aria-current', 'page');
  });

  it('says it in English in the English interface', async () => {
    renderRoute({ path: '/*', element: <NotificationBell />, url: '/', user: hedemoraMember, mocks: [count(4)], language: 'en' });
    expect(await screen.findByRole('link', { name: 'Notifications, 4 unread' })).toBeInTheDocument();
  });
});
