import { GENDER_SV, genderAllowed, Gender, isKoladaKpiId, isMeasurementValue, normalizePeriod } from '@modellkommuner/shared';
import { FieldProblem } from '../../infrastructure/errors/app-error';
import { GoalErrors } from './goal.errors';

// The input problems of the goals operations: pure functions over the input and what the services have
// read, built on libs/shared's goals.ts (the same period forms, value bounds and genders the web checks).

interface Cell {
  period: string;
  gender: Gender;
}

/** The canonical period, or a problem naming `field`. */
export function periodOrProblem(text: string, field: string, problems: FieldProblem[]): string | null {
  const period = normalizePeriod(text);
  if (!period) problems.push({ field, message: GoalErrors.periodInvalid });
  return period;
}

/** An indicator's own settings: a Kolada id in its form, a baseline period in one of the three. */
export function indicatorProblems(input: { koladaKpiId?: string | null; baselinePeriod?: string | null }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.koladaKpiId && !isKoladaKpiId(input.koladaKpiId)) problems.push({ field: 'koladaKpiId', message: GoalErrors.koladaKpiInvalid });
  if (input.baselinePeriod) periodOrProblem(input.baselinePeriod, 'baselinePeriod', problems);
  return problems;
}

/**
 * Cells (values to record, or cells to clear) for one indicator and organisation: each period in one of
 * the three forms, a gender the indicator takes, finite values, no cell twice. Returns the cells with
 * canonical periods, or the problems (`values.2.period`, …).
 */
export function cellProblems<T extends Cell & { value?: number }>(
  cells: readonly T[],
  byGender: boolean,
  field: string,
): { cells: T[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const out: T[] = [];
  cells.forEach((cell, i) => {
    const period = periodOrProblem(cell.period, `${field}.${i}.period`, problems);
    if (!genderAllowed(byGender, cell.gender)) problems.push({ field: `${field}.${i}.gender`, message: GoalErrors.genderNotByGender });
    if ('value' in cell && !isMeasurementValue(cell.value)) problems.push({ field: `${field}.${i}.value`, message: GoalErrors.valueInvalid });
    if (!period) return;
    const key = `${period}|${cell.gender}`;
    if (seen.has(key)) problems.push({ field: `${field}.${i}.period`, message: GoalErrors.duplicateCell(period, GENDER_SV[cell.gender]) });
    seen.add(key);
    out.push({ ...cell, period });
  });
  return { cells: out, problems };
}

/** Targets for one indicator: the same checks, and one target per organisation and gender. */
export function targetProblems<T extends { organizationCode: string; gender: Gender; value: number; period: string }>(
  targets: readonly T[],
  byGender: boolean,
): { targets: T[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const out: T[] = [];
  targets.forEach((target, i) => {
    const period = periodOrProblem(target.period, `targets.${i}.period`, problems);
    if (!genderAllowed(byGender, target.gender)) problems.push({ field: `targets.${i}.gender`, message: GoalErrors.genderNotByGender });
    if (!isMeasurementValue(target.value)) problems.push({ field: `targets.${i}.value`, message: GoalErrors.valueInvalid });
    const key = `${target.organizationCode}|${target.gender}`;
    if (seen.has(key)) problems.push({ field: `targets.${i}.gender`, message: GoalErrors.duplicateTarget(GENDER_SV[target.gender]) });
    seen.add(key);
    if (period) out.push({ ...target, period });
  });
  return { targets: out, problems };
}
