import { useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CurrentUserFragment, OrganizationUsersQuery } from '../../gql/graphql';
import { toUiError, type UiError } from '../../shared/errors/error-message';
import { ConfirmAction } from '../../shared/ui/ConfirmAction';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { Loading } from '../../shared/ui/Loading';
import { QueryError } from '../../shared/ui/QueryError';
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
  const [status, setStatus] = useState<string | null>(null);
  const [actionError, setActionError] = useState<UiError | null>(null);
  const mayDeactivate = viewer.role === 'PROCESS_LEADER';
  const users = data?.users;
  // The confirm buttons disappear with the answer; focus goes to the section instead of the page's top.
  const heading = useRef<HTMLHeadingElement>(null);

  async function deactivateAccount(account: Account) {
    setStatus(null);
    setActionError(null);
    try {
      await deactivate({ variables: { id: account.id } });
      setStatus(t('users.deactivated', { name: account.name }));
    } catch (cause) {
      setActionError(toUiError(cause, t));
    }
    heading.current?.focus();
  }

  return (
    <section aria-labelledby="users-heading" className="section">
      <h2 id="users-heading" ref={heading} tabIndex={-1}>{t('users.heading')}</h2>
      <StatusMessage>{status}</StatusMessage>
      <ErrorSummary error={actionError} />
      {error ? <QueryError error={error} /> : null}
      {loading && !users ? <Loading /> : null}
      {users && users.length === 0 ? <p>{t('users.none')}</p> : null}
      {users && users.length > 0 ? (
        <div className="table-wrapper" role="region" aria-labelledby="users-caption" tabIndex={0}>
          <table className="table">
            <caption id="users-caption" className="visually-hidden">
              {t('users.caption', { organization: organizationName })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('users.columnName')}</th>
                <th scope="col">{t('users.columnEmail')}</th>
                <th scope="col">{t('users.columnRole')}</th>
                <th scope="col">{t('users.columnStatus')}</th>
                {mayDeactivate ? <th scope="col">{t('users.columnActions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {users.map((account) => (
                <tr key={account.id}>
                  <th scope="row">
                    {account.name}
                    {account.id === viewer.id ? ` ${t('users.you')}` : null}
                  </th>
                  <td className="break-anywhere">{account.email}</td>
                  <td>{t(`userRole.${account.role}`)}</td>
                  <td>{account.active ? t('users.active') : t('users.inactive')}</td>
                  {mayDeactivate ? (
                    <td>
                      {account.active && account.id !== viewer.id ? (
                        <ConfirmAction
                          label={t('users.deactivate')}
                          context={t('users.deactivateFor', { name: account.name })}
                          question={t('users.deactivateConfirm', { name: account.name })}
                          confirmLabel={t('users.deactivateYes')}
                          busy={deactivating}
                          onConfirm={() => deactivateAccount(account)}
                        />
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
