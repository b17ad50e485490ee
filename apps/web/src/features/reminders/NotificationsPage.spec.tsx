import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { NotificationFieldsFragment } from '../../gql/graphql';
import { graphQLError, hedemoraMember, renderRoute } from '../../test/render';
import { MarkAllNotificationsReadMutation, MarkNotificationsReadMutation, NotificationsQuery } from './graphql/operations';
import { NOTIFICATIONS_SHOWN, NotificationsPage } from './NotificationsPage';

const COHORT = '20000000-0000-4000-8000-000000000001';
const READ_AT = '2026-12-02T10:00:00.000Z';

function notification(id: string, extra: Partial<NotificationFieldsFragment> = {}): NotificationFieldsFragment & { __typename: 'Notification' } {
  return {
    __typename: 'Notification',
    id,
    kind: 'CUSTOM',
    title: `Notis ${id}`,
    body: `Text ${id}`,
    link: `/cohorts/${COHORT}`,
    createdAt: '2026-12-02T08:05:00.000Z',
    readAt: null,
    ...extra,
  };
}

const enkat = notification('n-1', { title: 'Glöm inte enkäten', body: 'Fyll i enkäten före fredag.' });
const meeting = notification('n-2', {
  kind: 'MEETING_UPCOMING',
  title: 'I morgon: Återsamling',
  body: 'Återsamling 3 december 2026 kl. 10:00.',
  createdAt: '2026-12-01T07:00:00.000Z',
  readAt: READ_AT,
});
const overdue = notification('n-3', { kind: 'FOLLOW_UP_OVERDUE', title: 'Uppföljningen är 8 dagar försenad', createdAt: '2026-11-30T07:00:00.000Z' });

function list(unreadOnly: boolean, items: NotificationFieldsFragment[]) {
  return { request: { query: NotificationsQuery, variables: { unreadOnly, first: NOTIFICATIONS_SHOWN } }, result: { data: { notifications: items } } };
}

function renderPage(mocks: Parameters<typeof renderRoute>[0]['mocks'], url = '/notifications') {
  return renderRoute({ path: '/notifications', element: <NotificationsPage />, url, user: hedemoraMember, mocks });
}

const items = () => within(screen.getByRole('list', { name: /notis/ })).getAllByRole('article');

