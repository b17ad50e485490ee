import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { newPasswordProblems, requiredProblem, useFormError } from '../../shared/forms';
import { EMPTY_NEW_PASSWORD, NewPasswordFields, PasswordManagerUsername } from '../../shared/ui/NewPasswordFields';
import { Page } from '../../shared/ui/Page';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { SubmitForm } from '../../shared/ui/SubmitForm';
import { TextField } from '../../shared/ui/TextField';
import { ChangePasswordMutation } from './graphql/operations';
import { useCurrentUser } from './session';

const NEW_PASSWORD_FIELDS = { password: 'newPassword', repeat: 'newPasswordRepeat' };
const FIELD_IDS = {
  currentPassword: 'change-current-password',
  newPassword: 'change-new-password',
  newPasswordRepeat: 'change-new-password-repeat',
};

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const [changePassword, { loading }] = useMutation(ChangePasswordMutation);
  const [current, setCurrent] = useState('');
  const [passwords, setPasswords] = useState(EMPTY_NEW_PASSWORD);
  const [done, setDone] = useState(false);
  const { error, fieldErrors, send } = useFormError(FIELD_IDS);

  async function submit() {
    setDone(false);
    const problems = [
      ...requiredProblem('currentPassword', current, t('validation.currentPasswordRequired')),
      ...newPasswordProblems(NEW_PASSWORD_FIELDS, passwords, t),
    ];
    await send(problems, async () => {
      await changePassword({ variables: { currentPassword: current, newPassword: passwords.password } });
      setCurrent('');
      setPasswords(EMPTY_NEW_PASSWORD);
      setDone(true);
    });
  }

  return (
    <Page title={t('changePassword.title')}>
      {user ? <p>{t('changePassword.intro', { email: user.email })}</p> : null}
      <StatusMessage>{done ? t('changePassword.success') : null}</StatusMessage>
      <SubmitForm
        error={error}
        fieldIds={FIELD_IDS}
        busy={loading}
        submitLabel={t('changePassword.submit')}
        busyLabel={t('changePassword.submitting')}
        onSubmit={submit}
      >
        <PasswordManagerUsername username={user?.email ?? ''} />
        <TextField
          id={FIELD_IDS.currentPassword}
          name="currentPassword"
          type="password"
          label={t('changePassword.current')}
          autoComplete="current-password"
          required
          value={current}
          onChange={setCurrent}
          error={fieldErrors['currentPassword']}
        />
        <NewPasswordFields
          texts="changePassword"
          ids={{ password: FIELD_IDS.newPassword, repeat: FIELD_IDS.newPasswordRepeat }}
          names={NEW_PASSWORD_FIELDS}
          value={passwords}
          onChange={setPasswords}
          fieldErrors={fieldErrors}
        />
      </SubmitForm>
    </Page>
  );
}
