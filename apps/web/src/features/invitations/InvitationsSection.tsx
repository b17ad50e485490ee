import { useRef } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CurrentUserFragment, OrganizationInvitationsQuery } from '../../gql/graphql';
import { formatDate } from '../../shared/format';
import { useActionFeedback } from '../../shared/forms';
import { ConfirmAction } from '../../shared/ui/ConfirmAction';
import { DataTableSection } from '../../shared/ui/DataTableSection';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
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
  const feedback = useActionFeedback();
  // A revoked invitation's row disappears; focus goes to the section instead of the page's top.
  const heading = useRef<HTMLHeadingElement>(null);
  const mayManage = (invitation: OpenInvitation) => viewer.role === 'PROCESS_LEADER' || invitation.role === 'MEMBER';

  async function revokeInvitation(invitation: OpenInvitation) {
    await feedback.run(() => revoke({ variables: { id: invitation.id } }), t('invitations.revoked', { email: invitation.email }));
    heading.current?.focus();
  }

  return (
    <DataTableSection
      headingId="invitations-heading"
      heading={t('invitations.heading')}
      headingRef={heading}
      rows={data?.invitations}
      loading={loading}
      error={error}
      emptyText={t('invitations.none')}
      captionId="invitations-caption"
      caption={t('invitations.caption', { organization: organizationName })}
      rowKey={(invitation) => invitation.id}
      columns={[
        { header: t('invitations.columnEmail'), rowHeader: true, className: 'break-anywhere', cell: (invitation) => invitation.email },
        { header: t('invitations.columnRole'), cell: (invitation) => t(`userRole.${invitation.role}`) },
        {
          header: t('invitations.columnExpires'),
          cell: (invitation) => (
            <>
              <time dateTime={invitation.expiresAt}>{formatDate(invitation.expiresAt, i18n.language)}</time>
              {hasExpired(invitation.expiresAt) ? ` ${t('invitations.expired')}` : null}
            </>
          ),
        },
        { header: t('invitations.columnSendCount'), cell: (invitation) => invitation.sendCount },
        {
          header: t('invitations.columnActions'),
          cell: (invitation) =>
            mayManage(invitation) ? (
              <div className="button-row">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-disabled={resending ? true : undefined}
                  onClick={() => {
                    if (resending) return;
                    void feedback.run(() => resend({ variables: { id: invitation.id } }), t('invitations.resent', { email: invitation.email }));
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
                  onConfirm={() => revokeInvitation(invitation)}
                />
              </div>
            ) : null,
        },
      ]}
    >
      <StatusMessage>{feedback.status}</StatusMessage>
      <ErrorSummary error={feedback.error} />
    </DataTableSection>
  );
}
