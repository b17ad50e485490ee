import { TextField, type TextFieldProps } from './TextField';

interface EmailFieldProps extends Omit<TextFieldProps, 'type' | 'name' | 'required' | 'autoComplete'> {
  /** `username` where the address names an account (log in), `email` where it is only an address, `off` for someone else's. */
  autoComplete: 'username' | 'email' | 'off';
}

/** The required e-mail address a form asks for (field `email`; check it with `emailProblem`). */
export function EmailField(props: EmailFieldProps) {
  return <TextField {...props} name="email" type="email" required />;
}
