import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PASSWORD_MIN_LENGTH } from '@modellkommuner/shared';
import type { InvitationPreviewQuery } from '../../gql/graphql';
import { formatDate } from '../../shared/format';
import { newPasswordProblems, requiredProblem, useFormError } from '../../shared/forms';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { Loading } from '../../shared/ui/Loading';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { useSession } from '../auth/session';
import { AcceptInvitationMutation, InvitationPreviewQuery as PreviewQuery } from './graphql/operations';
import { unusableReason } from './invitation-status';

type Preview = NonNullable<InvitationPreviewQuery['invitation']>;

const FIELD_IDS = { name: 'accept-name', password: 'accept-password', passwordRepeat: 'accept-password-repeat' };

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { data, loading, error } = useQuery(PreviewQuery, { variables: { token }, fetchPolicy: 'network-only' });

  if (loading) return <Loading />;
  if (error) {
    return (
      <Page title={t('acceptInvitation.title')}>
        <QueryError error={error} />
      </Page>
    );
  }
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
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const { error, fieldErrors, rejectInvalid, showError, clear } = useFormError(FIELD_IDS);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const problems = [
      ...requiredProblem('name', name, t('validation.nameRequired')),
      ...newPasswordProblems({ password: 'password', repeat: 'passwordRepeat' }, { password, repeat }, t),
    ];
    if (rejectInvalid(problems)) return;
    clear();
    try {
      const { data } = await accept({ variables: { token, name: name.trim(), password } });
      if (!data) return;
      signIn(data.acceptInvitation.user);
      void navigate('/', { replace: true, state: { flash: 'invitationAccepted' } });
    } catch (cause) {
      showError(cause);
    }
  }

  return (
    <>
      <p>{t('acceptInvitation.formIntro')}</p>
      <ErrorSummary error={error} fieldIds={FIELD_IDS} />
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        {/* Lets password managers store the new password with the right account. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
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
        <TextField
          id={FIELD_IDS.password}
          name="password"
          type="password"
          label={t('acceptInvitation.password')}
          hint={t('acceptInvitation.hint', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          required
          value={password}
          onChange={setPassword}
          error={fieldErrors['password']}
        />
        <TextField
          id={FIELD_IDS.passwordRepeat}
          name="passwordRepeat"
          type="password"
          label={t('acceptInvitation.repeat')}
          autoComplete="new-password"
          required
          value={repeat}
          onChange={setRepeat}
          error={fieldErrors['passwordRepeat']}
        />
        <div className="button-row">
          <SubmitButton busy={loading} label={t('acceptInvitation.submit')} busyLabel={t('acceptInvitation.submitting')} />
        </div>
      </form>
    </>
  );
}
