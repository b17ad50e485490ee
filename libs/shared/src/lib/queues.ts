/** Queue and job names shared by the API (producer) and the worker (consumer). */
export const QUEUES = {
  MAIL: 'mail',
  COHORTS: 'cohorts',
  KOLADA: 'kolada',
  REMINDERS: 'reminders',
} as const;

export const COHORT_JOBS = {
  /** Daily: ACTIVE cohorts whose follow-up date has come move to FOLLOW_UP. */
  ADVANCE_TO_FOLLOW_UP: 'advance-to-follow-up',
} as const;

export type CohortJobName = (typeof COHORT_JOBS)[keyof typeof COHORT_JOBS];

export const KOLADA_JOBS = {
  /** Fetch the linked KPIs of one cohort (a `kolada_syncs` row asked for with "Hämta från Kolada"). */
  SYNC: 'sync',
  /** Weekly: fetch the linked KPIs of every cohort that has not ended. */
  WEEKLY: 'weekly',
} as const;

export type KoladaJobName = (typeof KOLADA_JOBS)[keyof typeof KOLADA_JOBS];

export interface KoladaSyncJob {
  /** The `kolada_syncs` row the job runs and records its outcome in. */
  syncId: string;
}

export const MAIL_JOBS = {
  INVITATION: 'invitation',
  PASSWORD_RESET: 'password-reset',
  /** Tells an account's owner that someone keeps failing to log in with its address. */
  FAILED_LOGINS: 'failed-logins',
  /** Tells a learning example's authors that a process leader published it or returned it to draft. */
  EXAMPLE_DECISION: 'example-decision',
} as const;

export type MailJobName = (typeof MAIL_JOBS)[keyof typeof MAIL_JOBS];

/** Payloads carry ids only: no addresses, names or secrets sit in Redis. */
export interface InvitationMailJob {
  invitationId: string;
  /** Which sending of the invitation this is (1 for the first, +1 per resend). */
  sendNo: number;
}

export interface PasswordResetMailJob {
  /**
   * The id of a `password_reset_requests` row; the worker turns it into a `password_resets` row with
   * the same id when an active account has the requested address (and then mails the link).
   */
  passwordResetId: string;
}

export interface FailedLoginsMailJob {
  userId: string;
  /** Names this notice (a random id), so a retried job does not mail twice. */
  noticeId: string;
}

export interface ExampleDecisionMailJob {
  exampleId: string;
  /** The editor's step: `ExampleStep.PUBLISH` or `ExampleStep.RETURN`. */
  step: 'publish' | 'return';
  /** The example's version the step saved: names the event, so each is mailed once per author. */
  version: number;
}

export const MAIL_JOB_ATTEMPTS = 6;
export const MAIL_JOB_BACKOFF_MS = 2_000;

export const REMINDER_JOBS = {
  /** Deliver one scheduled reminder (its recipients are resolved when it runs). */
  SEND: 'send',
} as const;

export type ReminderJobName = (typeof REMINDER_JOBS)[keyof typeof REMINDER_JOBS];

/** Ids only: the reminder row and the round of it (bumped when it is moved) that this job delivers. */
export interface ReminderSendJob {
  reminderId: string;
  generation: number;
}

/** The job id of a reminder's round: the same reminder handed to BullMQ any number of times is one job. */
export function reminderJobId(reminderId: string, generation: number): string {
  return `reminder-${reminderId}-${generation}`;
}

export const REMINDER_JOB_ATTEMPTS = 8;
export const REMINDER_JOB_BACKOFF_MS = 1_000;
