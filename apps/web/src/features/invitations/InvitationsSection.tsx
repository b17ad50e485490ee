import { useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CurrentUserFragment, OrganizationInvitationsQuery } from '../../gql/graphql';
import { toUiError, type UiError } from '../../shared/errors/error-message';
import { formatDate } from '../../shared/format';
import { ConfirmAction } from '../../shared/ui/ConfirmAction';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { Loading } from '../../shared/ui/Loading';
import { QueryError } from '../../shared/ui/QueryError';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import {
  OrganizationInvitationsQuery as InvitationsQuery,
  ResendInvitationMutation,
  RevokeInvitationMutation,
} from './graphql/operations';
import { hasExpired } from './invitation-status';

type OpenInvitation = OrganizationInvitationsQuery['invitations'][number];

interface InvitationsSectionProps {
  organizationCode: string;
  organizationName: string;
  viewer: CurrentUserFragment;
}

/** Open invitations, to send again or revoke (process leaders any; members their colleagues' member invitations). */
export function InvitationsSection({ organizationCode, organizationName, viewer }: InvitationsSectionProps) {
  const { t, i18n } = useTranslation();
  const variables = { organizationCode };
  const { data, loading, error } = useQuery(InvitationsQuery, { variables, fetchPolicy: 'cache-and-network' });
  const [resend, { loading: resending }] = useMutation(ResendInvitationMutation);
  const [revoke, { loading: revoking }] = useMutation(RevokeInvitationMutation, {
    refetchQueries: [{ query: InvitationsQuery, variables }],
    awaitRefetchQueries: true,
  });
  const [status, setStatus] = useState<string | null>(null);
  const [actionError, setActionError] = useState<UiError | null>(null);
  const invitations = data?.invitations;
  // A revoked invitation's row disappears; focus goes to the section instead of the page's top.
  const heading = useRef<HTMLHeadingElement>(null);
  const mayManage = (invitation: OpenInvitation) => viewer.role === 'PROCESS_LEADER' || invitation.role === 'MEMBER';

  async function run(action: () => Promise<unknown>, success: string, options: { moveFocus: boolean }) {
    setStatus(null);
    setActionError(null);
    try {
      await action();
      setStatus(success);
    } catch (cause) {
      setActionError(toUiError(cause, t));
    }
    if (options.moveFocus) heading.current?.focus();
  }

  return (
    <section aria-labelledby="invitations-heading" className="section">
      <h2 id="invitations-heading" ref={heading} tabIndex={-1}>{t('invitations.heading')}</h2>
      <StatusMessage>{status}</StatusMessage>
      <ErrorSummary error={actionError} />
      {error ? <QueryError error={error} /> : null}
      {loading && !invitations ? <Loading /> : null}
      {invitations && invitations.length === 0 ? <p>{t('invitations.none')}</p> : null}
      {invitations && invitations.length > 0 ? (
        <div className="table-wrapper" role="region" aria-labelledby="invitations-caption" tabIndex={0}>
          <table className="table">
            <caption id="invitations-caption" className="visually-hidden">
              {t('invitations.caption', { organization: organizationName })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('invitations.columnEmail')}</th>
                <th scope="col">{t('invitations.columnRole')}</th>
                <th scope="col">{t('invitations.columnExpires')}</th>
                <th scope="col">{t('invitations.columnSendCount')}</th>
                <th scope="col">{t('invitations.columnActions')}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id}>
                  <th scope="row" className="break-anywhere">
                    {invitation.email}
                  </th>
                  <td>{t(`userRole.${invitation.role}`)}</td>
                  <td>
                    <time dateTime={invitation.expiresAt}>{formatDate(invitation.expiresAt, i18n.language)}</time>
                    {hasExpired(invitation.expiresAt) ? ` ${t('invitations.expired')}` : null}
                  </td>
                  <td>{invitation.sendCount}</td>
                  <td>
                    {mayManage(invitation) ? (
                      <div className="button-row">
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          aria-disabled={resending ? true : undefined}
                          onClick={() => {
                            if (resending) return;
                            void run(
                              () => resend({ variables: { id: invitation.id } }),
                              t('invitations.resent', { email: invitation.email }),
                              { moveFocus: false },
                            );
                          }}
                        >
                          {t('invitations.resend')} <span className="visually-hidden">{t('invitations.forEmail', { email: invitation.email })}</span>
                        </button>
                        <ConfirmAction
                          label={t('invitations.revoke')}
                          context={t('invitations.forEmail', { email: invitation.email })}
                          question={t('invitations.revokeConfirm', { email: invitation.email })}
                          confirmLabel={t('invitations.revokeYes')}
                          busy={revoking}
                          onConfirm={() =>
                            run(() => revoke({ variables: { id: invitation.id } }), t('invitations.revoked', { email: invitation.email }), {
                              moveFocus: true,
                            })
                          }
                        />
                      </div>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
