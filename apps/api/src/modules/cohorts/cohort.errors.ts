import { COHORT_STATUS_SV, CohortStatus, MeetingKind, OrganizationKind } from '@modellkommuner/shared';
import { VersionedThing } from '../../infrastructure/database/versioned-change';

// Every Swedish message of the cohorts module, once (docs/api-conventions.md, "Errors and visibility"). The
// FORBIDDEN of an action only process leaders may take is the platform's one wording (`Forbidden()`).

/** A cohort, for the versioned-change helper: "Omgången har ändrats sedan du läste den. …" */
export const COHORT: VersionedThing = { noun: 'Omgången', pronoun: 'den', notFound: 'Omgången hittades inte.' };

/** A meeting, for the versioned-change helper: "Mötet har ändrats sedan du läste det. …" */
export const MEETING: VersionedThing = { noun: 'Mötet', pronoun: 'det', notFound: 'Mötet hittades inte.' };

/**
 * An organisation's working group, for the versioned-change helper: "Arbetsgruppen har ändrats sedan du
 * läste den. …" It is reached through its cohort, so what cannot be seen is the cohort's NOT_FOUND.
 */
export const WORKING_GROUP: VersionedThing = { noun: 'Arbetsgruppen', pronoun: 'den', notFound: COHORT.notFound };

const KIND_PLURAL: Record<OrganizationKind, string> = {
  [OrganizationKind.MUNICIPALITY]: 'kommuner',
  [OrganizationKind.REGION]: 'regioner',
  [OrganizationKind.SKR]: 'organisationer',
};
const KIND_SINGULAR: Record<OrganizationKind, string> = {
  [OrganizationKind.MUNICIPALITY]: 'en kommun',
  [OrganizationKind.REGION]: 'en region',
  [OrganizationKind.SKR]: 'SKR',
};
const sv = (status: CohortStatus) => COHORT_STATUS_SV[status];

