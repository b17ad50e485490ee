import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { formatCalendarDate } from '../../shared/format';
import { Loading } from '../../shared/ui/Loading';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { useCurrentUser } from '../auth';
import { NotFoundPage, readFlash } from '../pages';
import { CohortRemindersSection } from '../reminders';
import { cohortPermissions } from './cohort-view';
// The goals links section (below) orders members as the members section does.
import type { CohortSectionProps } from './cohort-page-data';
import { orderMembers } from './cohort-view';
import { EditCohortSection } from './EditCohortSection';
import { FollowUpSection } from './FollowUpSection';
import { CohortQuery } from './graphql/operations';
import { LifecycleSection } from './LifecycleSection';
import { MeetingsSection } from './MeetingsSection';
import { MembersSection } from './MembersSection';

export function CohortPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { user } = useCurrentUser();
  const flash = readFlash(useLocation().state);
  const { data, loading, error, refetch } = useQuery(CohortQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });

  if (loading && !data) return <Loading />;
  if (error && !data) {
    return (
      <Page title={t('cohort.titleFallback')}>
        <QueryError error={error} />
      </Page>
    );
  }
  const cohort = data?.cohort;
  // Unknown, or not visible to this user: the API does not say which, and neither does the page.
  if (!cohort || !user) return <NotFoundPage />;

  const permissions = cohortPermissions(user, cohort.members);
  const language = i18n.language;
  const reload = () => refetch();
  const section = { cohort, permissions, reload };

  return (
    <Page title={cohort.name}>
      <StatusMessage>{flash === 'cohortCreated' || flash === 'workingGroupSaved' ? t(`flash.${flash}`) : null}</StatusMessage>
      <dl className="details">
        <div>
          <dt>{t('cohort.programme')}</dt>
          <dd>{cohort.programme.name}</dd>
        </div>
        <div>
          <dt>{t('cohort.status')}</dt>
          <dd>
            <span className={`status-tag status-tag--${cohort.status.toLowerCase()}`}>{t(`cohortStatus.${cohort.status}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('cohort.startDate')}</dt>
          <dd>
            <time dateTime={cohort.startDate}>{formatCalendarDate(cohort.startDate, language)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('cohort.followUp')}</dt>
          <dd>
            <time dateTime={cohort.followUpDueDate}>{formatCalendarDate(cohort.followUpDueDate, language)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('cohort.processLeader')}</dt>
          <dd>
            {cohort.processLeader.name} (<a href={`mailto:${cohort.processLeader.email}`}>{cohort.processLeader.email}</a>)
          </dd>
        </div>
      </dl>

      {permissions.processLeader ? <LifecycleSection {...section} /> : null}
      {permissions.processLeader ? <EditCohortSection {...section} /> : null}
      <MembersSection {...section} />
      <GoalsLinksSection cohort={cohort} permissions={permissions} />
      <MeetingsSection {...section} />

      <FollowUpSection {...section} />
      {permissions.processLeader ? <CohortRemindersSection cohort={cohort} /> : null}

      <p className="section">
        <Link to="/cohorts">{permissions.processLeader ? t('cohort.backAll') : t('cohort.backMine')}</Link>
      </p>
    </Page>
  );
}

/**
 * "Mål och indikatorer": the cohort's overview, and each member organisation's goals and values — the
 * viewer's own organisation first, as "Våra mål och värden" (the pages are features/goals').
 */
function GoalsLinksSection({ cohort, permissions }: Pick<CohortSectionProps, 'cohort' | 'permissions'>) {
  const { t } = useTranslation();
  const own = permissions.ownOrganizationCode;
  const members = orderMembers(cohort.members);
  const ordered = [...members.filter((member) => member.organization.code === own), ...members.filter((member) => member.organization.code !== own)];
  const base = `/cohorts/${encodeURIComponent(cohort.id)}`;
  return (
    <section aria-labelledby="goals-links-heading" className="section">
      <h2 id="goals-links-heading">{t('goals.cohortLinks.heading')}</h2>
      <p>
        <Link to={`${base}/overview`}>{t('goals.cohortLinks.overview')}</Link>
      </p>
      <ul className="link-list">
        {ordered.map((member) => (
          <li key={member.id}>
            <Link to={`${base}/goals/${encodeURIComponent(member.organization.code)}`}>
              {member.organization.code === own ? t('goals.cohortLinks.own') : t('goals.cohortLinks.organization', { organization: member.organization.name })}
            </Link>
            {member.withdrawnAt ? ` ${t('goals.cohortLinks.withdrawn')}` : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
