import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PASSWORD_RESET_TTL_MINUTES } from '@modellkommuner/shared';
import { emailProblem, useFormError } from '../../shared/forms';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { Page } from '../../shared/ui/Page';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { RequestPasswordResetMutation } from './graphql/operations';

const FIELD_IDS = { email: 'forgot-email' };

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [requestReset, { loading }] = useMutation(RequestPasswordResetMutation);
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const { error, fieldErrors, rejectInvalid, showError, clear } = useFormError(FIELD_IDS);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading || rejectInvalid(emailProblem('email', email, t))) return;
    clear();
    try {
      await requestReset({ variables: { email: email.trim() } });
      // The same answer whether or not the account exists: the page must not reveal who has one.
      setSent(true);
    } catch (cause) {
      showError(cause);
    }
  }

  return (
    <Page title={t('forgotPassword.title')}>
      <StatusMessage>{sent ? t('forgotPassword.confirmation', { minutes: PASSWORD_RESET_TTL_MINUTES }) : null}</StatusMessage>
      {sent ? null : (
        <>
          <p>{t('forgotPassword.intro')}</p>
          <ErrorSummary error={error} fieldIds={FIELD_IDS} />
          <form className="form" noValidate onSubmit={(event) => void submit(event)}>
            <TextField
              id={FIELD_IDS.email}
              name="email"
              type="email"
              label={t('forgotPassword.email')}
              autoComplete="email"
              required
              value={email}
              onChange={setEmail}
              error={fieldErrors['email']}
            />
            <div className="button-row">
              <SubmitButton busy={loading} label={t('forgotPassword.submit')} busyLabel={t('forgotPassword.submitting')} />
            </div>
          </form>
        </>
      )}
      <p>
        <Link to="/login">{t('forgotPassword.backToLogin')}</Link>
      </p>
    </Page>
  );
}
