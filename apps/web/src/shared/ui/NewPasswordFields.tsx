import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '@modellkommuner/shared';
import { TextField } from './TextField';

export interface NewPassword {
  password: string;
  repeat: string;
}

export const EMPTY_NEW_PASSWORD: NewPassword = { password: '', repeat: '' };

interface NewPasswordFieldsProps {
  /** The page's texts, with `password`, `repeat` and `hint` (the least length, `{{min}}`) in them. */
  texts: 'acceptInvitation' | 'resetPassword' | 'changePassword';
  /** The controls' ids (the error summary links to them). */
  ids: NewPassword;
  /** The fields' names, as the form's problems and the API name them (and the inputs' `name`). */
  names: NewPassword;
  value: NewPassword;
  onChange: (value: NewPassword) => void;
  /** The form's field messages (`useFormError().fieldErrors`), by field name. */
  fieldErrors: Record<string, string>;
}

/**
 * The account a new password is for, as password managers look for it (a hidden `username` field in
 * the form, before the password fields), so that they store the password with the right account.
 */
export function PasswordManagerUsername({ username }: { username: string }) {
  return <input type="email" name="username" autoComplete="username" value={username} readOnly hidden />;
}

/**
 * A new password, typed twice, as password managers expect it (`autocomplete="new-password"`); the
 * hint states the API's least length. Check it with `newPasswordProblems(names, value, t)`.
 */
export function NewPasswordFields({ texts, ids, names, value, onChange, fieldErrors }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={ids.password}
        name={names.password}
        type="password"
        label={t(`${texts}.password`)}
        hint={t(`${texts}.hint`, { min: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
        required
        value={value.password}
        onChange={(password) => onChange({ ...value, password })}
        error={fieldErrors[names.password]}
      />
      <TextField
        id={ids.repeat}
        name={names.repeat}
        type="password"
        label={t(`${texts}.repeat`)}
        autoComplete="new-password"
        required
        value={value.repeat}
        onChange={(repeat) => onChange({ ...value, repeat })}
        error={fieldErrors[names.repeat]}
      />
    </>
  );
}
