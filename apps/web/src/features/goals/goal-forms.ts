import type { TFunction } from 'i18next';
import { Direction, GoalScope, indicatorGenders, isKoladaKpiId, normalizePeriod, parseDecimal, type Gender } from '@modellkommuner/shared';
import type { CreateGoalInput, GoalIndicatorFragment, TargetInput, UpdateGoalInput, UpdateIndicatorInput } from '../../gql/graphql';
import type { FieldProblem, UiError } from '../../shared/errors/error-message';
import { genderLabel } from './goal-text';
import { cellKey, editText, type GridChanges } from './grid';

// The goals page's forms as plain data: the values a form starts from, the problems found before sending
// (with the shared rules: period forms, Kolada ids, Swedish decimals) and the input the API takes.

export const GOAL_TITLE_MAX = 200;
export const GOAL_DESCRIPTION_MAX = 5000;
export const INDICATOR_NAME_MAX = 200;
export const INDICATOR_UNIT_MAX = 40;

// ---- goals ----------------------------------------------------------------------------------------

export interface GoalFormValues {
  scope: GoalScope;
  title: string;
  description: string;
  focusArea: string;
}

export function emptyGoalForm(scope: GoalScope): GoalFormValues {
  return { scope, title: '', description: '', focusArea: '' };
}

export function goalFormFrom(goal: { scope: GoalScope; title: string; description?: string | null; focusArea?: string | null }): GoalFormValues {
  return { scope: goal.scope, title: goal.title, description: goal.description ?? '', focusArea: goal.focusArea ?? '' };
}

export function sameGoalForm(a: GoalFormValues, b: GoalFormValues): boolean {
  return a.scope === b.scope && a.title === b.title && a.description === b.description && a.focusArea === b.focusArea;
}

export function goalProblems(values: GoalFormValues, t: TFunction): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const title = values.title.trim();
  if (!title) problems.push({ field: 'title', message: t('goals.goalForm.titleRequired') });
  else if (title.length > GOAL_TITLE_MAX) problems.push({ field: 'title', message: t('goals.goalForm.titleTooLong', { max: GOAL_TITLE_MAX }) });
  if (values.description.trim().length > GOAL_DESCRIPTION_MAX) {
    problems.push({ field: 'description', message: t('goals.goalForm.descriptionTooLong', { max: GOAL_DESCRIPTION_MAX }) });
  }
  return problems;
}

export function toUpdateGoalInput(values: GoalFormValues): UpdateGoalInput {
  return { title: values.title.trim(), description: values.description.trim() || null, focusArea: values.focusArea || null };
}

/** A new goal: an OWN goal names the page's organisation, a SHARED goal none. */
export function toCreateGoalInput(values: GoalFormValues, cohortId: string, organizationCode: string): CreateGoalInput {
  return {
    cohortId,
    scope: values.scope,
    organizationCode: values.scope === GoalScope.OWN ? organizationCode : null,
    ...toUpdateGoalInput(values),
  };
}

// ---- indicators -----------------------------------------------------------------------------------

export interface IndicatorFormValues {
  name: string;
  unit: string;
  direction: Direction;
  byGender: boolean;
  koladaKpiId: string;
  baselinePeriod: string;
}

export function emptyIndicatorForm(): IndicatorFormValues {
  return { name: '', unit: '', direction: Direction.HIGHER_IS_BETTER, byGender: true, koladaKpiId: '', baselinePeriod: '' };
}

export function indicatorFormFrom(
  indicator: Pick<GoalIndicatorFragment, 'name' | 'unit' | 'direction' | 'byGender' | 'koladaKpiId' | 'baselinePeriod'>,
): IndicatorFormValues {
  return {
    name: indicator.name,
    unit: indicator.unit,
    direction: indicator.direction,
    byGender: indicator.byGender,
    koladaKpiId: indicator.koladaKpiId ?? '',
    baselinePeriod: indicator.baselinePeriod ?? '',
  };
}

export function sameIndicatorForm(a: IndicatorFormValues, b: IndicatorFormValues): boolean {
  return (
    a.name === b.name &&
    a.unit === b.unit &&
    a.direction === b.direction &&
    a.byGender === b.byGender &&
    a.koladaKpiId === b.koladaKpiId &&
    a.baselinePeriod === b.baselinePeriod
  );
}

/** The Kolada id as the API takes it ("n15419 " → "N15419"), or '' when none is typed. */
export function koladaIdOf(text: string): string {
  return text.trim().toUpperCase();
}

export function indicatorProblems(values: IndicatorFormValues, t: TFunction): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = values.name.trim();
  const unit = values.unit.trim();
  if (!name) problems.push({ field: 'name', message: t('goals.indicatorForm.nameRequired') });
  else if (name.length > INDICATOR_NAME_MAX) problems.push({ field: 'name', message: t('goals.indicatorForm.nameTooLong', { max: INDICATOR_NAME_MAX }) });
  if (!unit) problems.push({ field: 'unit', message: t('goals.indicatorForm.unitRequired') });
  else if (unit.length > INDICATOR_UNIT_MAX) problems.push({ field: 'unit', message: t('goals.indicatorForm.unitTooLong', { max: INDICATOR_UNIT_MAX }) });
  const kolada = koladaIdOf(values.koladaKpiId);
  if (kolada && !isKoladaKpiId(kolada)) problems.push({ field: 'koladaKpiId', message: t('goals.indicatorForm.koladaInvalid') });
  if (values.baselinePeriod.trim() && !normalizePeriod(values.baselinePeriod)) {
    problems.push({ field: 'baselinePeriod', message: t('goals.periodInvalid') });
  }
  return problems;
}

