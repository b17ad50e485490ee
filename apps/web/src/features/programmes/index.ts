/** The programme form's rules (the cohort wizard's checks build on the same limits). */
export { EMPTY_PROGRAMME_FORM, PROGRAMME_KINDS, programmeProblems, toCreateProgrammeInput, type ProgrammeFormValues } from './programme-form';
