import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { newPasswordProblems, useFormError } from '../../shared/forms';
import { EMPTY_NEW_PASSWORD, NewPasswordFields } from '../../shared/ui/NewPasswordFields';
import { Page } from '../../shared/ui/Page';
import { SubmitForm } from '../../shared/ui/SubmitForm';
import { ResetPasswordMutation } from './graphql/operations';
import { useSession } from './session';

const FIELDS = { password: 'password', repeat: 'passwordRepeat' };
const FIELD_IDS = { password: 'reset-password', passwordRepeat: 'reset-password-repeat' };

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { signIn } = useSession();
  const [resetPassword, { loading }] = useMutation(ResetPasswordMutation);
  const [passwords, setPasswords] = useState(EMPTY_NEW_PASSWORD);
  const { error, fieldErrors, send } = useFormError(FIELD_IDS);
  // An expired, used or unknown link: a new one is the way forward.
  const linkUnusable = error?.code === 'CONFLICT' || error?.code === 'NOT_FOUND';

  async function submit() {
    await send(newPasswordProblems(FIELDS, passwords, t), async () => {
      const { data } = await resetPassword({ variables: { token, password: passwords.password } });
      if (!data) return;
      signIn(data.resetPassword.user);
      void navigate('/', { replace: true, state: { flash: 'passwordReset' } });
    });
  }

  return (
    <Page title={t('resetPassword.title')}>
      <SubmitForm
        error={error}
        fieldIds={FIELD_IDS}
        busy={loading}
        submitLabel={t('resetPassword.submit')}
        busyLabel={t('resetPassword.submitting')}
        onSubmit={submit}
        lead={
          <>
            {linkUnusable ? (
              <p>
                <Link to="/forgot-password">{t('resetPassword.requestNew')}</Link>
              </p>
            ) : null}
            <p>{t('resetPassword.intro')}</p>
          </>
        }
      >
        <NewPasswordFields
          texts="resetPassword"
          ids={{ password: FIELD_IDS.password, repeat: FIELD_IDS.passwordRepeat }}
          names={FIELDS}
          value={passwords}
          onChange={setPasswords}
          fieldErrors={fieldErrors}
        />
      </SubmitForm>
    </Page>
  );
}
