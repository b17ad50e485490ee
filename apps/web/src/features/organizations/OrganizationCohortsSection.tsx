import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../shared/ui/Loading';
import { QueryError } from '../../shared/ui/QueryError';
import { OrganizationMembershipsQuery } from './graphql/operations';

/** The cohorts the organisation is or was in (those the viewer may see; the API leaves out the rest). */
export function OrganizationCohortsSection({ code, organizationName }: { code: string; organizationName: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(OrganizationMembershipsQuery, { variables: { code }, fetchPolicy: 'cache-and-network' });
  const memberships = data?.organization?.memberships;
  return (
    <section aria-labelledby="organization-cohorts-heading" className="section">
      <h2 id="organization-cohorts-heading">{t('organizationCohorts.heading')}</h2>
      {error ? <QueryError error={error} /> : null}
      {loading && !memberships ? <Loading /> : null}
      {memberships && memberships.length === 0 ? <p>{t('organizationCohorts.none')}</p> : null}
      {memberships && memberships.length > 0 ? (
        <div className="table-wrapper" role="region" aria-labelledby="organization-cohorts-caption" tabIndex={0}>
          <table className="table">
            <caption id="organization-cohorts-caption" className="visually-hidden">
              {t('organizationCohorts.caption', { organization: organizationName })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('organizationCohorts.columnCohort')}</th>
                <th scope="col">{t('organizationCohorts.columnProgramme')}</th>
                <th scope="col">{t('organizationCohorts.columnRole')}</th>
                <th scope="col">{t('organizationCohorts.columnStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {memberships.map((membership) => (
                <tr key={membership.id}>
                  <th scope="row">
                    <Link to={`/cohorts/${encodeURIComponent(membership.cohort.id)}`}>{membership.cohort.name}</Link>
                  </th>
                  <td>{membership.cohort.programme.name}</td>
                  <td>
                    {t(`memberRole.${membership.role}`)}
                    {membership.withdrawnAt ? ` ${t('organizationCohorts.withdrawn')}` : null}
                  </td>
                  <td>{t(`cohortStatus.${membership.cohort.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
