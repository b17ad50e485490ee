import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTableSection } from '../../shared/ui/DataTableSection';
import { OrganizationMembershipsQuery } from './graphql/operations';

/** The cohorts the organisation is or was in (those the viewer may see; the API leaves out the rest). */
export function OrganizationCohortsSection({ code, organizationName }: { code: string; organizationName: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(OrganizationMembershipsQuery, { variables: { code }, fetchPolicy: 'cache-and-network' });
  return (
    <DataTableSection
      headingId="organization-cohorts-heading"
      heading={t('organizationCohorts.heading')}
      rows={data?.organization?.memberships}
      loading={loading}
      error={error}
      emptyText={t('organizationCohorts.none')}
      captionId="organization-cohorts-caption"
      caption={t('organizationCohorts.caption', { organization: organizationName })}
      rowKey={(membership) => membership.id}
      columns={[
        {
          header: t('organizationCohorts.columnCohort'),
          rowHeader: true,
          cell: (membership) => <Link to={`/cohorts/${encodeURIComponent(membership.cohort.id)}`}>{membership.cohort.name}</Link>,
        },
        { header: t('organizationCohorts.columnProgramme'), cell: (membership) => membership.cohort.programme.name },
        {
          header: t('organizationCohorts.columnRole'),
          cell: (membership) => (
            <>
              {t(`memberRole.${membership.role}`)}
              {membership.withdrawnAt ? ` ${t('organizationCohorts.withdrawn')}` : null}
            </>
          ),
        },
        { header: t('organizationCohorts.columnStatus'), cell: (membership) => t(`cohortStatus.${membership.cohort.status}`) },
      ]}
    />
  );
}
