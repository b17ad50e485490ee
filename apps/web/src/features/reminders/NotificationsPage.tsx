import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { NotificationFieldsFragment } from '../../gql/graphql';
import { useActionFeedback } from '../../shared/forms';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { Loading } from '../../shared/ui/Loading';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationsReadMutation,
  NotificationsQuery,
  UnreadNotificationCountQuery,
} from './graphql/operations';
import { formatDateTimeWords, inAppPath, isReminderKind, reminderKindLabel } from './reminder-words';
import { useOpenNotification } from './use-open-notification';
import './reminders.css';

/** The most the API answers (`notifications(first:)` is capped at 100). */
export const NOTIFICATIONS_SHOWN = 100;

const titleId = (id: string) => `notification-${id}-title`;

/** What to focus once the list shows the server's answer to "Markera som läst". */
interface FocusAfterRead {
  id: string;
  index: number;
}

/**
 * `/notifications`: the user's notifications, newest first, each with its title, text, time (Swedish
 * time), whether it is read (in words), a link onward ("Öppna", which also marks it read) and "Markera som
 * läst"; "Markera alla som lästa"; "Bara olästa" in the URL (`?unread=1`). After each answer focus goes
 * where the user continues: the item (or, when it left the unread list, the next one), else the heading.
 */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('unread') === '1';
  const { data, loading, error } = useQuery(NotificationsQuery, {
    variables: { unreadOnly, first: NOTIFICATIONS_SHOWN },
    fetchPolicy: 'cache-and-network',
  });
  const refetchQueries = [NotificationsQuery, UnreadNotificationCountQuery];
  const [markRead] = useMutation(MarkNotificationsReadMutation, { refetchQueries, awaitRefetchQueries: true });
  const [markAll, { loading: markingAll }] = useMutation(MarkAllNotificationsReadMutation, { refetchQueries, awaitRefetchQueries: true });
  const feedback = useActionFeedback();
  const opened = useOpenNotification();
  const [busyId, setBusyId] = useState<string | null>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const focusAfterRead = useRef<FocusAfterRead | 'heading' | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const focusResultsFor = useRef<string | null>(null);
  const shownParams = params.toString();
  const notifications = data?.notifications;
  const anyUnread = notifications?.some((notification) => !notification.readAt) ?? false;

  useEffect(() => {
    if (focusResultsFor.current === shownParams) {
      focusResultsFor.current = null;
      resultsHeading.current?.focus();
    }
  }, [shownParams]);

  // After an answer, with the list as the server now has it.
  useEffect(() => {
    const target = focusAfterRead.current;
    if (focusRequest === 0 || !target) return;
    focusAfterRead.current = null;
    if (target === 'heading') {
      resultsHeading.current?.focus();
      return;
    }
    const same = document.getElementById(titleId(target.id));
    const titles = [...(list.current?.querySelectorAll<HTMLElement>('.notification__title') ?? [])];
    (same ?? titles[target.index] ?? titles[target.index - 1] ?? resultsHeading.current)?.focus();
  }, [focusRequest]);

  function filter(next: boolean) {
    const nextParams = new URLSearchParams(next ? { unread: '1' } : {});
    if (nextParams.toString() === shownParams) {
      resultsHeading.current?.focus();
      return;
    }
    focusResultsFor.current = nextParams.toString();
    setParams(nextParams);
  }

  async function readOne(notification: NotificationFieldsFragment, index: number) {
    if (busyId) return;
    setBusyId(notification.id);
    const done = await feedback.run(() => markRead({ variables: { ids: [notification.id] } }), t('reminders.notifications.markedRead'));
    setBusyId(null);
    if (!done) return;
    focusAfterRead.current = { id: notification.id, index };
    setFocusRequest((count) => count + 1);
  }

  async function readAll() {
    if (markingAll) return;
    let changed = 0;
    const done = await feedback.run(async () => {
      const answer = await markAll();
      changed = answer.data?.markAllNotificationsRead ?? 0;
    }, '');
    if (!done) return;
    feedback.setStatus(changed > 0 ? t('reminders.notifications.markedAll', { count: changed }) : t('reminders.notifications.markedAllNone'));
    focusAfterRead.current = 'heading';
    setFocusRequest((count) => count + 1);
  }

  const count = notifications?.length ?? 0;
  const heading =
    notifications === undefined
      ? t('reminders.notifications.resultsLabel')
      : count === 0
        ? unreadOnly
          ? t('reminders.notifications.resultsNoneUnread')
          : t('reminders.notifications.resultsNone')
        : unreadOnly
          ? t('reminders.notifications.resultsUnread', { count })
          : t('reminders.notifications.results', { count });

  return (
    <Page title={t('reminders.notifications.title')}>
      <p>{t('reminders.notifications.intro')}</p>
      <p>
        <Link to="/account">{t('reminders.notifications.accountLink')}</Link>
      </p>
      <NotificationFilter key={shownParams} unreadOnly={unreadOnly} onApply={filter} />
      <h2 id="notifications-heading" ref={resultsHeading} tabIndex={-1} className="notifications__heading">
        {heading}
      </h2>
      <StatusMessage>{feedback.status}</StatusMessage>
      <ErrorSummary error={feedback.error} />
      {error ? <QueryError error={error} /> : null}
      {loading && !notifications ? <Loading /> : null}
      {notifications && count === 0 ? (
        <p>
          {unreadOnly ? t('reminders.notifications.emptyUnread') : t('reminders.notifications.empty')}
          {unreadOnly ? (
            <>
              {' '}
              <Link to="/notifications">{t('reminders.notifications.showAll')}</Link>
            </>
          ) : null}
        </p>
      ) : null}
      {anyUnread ? (
        <div className="button-row">
          <button type="button" className="button button--secondary" aria-disabled={markingAll ? true : undefined} onClick={() => void readAll()}>
            {markingAll ? t('common.saving') : t('reminders.notifications.markAllRead')}
          </button>
        </div>
      ) : null}
      {notifications && count > 0 ? (
        <ol ref={list} className="notification-list" aria-labelledby="notifications-heading">
          {notifications.map((notification, index) => (
            <li key={notification.id}>
              <NotificationItem
                notification={notification}
                busy={busyId === notification.id}
                onRead={() => void readOne(notification, index)}
                onOpen={() => opened(notification)}
              />
            </li>
          ))}
        </ol>
      ) : null}
      {count >= NOTIFICATIONS_SHOWN ? <p>{t('reminders.notifications.limit', { count: NOTIFICATIONS_SHOWN })}</p> : null}
    </Page>
  );
}

