import { CohortStatus, COHORT_STATUS_SV, MAX_PERIOD_YEAR, MIN_PERIOD_YEAR } from '@modellkommuner/shared';
import { VersionedThing } from '../../infrastructure/database/versioned-change';

// Every Swedish message of the goals module, once (docs/api-conventions.md, "Errors and visibility").

/** A goal, for the versioned-change helper: "Målet har ändrats sedan du läste det. …" */
export const GOAL: VersionedThing = { noun: 'Målet', pronoun: 'det', notFound: 'Målet hittades inte.' };

/** An indicator: "Indikatorn har ändrats sedan du läste den. …" */
export const INDICATOR: VersionedThing = { noun: 'Indikatorn', pronoun: 'den', notFound: 'Indikatorn hittades inte.' };

const sv = (status: CohortStatus) => COHORT_STATUS_SV[status];

export const GoalErrors = {
  // ---- goals ----
  titleMissing: 'Ge målet en rubrik.',
  titleTooLong: 'Rubriken får ha högst 200 tecken.',
  descriptionTooLong: 'Beskrivningen får ha högst 5 000 tecken.',
  unknownFocusArea: (term: string) => `"${term}" finns inte bland fokusområdena. Välj ett av dem.`,
  sharedHasNoOrganization: 'Ett gemensamt mål gäller hela omgången; ange ingen organisation.',
  ownNeedsOrganization: 'Ange vilken organisation det egna målet gäller.',
  notAMember: (code: string) => `Organisationen med koden "${code}" är inte med i omgången.`,
  mayNotSetShared: 'Bara processledaren och mentorn sätter omgångens gemensamma mål.',
  mayNotSetOwn: 'Du kan bara sätta mål för din egen organisation.',
  mayNotEditGoal: 'Du kan inte ändra det här målet.',
  /** The audit reason of a removal: what went with it. */
  removedWith: (indicators: number, values: number) =>
    indicators > 0 ? `Togs bort med ${indicators} indikator(er) och ${values} värde(n).` : `Togs bort med ${values} värde(n).`,
  assessedInReport: 'Målet är bedömt i en inlämnad uppföljningsrapport och kan inte tas bort.',
  goalsClosed: (status: CohortStatus) => `Omgången är ${sv(status)}; dess mål kan inte längre ändras.`,

  // ---- indicators ----
  nameMissing: 'Ge indikatorn ett namn.',
  nameTooLong: 'Namnet får ha högst 200 tecken.',
  unitMissing: 'Ange en enhet, t.ex. %, kr eller antal.',
  unitTooLong: 'Enheten får ha högst 40 tecken.',
  koladaKpiInvalid: 'Kolada-id skrivs som en versal och fem siffror, t.ex. N15419.',
  byGenderCannotChange: 'Indikatorn har redan könsuppdelade värden; ta bort dem innan den görs okönsuppdelad.',

  // ---- periods, targets and values ----
  periodInvalid: `Perioden skrivs 2024, 2024-H1 eller 2024-Q3 (år ${MIN_PERIOD_YEAR}–${MAX_PERIOD_YEAR}).`,
  valueInvalid: 'Värdet måste vara ett tal (högst 10^12 till beloppet).',
  genderNotByGender: 'Indikatorn är inte könsuppdelad; ange bara värden för Totalt (TOTAL).',
  duplicateCell: (period: string, gender: string) => `Perioden ${period} (${gender}) finns med två gånger.`,
  duplicateTarget: (gender: string) => `Målvärdet för ${gender} finns med två gånger.`,
  noteTooLong: 'Kommentaren får ha högst 500 tecken.',
  tooManyValues: 'Högst 500 värden åt gången.',
  tooManyTargets: 'Högst 30 målvärden åt gången.',
  mayNotRecord: 'Du kan bara föra in värden och mål för din egen organisation.',
  organizationNotInGoal: 'Målet är en annan organisations eget mål.',
  measurementsClosed: 'Omgången är avbruten; dess värden kan inte längre ändras.',

  // ---- Kolada ----
  mayNotImportKolada: 'Bara processledare läser in värden från Kolada.',
} as const;
