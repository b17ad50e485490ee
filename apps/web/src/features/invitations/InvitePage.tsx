import { useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { INVITATION_TTL_DAYS, invitableRoles } from '@modellkommuner/shared';
import type { UserRole } from '../../gql/graphql';
import { emailProblem, useFormError } from '../../shared/forms';
import { EmailField } from '../../shared/ui/EmailField';
import { Loading } from '../../shared/ui/Loading';
import { Page } from '../../shared/ui/Page';
import { QueryErrorPage } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { SubmitForm } from '../../shared/ui/SubmitForm';
import { useCurrentUser } from '../auth';
import { OrganizationQuery } from '../organizations';
import { NoAccessPage, NotFoundPage } from '../pages';
import { InviteUserMutation } from './graphql/operations';

const FIELD_IDS = { email: 'invite-email', role: 'invite-role' };

export function InvitePage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const { user } = useCurrentUser();
  const { data, loading, error } = useQuery(OrganizationQuery, { variables: { code } });

  if (loading && !data) return <Loading />;
  if (error) return <QueryErrorPage title={t('invite.titleFallback')} error={error} />;
  const organization = data?.organization;
  if (!organization || !user) return <NotFoundPage />;
  // Only the roles the API would accept (the shared rule): members invite colleagues to their own
  // organisation, as members; process leaders are invited to SKR only.
  const roles = invitableRoles({ role: user.role, organization: user.organization.code }, organization.code, organization.kind);
  if (roles.length === 0) return <NoAccessPage message={t('invite.noAccess')} />;

  return (
    <Page title={t('invite.title', { organization: organization.name })}>
      <p>{t('invite.intro', { days: INVITATION_TTL_DAYS })}</p>
      <InviteForm organizationCode={organization.code} roles={roles} />
      <p>
        <Link to={`/organizations/${encodeURIComponent(organization.code)}`}>{t('invite.back', { organization: organization.name })}</Link>
      </p>
    </Page>
  );
}

/** The invitation; the role is asked for only when there is more than one to choose (the first is chosen). */
function InviteForm({ organizationCode, roles }: { organizationCode: string; roles: readonly UserRole[] }) {
  const { t } = useTranslation();
  const [inviteUser, { loading }] = useMutation(InviteUserMutation);
  const [email, setEmail] = useState('');
  const chooseRole = roles.length > 1;
  const [role, setRole] = useState<UserRole>(roles[0] ?? 'MEMBER');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const emailInput = useRef<HTMLInputElement>(null);
  const { error, fieldErrors, send } = useFormError(FIELD_IDS);

  async function submit() {
    setSentTo(null);
    await send(emailProblem('email', email, t), async () => {
      const { data } = await inviteUser({ variables: { input: { email: email.trim(), organizationCode, role } } });
      if (!data) return;
      setSentTo(data.inviteUser.email);
      setEmail('');
      emailInput.current?.focus();
    });
  }

  return (
    <>
      <StatusMessage>{sentTo ? t('invite.sent', { email: sentTo }) : null}</StatusMessage>
      <SubmitForm
        error={error}
        fieldIds={chooseRole ? FIELD_IDS : { email: FIELD_IDS.email }}
        busy={loading}
        submitLabel={t('invite.submit')}
        busyLabel={t('invite.submitting')}
        onSubmit={submit}
      >
        <EmailField
          ref={emailInput}
          id={FIELD_IDS.email}
          label={t('invite.email')}
          autoComplete="off"
          value={email}
          onChange={setEmail}
          error={fieldErrors['email']}
        />
        {chooseRole ? (
          <SelectField
            id={FIELD_IDS.role}
            name="role"
            label={t('invite.role')}
            hint={t('invite.roleHint')}
            required
            value={role}
            onChange={(value) => setRole(roles.find((option) => option === value) ?? role)}
            error={fieldErrors['role']}
          >
            {roles.map((option) => (
              <option key={option} value={option}>
                {t(`userRole.${option}`)}
              </option>
            ))}
          </SelectField>
        ) : (
          <p>{t('invite.roleFixed', { role: t(`userRole.${role}`) })}</p>
        )}
      </SubmitForm>
    </>
  );
}
