import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { mayManageReminders, remindersOpen, type CohortStatus } from '@modellkommuner/shared';
import type { CohortRemindersQuery as CohortRemindersResult } from '../../gql/graphql';
import { QueryTable } from '../../shared/ui/DataTableSection';
import { useCurrentUser } from '../auth';
import { CustomReminderForm, type ReminderMember } from './CustomReminderForm';
import { CohortRemindersQuery } from './graphql/operations';
import { formatDateTimeWords, lateness, reminderKindLabel } from './reminder-words';
import './reminders.css';

type ScheduledReminder = NonNullable<CohortRemindersResult['cohort']>['upcomingReminders'][number];

/** What the section needs of the cohort (the cohort page's CohortDetails has it). */
export interface RemindersCohort {
  id: string;
  status: CohortStatus;
  members: readonly ReminderMember[];
}

/**
 * The cohort page's "Påminnelser", for process leaders only (`mayManageReminders`): what waits and what
 * went out in the last 30 days, as a table that becomes cards on a phone — what it is about, its kind, when
 * it is due, when it went out (and how late, when the worker or the queue was down), to how many — and
 * "Skicka ett eget meddelande" while the cohort is open for reminders (`remindersOpen`).
 */
export function CohortRemindersSection({ cohort }: { cohort: RemindersCohort }) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const allowed = mayManageReminders(user ? { role: user.role, organization: user.organization.code } : null);
  const { data, loading, error } = useQuery(CohortRemindersQuery, {
    variables: { id: cohort.id },
    fetchPolicy: 'cache-and-network',
    skip: !allowed,
  });
  if (!allowed) return null;
  const rows = data?.cohort?.upcomingReminders;
  const open = remindersOpen(cohort.status);

  return (
    <section aria-labelledby="reminders-heading" className="section">
      <h2 id="reminders-heading">{t('reminders.cohort.heading')}</h2>
      <p>{t('reminders.cohort.intro')}</p>
      <RemindersTable rows={rows} loading={loading} error={error} />
      {open ? (
        <CustomReminderForm cohortId={cohort.id} members={cohort.members} />
      ) : (
        <p>{t('reminders.cohort.closed', { status: t(`cohortStatus.${cohort.status}`).toLowerCase() })}</p>
      )}
    </section>
  );
}

function RemindersTable({ rows, loading, error }: { rows: readonly ScheduledReminder[] | undefined; loading: boolean; error: unknown }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <QueryTable
      captionId="reminders-caption"
      caption={t('reminders.cohort.caption')}
      rows={rows}
      loading={loading}
      error={error}
      emptyText={t('reminders.cohort.none')}
      rowKey={(row) => row.id}
      columns={[
        {
          header: t('reminders.cohort.columnAbout'),
          rowHeader: true,
          // Written by the API in Swedish.
          cell: (row) => <span lang="sv">{row.about}</span>,
        },
        { header: t('reminders.cohort.columnKind'), cell: (row) => reminderKindLabel(row.kind, t) },
        {
          header: t('reminders.cohort.columnDue'),
          cell: (row) => <time dateTime={row.dueAt}>{formatDateTimeWords(row.dueAt, t, language)}</time>,
        },
        {
          header: t('reminders.cohort.columnSent'),
          cell: (row) => {
            if (!row.sentAt) return t('reminders.cohort.waiting');
            const late = lateness(row.dueAt, row.sentAt, t);
            return (
              <>
                <time dateTime={row.sentAt}>{formatDateTimeWords(row.sentAt, t, language)}</time>
                {late ? <span className="reminder-late">{t('reminders.cohort.late', { late })}</span> : null}
              </>
            );
          },
        },
        { header: t('reminders.cohort.columnRecipients'), cell: (row) => t('reminders.cohort.recipients', { count: row.recipients }) },
      ]}
    />
  );
}
