import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '../../shared/ui/Loading';
import { Page } from '../../shared/ui/Page';
import { QueryErrorPage } from '../../shared/ui/QueryError';
import { useCurrentUser } from '../auth';
import { InvitationsSection } from '../invitations';
import { NotFoundPage } from '../pages';
import { UsersSection } from '../users';
import { countyName } from './counties';
import { OrganizationQuery } from './graphql/operations';
import { MentorEligibleAction } from './MentorEligibleAction';
import { OrganizationCohortsSection } from './OrganizationCohortsSection';

export function OrganizationPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const { user } = useCurrentUser();
  const { data, loading, error } = useQuery(OrganizationQuery, { variables: { code } });

  if (loading && !data) return <Loading />;
  if (error) return <QueryErrorPage title={t('organization.titleFallback')} error={error} />;
  const organization = data?.organization;
  // Unknown, or not visible to this user: the API does not say which, and neither does the page.
  if (!organization || !user) return <NotFoundPage />;

  // The API decides what each user sees; this only avoids showing empty lists to those who see none.
  const seesAccounts = user.role === 'PROCESS_LEADER' || user.organization.code === organization.code;
  const path = `/organizations/${encodeURIComponent(organization.code)}`;

  return (
    <Page title={organization.name}>
      <dl className="details">
        <div>
          <dt>{t('organization.code')}</dt>
          <dd>{organization.code}</dd>
        </div>
        <div>
          <dt>{t('organization.kind')}</dt>
          <dd>{t(`organizationKind.${organization.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('organization.county')}</dt>
          <dd>{countyName(organization.countyCode) ?? t('common.notSet')}</dd>
        </div>
        <div>
          <dt>{t('organization.mentorEligible')}</dt>
          <dd>{organization.mentorEligible ? t('common.yes') : t('common.no')}</dd>
        </div>
      </dl>
      {user.role === 'PROCESS_LEADER' && organization.kind !== 'SKR' ? (
        <MentorEligibleAction code={organization.code} name={organization.name} eligible={organization.mentorEligible} />
      ) : null}
      {organization.kind !== 'SKR' ? <OrganizationCohortsSection code={organization.code} organizationName={organization.name} /> : null}
      {seesAccounts ? (
        <>
          <p>
            <Link className="button" to={`${path}/invite`}>
              {t('organization.invite')}
            </Link>
          </p>
          <UsersSection organizationCode={organization.code} organizationName={organization.name} viewer={user} />
          <InvitationsSection organizationCode={organization.code} organizationName={organization.name} viewer={user} />
        </>
      ) : (
        <p>{t('organization.accountsHidden')}</p>
      )}
      <p>
        <Link to="/organizations">{t('organization.back')}</Link>
      </p>
    </Page>
  );
}