export const CohortErrors = {
  programmeNotFound: 'Programmet hittades inte.',

  // ---- composition (creating, adding, withdrawing) ----
  duplicateMentee: (name: string) => `${name} finns med två gånger bland de nya.`,
  menteeCount: (programme: string, span: string, kind: OrganizationKind, chosen: number) =>
    `En omgång i ${programme} ska ha ${span} nya ${KIND_PLURAL[kind]}; ${chosen} valdes.`,
  mentorAlsoMentee: (name: string) => `${name} kan inte vara både mentor och ny i samma omgång.`,
  unknownOrganization: (code: string) => `Det finns ingen kommun eller region med koden "${code}".`,
  wrongKind: (name: string, kind: OrganizationKind, programme: string, programmeKind: OrganizationKind) =>
    `${name} är ${KIND_SINGULAR[kind]}, men ${programme} är för ${KIND_PLURAL[programmeKind]}.`,
  mentorNotEligible: (name: string) =>
    `${name} kan inte vara mentor ännu: den har inte genomfört en omgång med godkänd uppföljning och är inte markerad som erfaren modellkommun.`,
  busyInProgramme: (name: string | undefined, cohortName: string) =>
    `${name ?? 'Organisationen'} deltar redan i en pågående omgång i detta program (${cohortName}).`,
  cannotJoin: (name: string, programme: string, programmeKind: OrganizationKind) =>
    `${name} kan inte vara med: ${programme} är för ${KIND_PLURAL[programmeKind]}.`,
  joiningClosed: (status: CohortStatus) => `Omgången är ${sv(status)}; nya kan bara läggas till i planerade eller pågående omgångar.`,
  alreadyMember: (name: string) => `${name} är redan med i omgången.`,
  menteesFull: (count: number, programme: string) => `Omgången har redan ${count} nya, det högsta antalet i ${programme}.`,
  withdrawReasonMissing: 'Ange varför organisationen lämnar omgången.',
  leavingClosed: (status: CohortStatus) => `Omgången är ${sv(status)}; ingen kan lämna den nu.`,
  notAMember: (code: string) => `Organisationen med koden "${code}" är inte med i omgången.`,
  mentorCannotLeave: 'Mentorn kan inte lämna omgången. Avbryt omgången i stället om den inte kan fortsätta.',
  tooFewMentees: (min: number, name: string) =>
    `Omgången måste ha minst ${min} nya. Lägg till en ny innan ${name} lämnar, eller avbryt omgången.`,

  // ---- the cohort document and its lifecycle ----
  nameMissing: 'Ge omgången ett namn.',
  nameEmpty: 'Namnet får inte vara tomt.',
  nameTooLong: 'Namnet får ha högst 200 tecken.',
  programmeMissing: 'Välj ett program.',
  mentorMissing: 'Välj en mentor.',
  tooManyMenteeCodes: 'För många nya.',
  followUpBeforeStart: 'Uppföljningen måste ligga efter startdatumet.',
  notEditable: (status: CohortStatus) => `Omgången är ${sv(status)} och kan inte längre ändras.`,
  cannotTransition: (from: CohortStatus, to: CohortStatus) => `En omgång kan inte gå från ${sv(from)} till ${sv(to)}.`,
  cancelReasonMissing: 'Ange varför omgången avbryts.',
  concludeReasonMissing: 'Alla uppföljningsrapporter är inte godkända. Ange ett skäl för att avsluta omgången ändå.',
  /** The reason recorded on each meeting a cancelled cohort cancels. */
  meetingCancelledWithCohort: (reason: string) => `Omgången avbröts: ${reason}`,
  /** The audit reason of the nightly move to FOLLOW_UP. */
  followUpDatePassed: (date: string) => `Uppföljningsdatumet ${date} har passerat`,

  // ---- working groups ----
  workingGroupTooLarge: 'En arbetsgrupp får ha högst 30 personer.',
  workingGroupNotYours: 'Du kan bara ändra din egen organisations arbetsgrupp.',
  personNameMissing: 'Ange namnet på varje person i arbetsgruppen.',
  personTitleTooLong: 'Titeln får ha högst 200 tecken.',
  personRoleMissing: 'Välj en roll i arbetsgruppen.',
  personEmailInvalid: 'Ange en giltig e-postadress.',

  // ---- meetings ----
  meetingKindMissing: 'Välj typ av möte.',
  meetingTitleMissing: 'Ge mötet en rubrik.',
  meetingTitleTooLong: 'Rubriken får ha högst 200 tecken.',
  meetingStartMissing: 'Ange mötets starttid.',
  meetingEndInvalid: 'Ange en giltig sluttid.',
  meetingLocationTooLong: 'Platsen får ha högst 500 tecken.',
  meetingNotesTooLong: 'Anteckningarna får ha högst 5 000 tecken.',
  startupMustBeStartup: 'Uppstartsmötet ska vara av typen uppstartsmöte (STARTUP).',
  meetingEndsBeforeStart: 'Mötet måste sluta efter att det har börjat.',
  mayNotSchedule: 'Mentorn kan bara planera erfarenhetsutbyten; övriga möten planeras av processledaren.',
  kindTaken: (kind: MeetingKind) =>
    kind === MeetingKind.STARTUP ? 'Omgången har redan ett uppstartsmöte; flytta det i stället.' : 'Omgången har redan en återsamling; flytta den i stället.',
  mayNotChangeMeeting: 'Du kan inte ändra det här mötet.',
  kindCannotChange: 'Typen av möte kan inte ändras. Ställ in mötet och planera ett nytt i stället.',
  meetingCancelledCannotChange: 'Mötet är inställt och kan inte ändras.',
  meetingsClosed: (status: CohortStatus) => `Omgången är ${sv(status)}; dess möten kan inte längre ändras.`,
  meetingCancelReasonMissing: 'Ange varför mötet ställs in.',
  mayNotCancelMeeting: 'Du kan inte ställa in det här mötet.',
  meetingAlreadyCancelled: 'Mötet är redan inställt.',
} as const;
