import type { TFunction } from 'i18next';
import type { CreateProgrammeInput, OrganizationKind } from '../../gql/graphql';
import type { FieldProblem } from '../../shared/errors/error-message';

export const PROGRAMME_KINDS: readonly OrganizationKind[] = ['MUNICIPALITY', 'REGION'];

/** The create-programme form as typed (numbers as text, as inputs hold them). */
export interface ProgrammeFormValues {
  name: string;
  theme: string;
  organizationKind: OrganizationKind;
  minMentees: string;
  maxMentees: string;
  followUpMonths: string;
}

export const EMPTY_PROGRAMME_FORM: ProgrammeFormValues = {
  name: '',
  theme: '',
  organizationKind: 'MUNICIPALITY',
  minMentees: '2',
  maxMentees: '3',
  followUpMonths: '12',
};

function wholeNumber(value: string): number | null {
  return /^\s*\d{1,3}\s*$/.test(value) ? Number(value) : null;
}

/** The API's rules (CreateProgrammeInput), checked before sending. */
export function programmeProblems(values: ProgrammeFormValues, t: TFunction): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!values.name.trim()) problems.push({ field: 'name', message: t('programmes.nameRequired') });
  else if (values.name.trim().length > 200) problems.push({ field: 'name', message: t('programmes.nameTooLong', { max: 200 }) });
  if (!values.theme.trim()) problems.push({ field: 'theme', message: t('programmes.themeRequired') });
  else if (values.theme.trim().length > 500) problems.push({ field: 'theme', message: t('programmes.themeTooLong', { max: 500 }) });
  const min = wholeNumber(values.minMentees);
  const max = wholeNumber(values.maxMentees);
  const months = wholeNumber(values.followUpMonths);
  if (min === null || min < 1 || min > 20) problems.push({ field: 'minMentees', message: t('programmes.minInvalid') });
  if (max === null || max < 1 || max > 20) problems.push({ field: 'maxMentees', message: t('programmes.maxInvalid') });
  else if (min !== null && min <= 20 && max < min) problems.push({ field: 'maxMentees', message: t('programmes.maxBelowMin', { min, max }) });
  if (months === null || months < 1 || months > 60) problems.push({ field: 'followUpMonths', message: t('programmes.monthsInvalid') });
  return problems;
}

export function toCreateProgrammeInput(values: ProgrammeFormValues): CreateProgrammeInput {
  return {
    name: values.name.trim(),
    theme: values.theme.trim(),
    organizationKind: values.organizationKind,
    minMentees: Number(values.minMentees),
    maxMentees: Number(values.maxMentees),
    followUpMonths: Number(values.followUpMonths),
  };
}