function NotificationFilter({ unreadOnly, onApply }: { unreadOnly: boolean; onApply: (unreadOnly: boolean) => void }) {
  const { t } = useTranslation();
  const [checked, setChecked] = useState(unreadOnly);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(checked);
  }
  return (
    <form role="search" aria-label={t('reminders.notifications.filtersLabel')} className="filters notifications__filters" noValidate onSubmit={submit}>
      <div className="field">
        <div className="choice">
          <input id="notifications-unread" type="checkbox" name="unread" checked={checked} onChange={(event) => setChecked(event.target.checked)} />
          <label htmlFor="notifications-unread" className="choice__label">
            {t('reminders.notifications.unreadOnly')}
          </label>
        </div>
      </div>
      <div className="filters__actions button-row">
        <button type="submit" className="button">
          {t('reminders.notifications.apply')}
        </button>
      </div>
    </form>
  );
}

interface NotificationItemProps {
  notification: NotificationFieldsFragment;
  busy: boolean;
  onRead: () => void;
  onOpen: () => void;
}

/** One notification: read or unread said in words (and by a thicker edge and bold title, never colour alone). */
function NotificationItem({ notification, busy, onRead, onOpen }: NotificationItemProps) {
  const { t, i18n } = useTranslation();
  const unread = !notification.readAt;
  const path = inAppPath(notification.link);
  const headingId = titleId(notification.id);
  return (
    <article aria-labelledby={headingId} className={unread ? 'notification notification--unread' : 'notification'}>
      <h3 id={headingId} tabIndex={-1} className="notification__title">
        {/* What the API and process leaders write is Swedish: read in Swedish in the English interface too. */}
        <span lang="sv">{notification.title}</span>
      </h3>
      <p className="notification__meta">
        <span className={unread ? 'notification__state notification__state--unread' : 'notification__state'}>
          {unread ? t('reminders.notifications.unread') : t('reminders.notifications.read')}
        </span>{' '}
        <time dateTime={notification.createdAt}>{formatDateTimeWords(notification.createdAt, t, i18n.language)}</time>
        {isReminderKind(notification.kind) ? <> · {reminderKindLabel(notification.kind, t)}</> : null}
      </p>
      {notification.body ? (
        <p className="notification__body pre-line" lang="sv">
          {notification.body}
        </p>
      ) : null}
      <div className="button-row notification__actions">
        {path ? (
          <Link to={path} className="button button--small" onClick={onOpen}>
            {t('reminders.notifications.open')} <span className="visually-hidden" lang="sv">{notification.title}</span>
          </Link>
        ) : null}
        {unread ? (
          <button type="button" className="button button--secondary button--small" aria-disabled={busy ? true : undefined} onClick={onRead}>
            {busy ? t('common.saving') : t('reminders.notifications.markRead')}{' '}
            <span className="visually-hidden" lang="sv">
              {notification.title}
            </span>
          </button>
        ) : null}
      </div>
    </article>
  );
}
