import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PASSWORD_RESET_TTL_MINUTES } from '@modellkommuner/shared';
import { emailProblem, useFormError } from '../../shared/forms';
import { EmailField } from '../../shared/ui/EmailField';
import { Page } from '../../shared/ui/Page';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { SubmitForm } from '../../shared/ui/SubmitForm';
import { RequestPasswordResetMutation } from './graphql/operations';

const FIELD_IDS = { email: 'forgot-email' };

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [requestReset, { loading }] = useMutation(RequestPasswordResetMutation);
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const { error, fieldErrors, send } = useFormError(FIELD_IDS);

  async function submit() {
    await send(emailProblem('email', email, t), async () => {
      await requestReset({ variables: { email: email.trim() } });
      // The same answer whether or not the account exists: the page must not reveal who has one.
      setSent(true);
    });
  }

  return (
    <Page title={t('forgotPassword.title')}>
      <StatusMessage>{sent ? t('forgotPassword.confirmation', { minutes: PASSWORD_RESET_TTL_MINUTES }) : null}</StatusMessage>
      {sent ? null : (
        <>
          <p>{t('forgotPassword.intro')}</p>
          <SubmitForm
            error={error}
            fieldIds={FIELD_IDS}
            busy={loading}
            submitLabel={t('forgotPassword.submit')}
            busyLabel={t('forgotPassword.submitting')}
            onSubmit={submit}
          >
            <EmailField id={FIELD_IDS.email} label={t('forgotPassword.email')} autoComplete="email" value={email} onChange={setEmail} error={fieldErrors['email']} />
          </SubmitForm>
        </>
      )}
      <p>
        <Link to="/login">{t('forgotPassword.backToLogin')}</Link>
      </p>
    </Page>
  );
}
