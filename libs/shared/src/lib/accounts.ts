export const PASSWORD_MIN_LENGTH = 10;
export const INVITATION_TTL_DAYS = 14;
export const PASSWORD_RESET_TTL_MINUTES = 60;

/** Returns a Swedish message when the password is not acceptable, else null. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Lösenordet måste ha minst ${PASSWORD_MIN_LENGTH} tecken.`;
  }
  if (password.length > 256) {
    return 'Lösenordet får ha högst 256 tecken.';
  }
  if (password.trim().length === 0) {
    return 'Lösenordet får inte bestå av enbart blanksteg.';
  }
  return null;
}

/** E-mail addresses are compared case-insensitively and without surrounding blanks. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

// A pragmatic check (what browsers use for <input type=email>), not RFC 5322 in full.
const EMAIL_PATTERN = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL_PATTERN.test(value.trim());
}