export function toIndicatorInput(values: IndicatorFormValues): UpdateIndicatorInput {
  return {
    name: values.name.trim(),
    unit: values.unit.trim(),
    direction: values.direction,
    byGender: values.byGender,
    koladaKpiId: koladaIdOf(values.koladaKpiId) || null,
    baselinePeriod: values.baselinePeriod.trim() ? normalizePeriod(values.baselinePeriod) : null,
  };
}

// ---- targets --------------------------------------------------------------------------------------

/** One gender's target as typed: a value ("85" or "81,5") and the period it is to be reached by. */
export interface TargetRow {
  gender: Gender;
  value: string;
  period: string;
}

/** A row per gender the indicator takes (indicatorGenders: Kvinnor, Män, Totalt — or Totalt only). */
export function targetRowsFrom(byGender: boolean, targets: readonly { gender: Gender; value: number; period: string }[]): TargetRow[] {
  return indicatorGenders(byGender).map((gender) => {
    const target = targets.find((candidate) => candidate.gender === gender);
    return { gender, value: target ? editText(target.value) : '', period: target?.period ?? '' };
  });
}

export function sameTargetRows(a: readonly TargetRow[], b: readonly TargetRow[]): boolean {
  return a.length === b.length && a.every((row, i) => row.gender === b[i]?.gender && row.value === b[i]?.value && row.period === b[i]?.period);
}

/** The field name of a row's control: `WOMEN.value`, `TOTAL.period`. */
export function targetField(gender: Gender, control: 'value' | 'period'): string {
  return `${gender}.${control}`;
}

/** "kvinnor", "män", "totalt": a gender inside a sentence. */
function genderWord(gender: Gender, t: TFunction): string {
  return genderLabel(gender, t).toLocaleLowerCase(t('language.current'));
}

/** The rows that set a target: a value or a period typed (both are then needed). */
function filledRows(rows: readonly TargetRow[]): TargetRow[] {
  return rows.filter((row) => row.value.trim() || row.period.trim());
}

export function targetProblems(rows: readonly TargetRow[], hadTargets: boolean, t: TFunction): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const filled = filledRows(rows);
  for (const row of filled) {
    const value = parseDecimal(row.value);
    if (value === undefined) problems.push({ field: targetField(row.gender, 'value'), message: t('goals.targets.valueRequired', { gender: genderWord(row.gender, t) }) });
    else if (value === null) problems.push({ field: targetField(row.gender, 'value'), message: t('goals.targets.valueInvalid', { gender: genderWord(row.gender, t) }) });
    if (!row.period.trim()) problems.push({ field: targetField(row.gender, 'period'), message: t('goals.targets.periodRequired', { gender: genderWord(row.gender, t) }) });
    else if (!normalizePeriod(row.period)) problems.push({ field: targetField(row.gender, 'period'), message: t('goals.periodInvalid') });
  }
  // setTargets replaces the organisation's targets with those sent; with none sent it changes nothing.
  if (filled.length === 0 && hadTargets && rows[0]) {
    problems.push({ field: targetField(rows[0].gender, 'value'), message: t('goals.targets.keepOne') });
  }
  return problems;
}

/** The targets to send, in the rows' order (the API names problems `targets.<i>.value` by that order). */
export function toTargetInputs(rows: readonly TargetRow[], organizationCode: string): TargetInput[] {
  return filledRows(rows).map((row) => ({
    organizationCode,
    gender: row.gender,
    value: parseDecimal(row.value) as number,
    period: normalizePeriod(row.period) ?? row.period.trim(),
  }));
}

/** The API's `targets.<i>.<control>` as the form's field (`WOMEN.value`), given the rows that were sent. */
export function targetFieldOfServer(field: string, rows: readonly TargetRow[]): string | null {
  const match = /^targets\.(\d+)\.(value|period|gender)$/.exec(field);
  if (!match) return null;
  const row = filledRows(rows)[Number(match[1])];
  if (!row) return null;
  return targetField(row.gender, match[2] === 'period' ? 'period' : 'value');
}

// ---- values ---------------------------------------------------------------------------------------

/**
 * The API's problems with the values sent (`values.<i>.value`, `cells.<i>.period`) by grid cell
 * (`2024|WOMEN`), so that each cell says its own; `values` are the changes' `set`, `cells` their `clear`.
 */
export function cellErrorsFrom(error: UiError | null, changes: GridChanges): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of error?.fields ?? []) {
    const match = /^(values|cells)\.(\d+)\./.exec(problem.field);
    if (!match) continue;
    const cell = (match[1] === 'values' ? changes.set : changes.clear)[Number(match[2])];
    if (!cell) continue;
    const key = cellKey(cell.period, cell.gender);
    errors[key] = errors[key] ? `${errors[key]} ${problem.message}` : problem.message;
  }
  return errors;
}
