import type { TFunction } from 'i18next';
import { formatGap, GOAL_OUTCOME_ORDER, percentOf, type GoalAssessmentStatus } from '@modellkommuner/shared';
import type { ImpactFilter, ImpactOverviewQuery, ImpactStatus } from '../../gql/graphql';

// The impact page's words, numbers and filters (docs/domain.md, "Impact"). The rules —
// the estimate, the minimum group, the suppression, the rounding of gaps and shares — are the shared
// ones (libs/shared impact.ts); the Swedish words in i18n/sv.json are the shared rules' too
// (IMPACT_STATUS_SV, impactOffsetLabel, GOAL_ASSESSMENT_SV: impact-view.spec.ts compares).

export type ImpactOverview = ImpactOverviewQuery['impactOverview'];
export type KeyFigure = ImpactOverview['keyFigures'][number];
export type ImpactPoint = KeyFigure['series'][number];
export type OutcomeGroup = ImpactOverview['goalOutcomeTotal'];

/** What the page is narrowed to, as the URL says it (`?programme=&focusArea=&generation=`); '' / null: all. */
export interface ImpactFilters {
  programme: string;
  focusArea: string;
  generation: number | null;
}

const ID = /^[0-9a-fA-F-]{1,64}$/;
/** The API refuses longer focus areas; a longer one in the URL is not a filter anyone chose. */
const MAX_FOCUS_AREA = 200;

/** The filters in the URL, each ignored when it cannot be one (a malformed id, a generation that is not 1, 2, …). */
export function parseImpactFilters(params: URLSearchParams): ImpactFilters {
  const programme = params.get('programme') ?? '';
  const focusArea = (params.get('focusArea') ?? '').trim();
  const generationText = params.get('generation') ?? '';
  const generation = /^[1-9]\d{0,2}$/.test(generationText) ? Number(generationText) : null;
  return {
    programme: ID.test(programme) ? programme : '',
    focusArea: focusArea.length <= MAX_FOCUS_AREA ? focusArea : '',
    generation,
  };
}

/** The URL's parameters for the filters, keeping any other parameter as it is. */
export function impactFiltersToParams(filters: ImpactFilters, current: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(current);
  const set = (key: string, value: string) => (value ? next.set(key, value) : next.delete(key));
  set('programme', filters.programme);
  set('focusArea', filters.focusArea);
  set('generation', filters.generation === null ? '' : String(filters.generation));
  return next;
}

export function hasImpactFilters(filters: ImpactFilters): boolean {
  return filters.programme !== '' || filters.focusArea !== '' || filters.generation !== null;
}

/** The query's variable: every part null when not chosen. */
export function impactFilterInput(filters: ImpactFilters): ImpactFilter {
  return {
    programmeId: filters.programme || null,
    focusArea: filters.focusArea || null,
    generation: filters.generation,
  };
}

/**
 * A gap or a change of it: "+1,5", "−0,3" (a real minus), "0,0" — the shared rule's rounding and signs; in
 * the English interface with a decimal point.
 */
export function gapText(value: number, language: string, decimals = 1): string {
  const text = formatGap(value, decimals);
  return language === 'en' ? text.replace(',', '.') : text;
}

/** "95" for a confidence level of 0.95. */
export function confidencePercent(level: number): number {
  return Math.round(level * 100);
}

export function statusLabel(status: ImpactStatus, t: TFunction): string {
  return t(`impact.status.${status}`);
}

/** "Året före start (utgångsläge)": the table's row header for an offset (the shared impactOffsetLabel in Swedish). */
export function offsetLabel(offset: number, t: TFunction): string {
  return t(`impact.offset.${String(offset)}` as 'impact.offset.0', {
    defaultValue: offset < 0 ? t('impact.offsetBefore', { years: -offset }) : t('impact.offsetAfter', { years: offset }),
  });
}

/** The chart's axis: the same years in fewer words ("Utgångsläge", "Uppföljning"), so five fit on a phone. */
export function offsetShortLabel(offset: number, t: TFunction): string {
  return t(`impact.offsetShort.${String(offset)}` as 'impact.offsetShort.0', { defaultValue: String(offset) });
}

/** A goal outcome's count in a group: the GraphQL field for each assessment. */
const OUTCOME_FIELD: Record<GoalAssessmentStatus, 'achieved' | 'partlyAchieved' | 'notAchieved' | 'ongoing'> = {
  ACHIEVED: 'achieved',
  PARTLY_ACHIEVED: 'partlyAchieved',
  NOT_ACHIEVED: 'notAchieved',
  ONGOING: 'ongoing',
};

export interface OutcomeShare {
  status: GoalAssessmentStatus;
  count: number;
  /** Whole per cent of the group's goals (the shared percentOf). */
  percent: number;
}

/** A shown group's counts and shares in the shared order (uppnått, delvis, inte, pågår); null when held back. */
export function outcomeShares(group: OutcomeGroup): OutcomeShare[] | null {
  if (group.suppressed || group.total === null) return null;
  const total = group.total;
  return GOAL_OUTCOME_ORDER.map((status) => {
    const count = group[OUTCOME_FIELD[status]] ?? 0;
    return { status, count, percent: percentOf(count, total) };
  });
}

/**
 * Why a group is held back: too few organisations of its own, or (with enough) so that a smaller group
 * held back cannot be worked out from the total (secondary suppression, libs/shared goalOutcomeGroups).
 */
export function suppressionReason(group: OutcomeGroup, minGroupSize: number, t: TFunction): string {
  return group.organizations < minGroupSize
    ? t('impact.outcomes.suppressed', { min: minGroupSize })
    : t('impact.outcomes.suppressedSecondary');
}

/** The index of the last point where the key has a value (-1 when none): where the line's name goes. */
export function lastPointWithValue(series: readonly ImpactPoint[], key: 'participantGap' | 'comparisonGap'): number {
  for (let index = series.length - 1; index >= 0; index -= 1) {
    if (series[index][key] !== null) return index;
  }
  return -1;
}

/** The point of an offset, if the series has it. */
export function pointAt(series: readonly ImpactPoint[], offset: number): ImpactPoint | undefined {
  return series.find((point) => point.offset === offset);
}
