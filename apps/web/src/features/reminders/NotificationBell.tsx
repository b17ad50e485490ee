import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { UnreadNotificationCountQuery } from './graphql/operations';
import './reminders.css';

/** How often the count is read again while the page is open. */
export const UNREAD_POLL_MS = 60_000;

/**
 * The header's link to `/notifications` for a logged-in user, with the number of unread notifications:
 * read every minute, again when the window regains focus (another tab, another program), and after
 * notifications are marked read (those mutations refetch this query). Its name says the number in words,
 * "Notiser, 3 olästa", not by the badge alone. On a phone it stands first in the menu behind "Meny"
 * (app/Layout.tsx), which shows the number too (UnreadMenuBadge): the header stays one line.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(UnreadNotificationCountQuery, { pollInterval: UNREAD_POLL_MS, fetchPolicy: 'cache-and-network' });
  const count = data?.unreadNotificationCount ?? 0;

  useEffect(() => {
    const readAgain = () => {
      if (document.visibilityState === 'hidden') return;
      // A failed read leaves the last count; the next poll tries again.
      refetch().catch(() => undefined);
    };
    window.addEventListener('focus', readAgain);
    document.addEventListener('visibilitychange', readAgain);
    return () => {
      window.removeEventListener('focus', readAgain);
      document.removeEventListener('visibilitychange', readAgain);
    };
  }, [refetch]);

  const label = t('reminders.bell.label');
  const name = count > 0 ? `${label}, ${t('reminders.bell.unread', { count })}` : label;
  return (
    <NavLink to="/notifications" className="bell" aria-label={name}>
      <BellIcon />
      <span className="bell__label">{label}</span>
      {count > 0 ? <span className="bell__count">{badgeText(count)}</span> : null}
    </NavLink>
  );
}

function badgeText(count: number): string {
  return count > 99 ? '99+' : String(count);
}

/** The number of unread notifications, as the bell last read it (the bell polls; this only reads the cache). */
export function useUnreadCount(): number {
  const { data } = useQuery(UnreadNotificationCountQuery, { fetchPolicy: 'cache-only' });
  return data?.unreadNotificationCount ?? 0;
}

/**
 * On a phone the bell is behind "Meny" (app/Layout.tsx): the button shows the number over its corner — it
 * takes no room in the one-line header — hidden from screen readers, which hear UnreadMenuDescription as the
 * button's description instead (its name stays "Meny"). Nothing while none is unread.
 */
export function UnreadMenuBadge() {
  const count = useUnreadCount();
  return count > 0 ? (
    <span className="menu-button__badge" aria-hidden="true">
      {badgeText(count)}
    </span>
  ) : null;
}

/** The words for the menu button's description: "3 olästa notiser" (outside the button, so not in its name). */
export function UnreadMenuDescription({ id }: { id: string }) {
  const { t } = useTranslation();
  const count = useUnreadCount();
  return count > 0 ? (
    <span id={id} className="visually-hidden">
      {t('reminders.bell.menuUnread', { count })}
    </span>
  ) : null;
}

function BellIcon() {
  return (
    <svg className="bell__icon" aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 20 20">
      <path
        d="M10 2.5a5 5 0 0 0-5 5v3.2L3.3 14h13.4L15 10.7V7.5a5 5 0 0 0-5-5ZM8 16a2 2 0 0 0 4 0"
        stroke="currentColor"
        strokeWidth="1.8"
        fill="none"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  );
}
