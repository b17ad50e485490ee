import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { InvitationPreviewQuery } from '../../gql/graphql';
import { formatDate } from '../../shared/format';
import { newPasswordProblems, requiredProblem, useFormError } from '../../shared/forms';
import { Loading } from '../../shared/ui/Loading';
import { EMPTY_NEW_PASSWORD, NewPasswordFields, PasswordManagerUsername } from '../../shared/ui/NewPasswordFields';
import { Page } from '../../shared/ui/Page';
import { QueryErrorPage } from '../../shared/ui/QueryError';
import { SubmitForm } from '../../shared/ui/SubmitForm';
import { TextField } from '../../shared/ui/TextField';
import { useSession } from '../auth';
import { AcceptInvitationMutation, InvitationPreviewQuery as PreviewQuery } from './graphql/operations';
import { unusableReason } from './invitation-status';

type Preview = NonNullable<InvitationPreviewQuery['invitation']>;

const PASSWORD_FIELDS = { password: 'password', repeat: 'passwordRepeat' };
const FIELD_IDS = { name: 'accept-name', password: 'accept-password', passwordRepeat: 'accept-password-repeat' };

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { data, loading, error } = useQuery(PreviewQuery, { variables: { token }, fetchPolicy: 'network-only' });

  if (loading) return <Loading />;
  if (error) return <QueryErrorPage title={t('acceptInvitation.title')} error={error} />;
  const preview = data?.invitation;
  if (!preview) {
    return (
      <Page title={t('acceptInvitation.notFoundTitle')}>
        <p>{t('acceptInvitation.notFoundText')}</p>
      </Page>
    );
  }
  const reason = unusableReason(preview);
  if (reason) {
    return (
      <Page title={t('acceptInvitation.unusableTitle')}>
        <InvitationDetails preview={preview} />
        <p className="notice">{t(`acceptInvitation.${reason}`)}</p>
        {reason === 'used' ? (
          <p>
            <Link to="/login">{t('acceptInvitation.toLogin')}</Link>
          </p>
        ) : null}
      </Page>
    );
  }
  return (
    <Page title={t('acceptInvitation.title')}>
      <InvitationDetails preview={preview} />
      <AcceptInvitationForm token={token} email={preview.email} />
    </Page>
  );
}

function InvitationDetails({ preview }: { preview: Preview }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p className="lead">
        {preview.invitedByName ? t('acceptInvitation.invitedBy', { name: preview.invitedByName }) : t('acceptInvitation.invited')}
      </p>
      <dl className="details">
        <div>
          <dt>{t('acceptInvitation.organization')}</dt>
          <dd>{preview.organization.name}</dd>
        </div>
        <div>
          <dt>{t('acceptInvitation.role')}</dt>
          <dd>{t(`userRole.${preview.role}`)}</dd>
        </div>
        <div>
          <dt>{t('acceptInvitation.email')}</dt>
          <dd>{preview.email}</dd>
        </div>
        <div>
          <dt>{t('acceptInvitation.expires')}</dt>
          <dd>
            <time dateTime={preview.expiresAt}>{formatDate(preview.expiresAt, i18n.language)}</time>
          </dd>
        </div>
      </dl>
    </>
  );
}

function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { signIn } = useSession();
  const [accept, { loading }] = useMutation(AcceptInvitationMutation);
  const [name, setName] = useState('');
  const [passwords, setPasswords] = useState(EMPTY_NEW_PASSWORD);
  const { error, fieldErrors, send } = useFormError(FIELD_IDS);

  async function submit() {
    const problems = [...requiredProblem('name', name, t('validation.nameRequired')), ...newPasswordProblems(PASSWORD_FIELDS, passwords, t)];
    await send(problems, async () => {
      const { data } = await accept({ variables: { token, name: name.trim(), password: passwords.password } });
      if (!data) return;
      signIn(data.acceptInvitation.user);
      void navigate('/', { replace: true, state: { flash: 'invitationAccepted' } });
    });
  }

  return (
    <>
      <p>{t('acceptInvitation.formIntro')}</p>
      <SubmitForm
        error={error}
        fieldIds={FIELD_IDS}
        busy={loading}
        submitLabel={t('acceptInvitation.submit')}
        busyLabel={t('acceptInvitation.submitting')}
        onSubmit={submit}
      >
        <PasswordManagerUsername username={email} />
        <TextField
          id={FIELD_IDS.name}
          name="name"
          label={t('acceptInvitation.name')}
          autoComplete="name"
          required
          value={name}
          onChange={setName}
          error={fieldErrors['name']}
        />
        <NewPasswordFields
          texts="acceptInvitation"
          ids={{ password: FIELD_IDS.password, repeat: FIELD_IDS.passwordRepeat }}
          names={PASSWORD_FIELDS}
          value={passwords}
          onChange={setPasswords}
          fieldErrors={fieldErrors}
        />
      </SubmitForm>
    </>
  );
}
