import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PASSWORD_MIN_LENGTH } from '@modellkommuner/shared';
import { newPasswordProblems, useFormError } from '../../shared/forms';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { Page } from '../../shared/ui/Page';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { ResetPasswordMutation } from './graphql/operations';
import { useSession } from './session';

const FIELD_IDS = { password: 'reset-password', passwordRepeat: 'reset-password-repeat' };

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { signIn } = useSession();
  const [resetPassword, { loading }] = useMutation(ResetPasswordMutation);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const { error, fieldErrors, rejectInvalid, showError, clear } = useFormError(FIELD_IDS);
  // An expired, used or unknown link: a new one is the way forward.
  const linkUnusable = error?.code === 'CONFLICT' || error?.code === 'NOT_FOUND';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (rejectInvalid(newPasswordProblems({ password: 'password', repeat: 'passwordRepeat' }, { password, repeat }, t))) return;
    clear();
    try {
      const { data } = await resetPassword({ variables: { token, password } });
      if (!data) return;
      signIn(data.resetPassword.user);
      void navigate('/', { replace: true, state: { flash: 'passwordReset' } });
    } catch (cause) {
      showError(cause);
    }
  }

  return (
    <Page title={t('resetPassword.title')}>
      <ErrorSummary error={error} fieldIds={FIELD_IDS} />
      {linkUnusable ? (
        <p>
          <Link to="/forgot-password">{t('resetPassword.requestNew')}</Link>
        </p>
      ) : null}
      <p>{t('resetPassword.intro')}</p>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={FIELD_IDS.password}
          name="password"
          type="password"
          label={t('resetPassword.password')}
          hint={t('resetPassword.hint', { min: PASSWORD_MIN_LENGTH })}
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
          label={t('resetPassword.repeat')}
          autoComplete="new-password"
          required
          value={repeat}
          onChange={setRepeat}
          error={fieldErrors['passwordRepeat']}
        />
        <div className="button-row">
          <SubmitButton busy={loading} label={t('resetPassword.submit')} busyLabel={t('resetPassword.submitting')} />
        </div>
      </form>
    </Page>
  );
}
