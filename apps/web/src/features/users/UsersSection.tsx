import { useRef } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CurrentUserFragment, OrganizationUsersQuery } from '../../gql/graphql';
import { useActionFeedback } from '../../shared/forms';
import { ConfirmAction } from '../../shared/ui/ConfirmAction';
import { DataTableSection } from '../../shared/ui/DataTableSection';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { DeactivateUserMutation, OrganizationUsersQuery as UsersQuery } from './graphql/operations';

type Account = OrganizationUsersQuery['users'][number];

interface UsersSectionProps {
  organizationCode: string;
  organizationName: string;
  viewer: CurrentUserFragment;
}

/** The organisation's accounts; process leaders may deactivate anyone's but their own. */
export function UsersSection({ organizationCode, organizationName, viewer }: UsersSectionProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(UsersQuery, { variables: { organizationCode }, fetchPolicy: 'cache-and-network' });
  const [deactivate, { loading: deactivating }] = useMutation(DeactivateUserMutation);
  const feedback = useActionFeedback();
  const mayDeactivate = viewer.role === 'PROCESS_LEADER';
  // The confirm buttons disappear with the answer; focus goes to the section instead of the page's top.
  const heading = useRef<HTMLHeadingElement>(null);

  async function deactivateAccount(account: Account) {
    await feedback.run(() => deactivate({ variables: { id: account.id } }), t('users.deactivated', { name: account.name }));
    heading.current?.focus();
  }

  return (
    <DataTableSection
      headingId="users-heading"
      heading={t('users.heading')}
      headingRef={heading}
      rows={data?.users}
      loading={loading}
      error={error}
      emptyText={t('users.none')}
      captionId="users-caption"
      caption={t('users.caption', { organization: organizationName })}
      rowKey={(account) => account.id}
      columns={[
        {
          header: t('users.columnName'),
          rowHeader: true,
          cell: (account) => (
            <>
              {account.name}
              {account.id === viewer.id ? ` ${t('users.you')}` : null}
            </>
          ),
        },
        { header: t('users.columnEmail'), className: 'break-anywhere', cell: (account) => account.email },
        { header: t('users.columnRole'), cell: (account) => t(`userRole.${account.role}`) },
        { header: t('users.columnStatus'), cell: (account) => (account.active ? t('users.active') : t('users.inactive')) },
        mayDeactivate && {
          header: t('users.columnActions'),
          cell: (account) =>
            account.active && account.id !== viewer.id ? (
              <ConfirmAction
                label={t('users.deactivate')}
                context={t('users.deactivateFor', { name: account.name })}
                question={t('users.deactivateConfirm', { name: account.name })}
                confirmLabel={t('users.deactivateYes')}
                busy={deactivating}
                onConfirm={() => deactivateAccount(account)}
              />
            ) : null,
        },
      ]}
    >
      <StatusMessage>{feedback.status}</StatusMessage>
      <ErrorSummary error={feedback.error} />
    </DataTableSection>
  );
}
