import { CHECKPOINT_KIND_SV, CohortStatus, COHORT_STATUS_SV, REPORT_LIMITS, REPORT_STATUS_SV, ReportStatus } from '@modellkommuner/shared';
import { VersionedThing } from '../../infrastructure/database/versioned-change';

// Every Swedish message of the follow-up module, once (docs/api-conventions.md, "Errors and visibility").

/** A report, for the versioned-change helper: "Rapporten har ändrats sedan du läste den. …" */
export const REPORT: VersionedThing = { noun: 'Rapporten', pronoun: 'den', notFound: 'Rapporten hittades inte.' };

export const CHECKPOINT_NOT_FOUND = 'Uppföljningspunkten hittades inte.';

const text = (n: number) => n.toLocaleString('sv-SE');

export const FollowUpErrors = {
  // ---- writing ----
  notAMember: (code: string) => `Organisationen med koden "${code}" är inte med i omgången.`,
  mayNotWrite: 'Bara organisationens egna medlemmar skriver och lämnar in dess uppföljningsrapport.',
  notEditable: (status: ReportStatus) =>
    `Rapporten är ${REPORT_STATUS_SV[status].toLowerCase()} och kan inte ändras${status === ReportStatus.SUBMITTED ? ' förrän granskaren har begärt ändringar' : ''}.`,
  followUpClosed: (status: CohortStatus) => `Omgången är ${COHORT_STATUS_SV[status]}; uppföljningsrapporter skrivs och granskas medan den pågår eller är i uppföljning.`,
  textTooLong: `Texten får ha högst ${text(REPORT_LIMITS.text)} tecken.`,
  commentTooLong: `Kommentaren får ha högst ${text(REPORT_LIMITS.assessmentComment)} tecken.`,
  goalNotInReport: 'Målet hör inte till den här rapporten (omgångens gemensamma mål och organisationens egna).',
  duplicateAssessment: 'Samma mål är bedömt två gånger.',
  tooManyAssessments: 'Högst 100 målbedömningar.',

  // ---- submitting ----
  notSubmittable: (status: ReportStatus) => `Rapporten är ${REPORT_STATUS_SV[status].toLowerCase()} och kan inte lämnas in.`,
  summaryMissing: 'Skriv en sammanfattning innan du lämnar in rapporten.',
  goalNotAssessed: (title: string) => `Bedöm målet "${title}" innan du lämnar in rapporten.`,

  // ---- reviewing ----
  mayNotReview: 'Mentorn granskar de nya organisationernas rapporter och processledaren mentorns; du kan inte granska den här.',
  notReviewable: (status: ReportStatus) => `Rapporten är ${REPORT_STATUS_SV[status].toLowerCase()}; bara en inlämnad rapport kan granskas.`,
  reviewCommentMissing: 'Skriv vad som behöver ändras.',
  reviewCommentTooLong: `Kommentaren får ha högst ${text(REPORT_LIMITS.reviewComment)} tecken.`,

  // ---- checkpoints ----
  mayNotAddCheckpoint: 'Bara processledare lägger till uppföljningspunkter.',
  checkpointExists: (kind: keyof typeof CHECKPOINT_KIND_SV) => `Omgången har redan en ${CHECKPOINT_KIND_SV[kind].toLowerCase()}.`,
  checkpointsClosed: (status: CohortStatus) => `Omgången är ${COHORT_STATUS_SV[status]}; inga uppföljningspunkter kan läggas till.`,
  midtermAfterOneYear: (dueDate: string) => `Halvtidsuppföljningen måste ligga före uppföljningen efter ett år (${dueDate}).`,
  midtermBeforeStart: (startDate: string) => `Halvtidsuppföljningen måste ligga efter omgångens startdatum (${startDate}).`,
  oneYearNotAfterMidterm: (midterm: string) => `Uppföljningen efter ett år måste ligga efter halvtidsuppföljningen (${midterm}).`,
  dateInvalid: 'Ange ett datum som ÅÅÅÅ-MM-DD.',

  // ---- from report to example ----
  exampleNeedsApproval: 'Bara en godkänd rapport kan bli ett lärande exempel.',
  mayNotDraftExample: 'Bara organisationens egna medlemmar och processledare gör ett lärande exempel av rapporten.',

  // ---- conclusion (audit reasons) ----
  graduated: (cohortName: string) => `Godkänd uppföljning efter ett år i ${cohortName}; omgången avslutades.`,
} as const;
