import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isProcessLeader } from '@modellkommuner/shared';
import type { CurrentUserFragment } from '../../gql/graphql';
import { checkpointKindLabel, reportPath } from '../../shared/follow-up';
import { formatCalendarDate, formatTime, formatWeekdayDate } from '../../shared/format';
import { Loading } from '../../shared/ui/Loading';
import { QueryError } from '../../shared/ui/QueryError';
import { AGENDA_LIMITS, nextMeetings, reportsDue, reviewsWaiting } from './agenda';
import { AgendaQuery } from './graphql/operations';
import { formatDateTimeWords, inAppPath } from './reminder-words';
import { useOpenNotification } from './use-open-notification';
import './reminders.css';

/**
 * The start page's "Det här väntar på dig" for a logged-in user, from one request (AgendaQuery): the next
 * meetings of their cohorts, their organisation's follow-up reports that are due or overdue, the reports
 * waiting for their review, for process leaders the examples in the editorial queue, and the latest unread
 * notifications (which also tell of values missing for a period). Each item links onward; a group with
 * nothing in it is left out.
 */
export function Agenda({ user, now = new Date() }: { user: CurrentUserFragment; now?: Date }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const processLeader = isProcessLeader({ role: user.role, organization: user.organization.code });
  const { data, loading, error } = useQuery(AgendaQuery, {
    variables: { processLeader, notifications: AGENDA_LIMITS.notifications, examples: AGENDA_LIMITS.examples },
    fetchPolicy: 'cache-and-network',
  });
  const opened = useOpenNotification();

  const meetings = data ? nextMeetings(data.cohorts, user, now) : [];
  const due = data ? reportsDue(data.followUpReports, user, now) : [];
  const reviews = data ? reviewsWaiting(data.followUpReports, user) : [];
  const notifications = data?.notifications ?? [];
  const examples = data?.examplesInReview;
  const nothing = data && !meetings.length && !due.length && !reviews.length && !notifications.length && !examples?.totalCount;

  return (
    <section aria-labelledby="agenda-heading" className="section agenda">
      <h2 id="agenda-heading">{t('reminders.agenda.heading')}</h2>
      {error ? <QueryError error={error} /> : null}
      {loading && !data ? <Loading /> : null}
      {nothing ? <p>{t('reminders.agenda.nothing')}</p> : null}

      {notifications.length ? (
        <AgendaGroup id="agenda-notifications" heading={t('reminders.agenda.notifications')}>
          <ul className="agenda__list">
            {notifications.map((notification) => (
              <li key={notification.id}>
                <Link to={inAppPath(notification.link) ?? '/notifications'} lang="sv" onClick={() => opened(notification)}>
                  {notification.title}
                </Link>
                <span className="agenda__detail">
                  <time dateTime={notification.createdAt}>{formatDateTimeWords(notification.createdAt, t, language)}</time>
                </span>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/notifications">{t('reminders.agenda.allNotifications')}</Link>
          </p>
        </AgendaGroup>
      ) : null}

      {meetings.length ? (
        <AgendaGroup id="agenda-meetings" heading={t('reminders.agenda.meetings')}>
          <ul className="agenda__list">
            {meetings.map((meeting) => (
              <li key={meeting.id}>
                <Link to={`/cohorts/${encodeURIComponent(meeting.cohort.id)}`} lang="sv">
                  {meeting.title}
                </Link>
                <span className="agenda__detail">
                  <time dateTime={meeting.startsAt}>
                    {t('reminders.dateTime', { date: formatWeekdayDate(meeting.startsAt, language), time: formatTime(meeting.startsAt, language) })}
                  </time>
                  , <span lang="sv">{meeting.cohort.name}</span>
                </span>
              </li>
            ))}
          </ul>
        </AgendaGroup>
      ) : null}

      {due.length ? (
        <AgendaGroup id="agenda-reports" heading={t('reminders.agenda.followUp')}>
          <ul className="agenda__list">
            {due.map((row) => {
              const date = formatCalendarDate(row.dueDate, language);
              return (
                <li key={`${row.checkpoint.id}:${row.organization.code}`}>
                  <Link to={reportPath(row.checkpoint.id, row.organization.code)}>
                    {t('reminders.agenda.followUpReport', { checkpoint: checkpointKindLabel(row.checkpoint.kind, t), cohort: row.cohort.name })}
                  </Link>
                  <span className="agenda__detail">
                    {row.daysOverdue ? (
                      <strong className="agenda__overdue">{t('reminders.agenda.followUpOverdue', { count: row.daysOverdue, date })}</strong>
                    ) : (
                      t('reminders.agenda.followUpDue', { date })
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        </AgendaGroup>
      ) : null}

      {reviews.length ? (
        <AgendaGroup id="agenda-reviews" heading={t('reminders.agenda.reviews')}>
          <ul className="agenda__list">
            {reviews.map((row) => (
              <li key={`${row.checkpoint.id}:${row.organization.code}`}>
                <Link to={reportPath(row.checkpoint.id, row.organization.code)}>
                  {t('reminders.agenda.review', {
                    organization: row.organization.name,
                    checkpoint: checkpointKindLabel(row.checkpoint.kind, t),
                    cohort: row.cohort.name,
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </AgendaGroup>
      ) : null}

      {examples?.totalCount ? (
        <AgendaGroup id="agenda-examples" heading={t('reminders.agenda.examples')}>
          <p>{t('reminders.agenda.examplesCount', { count: examples.totalCount })}</p>
          <ul className="agenda__list">
            {examples.edges.map(({ node }) => (
              <li key={node.id}>
                <Link to={`/examples/${encodeURIComponent(node.slug)}`} lang="sv">
                  {node.title}
                </Link>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/editorial">{t('reminders.agenda.editorialLink')}</Link>
          </p>
        </AgendaGroup>
      ) : null}
    </section>
  );
}

function AgendaGroup({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="agenda__group">
      <h3 id={id}>{heading}</h3>
      {children}
    </section>
  );
}