describe('NotificationsPage', () => {
  it('lists the notifications newest first: title, text, Swedish time, read or unread in words, and a link onward', async () => {
    renderPage([list(false, [enkat, meeting, overdue])]);
    expect(screen.getByRole('heading', { level: 1, name: 'Notiser' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: '3 notiser' })).toBeInTheDocument();
    expect(items().map((item) => within(item).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Glöm inte enkäten',
      'I morgon: Återsamling',
      'Uppföljningen är 8 dagar försenad',
    ]);
    const first = items()[0];
    expect(within(first).getByText('Fyll i enkäten före fredag.')).toBeVisible();
    // 08:05 UTC is 09:05 in Stockholm in December.
    expect(within(first).getByText('2 december 2026 kl. 09:05')).toHaveAttribute('datetime', '2026-12-02T08:05:00.000Z');
    expect(within(first).getByText('Oläst')).toBeVisible();
    expect(within(first).getByText(/Meddelande från processledaren/)).toBeVisible();
    expect(within(first).getByRole('link', { name: 'Öppna Glöm inte enkäten' })).toHaveAttribute('href', `/cohorts/${COHORT}`);
    expect(within(first).getByRole('button', { name: 'Markera som läst Glöm inte enkäten' })).toBeInTheDocument();
    // A read one says so, and has nothing to mark.
    const second = items()[1];
    expect(within(second).getByText('Läst')).toBeVisible();
    expect(within(second).queryByRole('button', { name: /Markera som läst/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Markera alla som lästa' })).toBeInTheDocument();
  });

  it('marks one read, says so, and keeps focus on it', async () => {
    const sent: unknown[] = [];
    renderPage([
      list(false, [enkat, meeting]),
      {
        request: {
          query: MarkNotificationsReadMutation,
          variables: (variables: Record<string, unknown>) => {
            sent.push(variables);
            return true;
          },
        },
        result: { data: { markNotificationsRead: 1 } },
      },
      list(false, [{ ...enkat, readAt: READ_AT }, meeting]),
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Markera som läst Glöm inte enkäten' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Notisen är markerad som läst.'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 3, name: 'Glöm inte enkäten' })).toHaveFocus());
    expect(sent).toEqual([{ ids: ['n-1'] }]);
    expect(within(items()[0]).getByText('Läst')).toBeVisible();
    expect(screen.queryByRole('button', { name: /Markera som läst/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Markera alla som lästa' })).not.toBeInTheDocument();
  });

  it('filters to the unread ones in the URL, focuses the count, and moves focus on when a read one leaves the list', async () => {
    const { router } = renderPage([
      list(false, [enkat, meeting, overdue]),
      list(true, [enkat, overdue]),
      { request: { query: MarkNotificationsReadMutation, variables: { ids: ['n-1'] } }, result: { data: { markNotificationsRead: 1 } } },
      list(true, [overdue]),
      { request: { query: MarkNotificationsReadMutation, variables: { ids: ['n-3'] } }, result: { data: { markNotificationsRead: 1 } } },
      list(true, []),
    ]);
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 2, name: '3 notiser' });
    await user.click(screen.getByRole('checkbox', { name: 'Bara olästa' }));
    await user.click(screen.getByRole('button', { name: 'Filtrera' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: '2 olästa notiser' })).toHaveFocus());
    expect(router.state.location.search).toBe('?unread=1');
    expect(screen.getByRole('checkbox', { name: 'Bara olästa' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Markera som läst Glöm inte enkäten' }));
    // It is no longer unread: the next one takes focus.
    await waitFor(() => expect(screen.getByRole('heading', { level: 3, name: 'Uppföljningen är 8 dagar försenad' })).toHaveFocus());
    expect(screen.queryByRole('heading', { level: 3, name: 'Glöm inte enkäten' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Markera som läst Uppföljningen är 8 dagar försenad' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Inga olästa notiser' })).toHaveFocus());
    expect(screen.getByText('Du har inga olästa notiser.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Visa alla notiser' })).toHaveAttribute('href', '/notifications');
  });

  it('marks all read, says how many, and focuses the heading', async () => {
    renderPage([
      list(false, [enkat, meeting, overdue]),
      { request: { query: MarkAllNotificationsReadMutation }, result: { data: { markAllNotificationsRead: 2 } } },
      list(false, [
        { ...enkat, readAt: READ_AT },
        meeting,
        { ...overdue, readAt: READ_AT },
      ]),
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Markera alla som lästa' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 notiser är markerade som lästa.'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: '3 notiser' })).toHaveFocus());
    expect(screen.queryByText('Oläst')).not.toBeInTheDocument();
    expect(screen.getAllByText('Läst')).toHaveLength(3);
  });

  it('shows a refusal in the error summary, focused, and leaves the notification unread', async () => {
    const message = 'Högst 200 notiser åt gången.';
    renderPage([
      list(false, [enkat]),
      { request: { query: MarkNotificationsReadMutation, variables: { ids: ['n-1'] } }, result: { errors: [graphQLError('BAD_USER_INPUT', message)] } },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Markera som läst Glöm inte enkäten' }));
    const summary = (await screen.findByText(message)).closest('.error-summary');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(items()[0]).getByText('Oläst')).toBeVisible();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('says when there is nothing yet, and follows no link that leads out of the app', async () => {
    const { unmount } = renderPage([list(false, [])]);
    expect(await screen.findByRole('heading', { level: 2, name: 'Inga notiser' })).toBeInTheDocument();
    expect(screen.getByText(/^Du har inga notiser än\./)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Markera alla som lästa' })).not.toBeInTheDocument();
    unmount();
    renderPage([list(false, [notification('n-9', { link: 'https://example.com/phish', title: 'Konstig länk' })])]);
    await screen.findByRole('heading', { level: 2, name: '1 notis' });
    expect(screen.queryByRole('link', { name: /Öppna/ })).not.toBeInTheDocument();
  });
});
