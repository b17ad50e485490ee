import type { TFunction } from 'i18next';
import { DIRECTION_SV, GENDER_SV, GOAL_SCOPE_SV, PROGRESS_STATUS_SV, type Direction, type Gender, type GoalScope, type ProgressStatus } from '@modellkommuner/shared';
import { formatNumber, formatValue } from './charts';
import type { GapChange } from './goal-view';

// The words of goals: in Swedish the shared rules' own (PROGRESS_STATUS_SV, GENDER_SV, DIRECTION_SV,
// GOAL_SCOPE_SV, which the API's CSV and messages use too); in English the translations under `goals.*`
// (goal-text.spec.ts checks that sv.json says the same as the shared words).

function swedish(t: TFunction): boolean {
  return t('language.current') === 'sv';
}

export function progressStatusLabel(status: ProgressStatus, t: TFunction): string {
  return swedish(t) ? PROGRESS_STATUS_SV[status] : t(`goals.progressStatus.${status}`);
}

export function genderLabel(gender: Gender, t: TFunction): string {
  return swedish(t) ? GENDER_SV[gender] : t(`goals.gender.${gender}`);
}

export function directionLabel(direction: Direction, t: TFunction): string {
  return swedish(t) ? DIRECTION_SV[direction] : t(`goals.direction.${direction}`);
}

export function scopeLabel(scope: GoalScope, t: TFunction): string {
  return swedish(t) ? GOAL_SCOPE_SV[scope] : t(`goals.scope.${scope}`);
}

/** "+1,3", "−2,1", "0": a change, with its sign. */
export function formatSigned(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3, signDisplay: 'exceptZero' }).format(value);
}

/** The share of the way from baseline to target covered: "48 %", "−12 %", "100 %". */
export function formatRatio(ratio: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/** The unit a difference is in: percentage points for a share in per cent, else the indicator's unit. */
export function gapUnit(unit: string, t: TFunction): string {
  return unit.trim() === '%' ? t('goals.percentagePoints') : unit.trim();
}

export function formatGap(value: number, unit: string, locale: string, t: TFunction): string {
  return formatValue(value, gapUnit(unit, t), { locale });
}

/** "Skillnaden har minskat med 1,3 procentenheter." (or ökat, or is as large as at the baseline). */
export function gapSentence(change: GapChange, unit: string, locale: string, t: TFunction): string {
  const amount = formatGap(change.amount, unit, locale, t);
  switch (change.trend) {
    case 'narrowed':
      return t('goals.progress.gapNarrowed', { amount });
    case 'widened':
      return t('goals.progress.gapWidened', { amount });
    case 'unchanged':
      return t('goals.progress.gapUnchanged');
  }
}

/** "minskat med 1,3" / "ökat med 0,4" / "oförändrad": the overview's short words for a gap's change. */
export function gapChangeWords(change: GapChange, locale: string, t: TFunction): string {
  const amount = formatNumber(change.amount, { locale });
  switch (change.trend) {
    case 'narrowed':
      return t('goalOverview.gapNarrowed', { amount });
    case 'widened':
      return t('goalOverview.gapWidened', { amount });
    case 'unchanged':
      return t('goalOverview.gapUnchanged');
  }
}
