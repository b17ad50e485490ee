import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '@modellkommuner/shared';
import { newPasswordProblems, requiredProblem, useFormError } from '../../shared/forms';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { Page } from '../../shared/ui/Page';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { ChangePasswordMutation } from './graphql/operations';
import { useCurrentUser } from './session';

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
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const { error, fieldErrors, rejectInvalid, showError, clear } = useFormError(FIELD_IDS);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setDone(false);
    const problems = [
      ...requiredProblem('currentPassword', current, t('validation.currentPasswordRequired')),
      ...newPasswordProblems({ password: 'newPassword', repeat: 'newPasswordRepeat' }, { password, repeat }, t),
    ];
    if (rejectInvalid(problems)) return;
    clear();
    try {
      await changePassword({ variables: { currentPassword: current, newPassword: password } });
      setCurrent('');
      setPassword('');
      setRepeat('');
      setDone(true);
    } catch (cause) {
      showError(cause);
    }
  }

  return (
    <Page title={t('changePassword.title')}>
      {user ? <p>{t('changePassword.intro', { email: user.email })}</p> : null}
      <StatusMessage>{done ? t('changePassword.success') : null}</StatusMessage>
      <ErrorSummary error={error} fieldIds={FIELD_IDS} />
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        {/* Lets password managers tie the new password to the right account. */}
        <input type="email" name="username" autoComplete="username" value={user?.email ?? ''} readOnly hidden />
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
        <TextField
          id={FIELD_IDS.newPassword}
          name="newPassword"
          type="password"
          label={t('changePassword.password')}
          hint={t('changePassword.hint', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          required
          value={password}
          onChange={setPassword}
          error={fieldErrors['newPassword']}
        />
        <TextField
          id={FIELD_IDS.newPasswordRepeat}
          name="newPasswordRepeat"
          type="password"
          label={t('changePassword.repeat')}
          autoComplete="new-password"
          required
          value={repeat}
          onChange={setRepeat}
          error={fieldErrors['newPasswordRepeat']}
        />
        <div className="button-row">
          <SubmitButton busy={loading} label={t('changePassword.submit')} busyLabel={t('changePassword.submitting')} />
        </div>
      </form>
    </Page>
  );
}
