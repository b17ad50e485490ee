import { CohortStatus, COHORT_STATUS_SV, CUSTOM_REMINDER_LIMITS } from '@modellkommuner/shared';

// Every Swedish message of the reminders module, once (docs/api-conventions.md, "Errors and visibility").

export const COHORT_NOT_FOUND = 'Omgången hittades inte.';

export const ReminderErrors = {
  mayNotManage: 'Bara processledare ser omgångens påminnelser och skickar egna meddelanden.',
  subjectMissing: 'Skriv en rubrik.',
  subjectTooLong: `Rubriken får ha högst ${CUSTOM_REMINDER_LIMITS.subject} tecken.`,
  bodyMissing: 'Skriv meddelandet.',
  bodyTooLong: `Meddelandet får ha högst ${CUSTOM_REMINDER_LIMITS.body.toLocaleString('sv-SE')} tecken.`,
  noOrganizations: 'Välj minst en organisation i omgången.',
  tooManyOrganizations: 'Högst 20 organisationer.',
  notAMember: (code: string) => `Organisationen med koden "${code}" är inte med i omgången.`,
  cohortEnded: (status: CohortStatus) => `Omgången är ${COHORT_STATUS_SV[status]}; den får inga fler påminnelser.`,
  tooManyIds: 'Högst 200 notiser åt gången.',
} as const;
