/** Queue and job names shared by the API (producer) and the worker (consumer). */
export const QUEUES = {
  MAIL: 'mail',
} as const;

export const MAIL_JOBS = {
  INVITATION: 'invitation',
  PASSWORD_RESET: 'password-reset',
} as const;

export type MailJobName = (typeof MAIL_JOBS)[keyof typeof MAIL_JOBS];

/** Payloads carry ids only: no addresses, names or secrets sit in Redis. */
export interface InvitationMailJob {
  invitationId: string;
  /** Which sending of the invitation this is (1 for the first, +1 per resend). */
  sendNo: number;
}

export interface PasswordResetMailJob {
  passwordResetId: string;
}

export const MAIL_JOB_ATTEMPTS = 6;
export const MAIL_JOB_BACKOFF_MS = 2_000;
