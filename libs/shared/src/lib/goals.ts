import { CohortStatus, Direction, Gender, GoalScope, ProgressStatus } from './enums';
import { CohortMemberFacts, isCohortMentor, mayViewCohort, ownMembership } from './cohorts';
import { isProcessLeader, RuleViewer } from './viewer';

// The rules of goals, indicators, targets and measurements (docs/domain.md, "Goals and indicators"):
// pure functions that the API's GoalPolicy and services and the web's pages, grid and charts all call.
// Periods, progress, its status thresholds and the gender gap are defined here and nowhere else.

// ---- periods --------------------------------------------------------------------------------------

/** A measurement period: a year ("2024"), a half ("2024-H1") or a quarter ("2024-Q3"). */
export interface Period {
  year: number;
  /** 'Y' a whole year, 'H' a half, 'Q' a quarter. */
  kind: 'Y' | 'H' | 'Q';
  /** 1 for a year, 1–2 for a half, 1–4 for a quarter. */
  part: number;
  /** First and last month, 1–12. */
  firstMonth: number;
  lastMonth: number;
}

export const PERIOD_PATTERN = /^(\d{4})(?:-(H[12]|Q[1-4]))?$/;
export const MIN_PERIOD_YEAR = 1990;
export const MAX_PERIOD_YEAR = 2100;

/**
 * Parsed periods, remembered: there are few distinct period strings, and sorting and comparing them (a
 * cohort overview computes thousands of progresses) would otherwise parse each one again and again.
 */
const parsedPeriods = new Map<string, Period | null>();
const MAX_REMEMBERED_PERIODS = 10_000;

/** The period a string names, or null when it is not one of the three forms (or its year is outside 1990–2100). */
export function parsePeriod(text: string): Period | null {
  const known = parsedPeriods.get(text);
  if (known !== undefined) return known;
  // Frozen: every caller gets the same object.
  const found = readPeriod(text);
  const period = found && Object.freeze(found);
  if (parsedPeriods.size >= MAX_REMEMBERED_PERIODS) parsedPeriods.clear();
  parsedPeriods.set(text, period);
  return period;
}

function readPeriod(text: string): Period | null {
  const match = PERIOD_PATTERN.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) return null;
  const part = match[2];
  if (!part) return { year, kind: 'Y', part: 1, firstMonth: 1, lastMonth: 12 };
  const n = Number(part.slice(1));
  if (part[0] === 'H') return { year, kind: 'H', part: n, firstMonth: (n - 1) * 6 + 1, lastMonth: n * 6 };
  return { year, kind: 'Q', part: n, firstMonth: (n - 1) * 3 + 1, lastMonth: n * 3 };
}

export function isPeriod(text: string): boolean {
  return parsePeriod(text) !== null;
}

/** The canonical spelling ("2024-h1 " → "2024-H1"), or null. */
export function normalizePeriod(text: string): string | null {
  const period = parsePeriod(text.trim().toUpperCase());
  return period ? periodKey(period) : null;
}

export function periodKey(period: Period): string {
  return period.kind === 'Y' ? String(period.year) : `${period.year}-${period.kind}${period.part}`;
}

/** Months since year 0 of a period's last month: later periods end later. */
function endIndex(period: Period): number {
  return period.year * 12 + period.lastMonth;
}
function startIndex(period: Period): number {
  return period.year * 12 + period.firstMonth;
}

/**
 * Periods in time order: by when they end, then by when they start (2024-H1 before 2024-Q2, both end in
 * June). Unparseable strings sort last, alphabetically.
 */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : a.localeCompare(b);
  return endIndex(pa) - endIndex(pb) || startIndex(pa) - startIndex(pb);
}

export function sortPeriods(periods: Iterable<string>): string[] {
  const list = [...new Set(periods)];
  return list.length < 2 ? list : list.sort(comparePeriods);
}

/** Swedish label: "2024", "2024 halvår 1", "2024 kvartal 3". */
export function periodLabel(text: string): string {
  const period = parsePeriod(text);
  if (!period) return text;
  if (period.kind === 'Y') return String(period.year);
  return `${period.year} ${period.kind === 'H' ? 'halvår' : 'kvartal'} ${period.part}`;
}

/** The period after this one of the same kind ("2024" → "2025", "2024-Q4" → "2025-Q1"): the grid's "next period". */
export function nextPeriod(text: string): string | null {
  const period = parsePeriod(text);
  if (!period) return null;
  const parts = period.kind === 'Y' ? 1 : period.kind === 'H' ? 2 : 4;
  const next = period.part === parts ? { year: period.year + 1, part: 1 } : { year: period.year, part: period.part + 1 };
  if (next.year > MAX_PERIOD_YEAR) return null;
  return period.kind === 'Y' ? String(next.year) : `${next.year}-${period.kind}${next.part}`;
}

/** The last day of a period, as an ISO date: when a period's measurement becomes due (reminders). */
export function periodEndDate(text: string): string | null {
  const period = parsePeriod(text);
  if (!period) return null;
  const lastDay = new Date(Date.UTC(period.year, period.lastMonth, 0)).getUTCDate();
  return `${period.year}-${String(period.lastMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

// ---- values ---------------------------------------------------------------------------------------

/** The largest magnitude a measurement or target may have: larger is a typing mistake, not a key figure. */
export const MAX_MEASUREMENT_MAGNITUDE = 1e12;

/** A value that can be stored: a finite number within ±10^12 (NaN and Infinity never are). */
export function isMeasurementValue(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_MEASUREMENT_MAGNITUDE;
}

/**
 * A number typed the Swedish way ("81,2", "1 234,5", "-3", "81.2"), or null when the text is not one.
 * An empty text is `undefined`: the cell is missing (never zero).
 */
export function parseDecimal(text: string): number | null | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace('−', '-');
  if (compact === '') return undefined;
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(compact)) return null;
  const value = Number(compact.replace(',', '.'));
  return isMeasurementValue(value) ? value : null;
}

/** The genders an indicator takes values for: WOMEN, MEN and TOTAL when by gender, else TOTAL only. */
export function indicatorGenders(byGender: boolean): Gender[] {
  return byGender ? [Gender.WOMEN, Gender.MEN, Gender.TOTAL] : [Gender.TOTAL];
}

export function genderAllowed(byGender: boolean, gender: Gender): boolean {
  return indicatorGenders(byGender).includes(gender);
}

export const GENDER_SV: Record<Gender, string> = {
  [Gender.WOMEN]: 'Kvinnor',
  [Gender.MEN]: 'Män',
  [Gender.TOTAL]: 'Totalt',
};

export const DIRECTION_SV: Record<Direction, string> = {
  [Direction.HIGHER_IS_BETTER]: 'Högre är bättre',
  [Direction.LOWER_IS_BETTER]: 'Lägre är bättre',
};

export const GOAL_SCOPE_SV: Record<GoalScope, string> = {
  [GoalScope.SHARED]: 'Gemensamt mål',
  [GoalScope.OWN]: 'Eget mål',
};

/** A KPI id in Kolada's form: one capital letter and five digits ("N15419", "U00405"). */
export const KOLADA_KPI_PATTERN = /^[A-Z]\d{5}$/;

export function isKoladaKpiId(text: string): boolean {
  return KOLADA_KPI_PATTERN.test(text);
}

/** Kolada's id of an organisation: the kommun code itself, or "00" + county code for a region. */
export function koladaMunicipalityId(organization: { code: string; kind: string }): string | null {
  if (organization.kind === 'MUNICIPALITY') return /^\d{4}$/.test(organization.code) ? organization.code : null;
  if (organization.kind === 'REGION') return /^\d{2}$/.test(organization.code) ? `00${organization.code}` : null;
  return null;
}

// ---- progress -------------------------------------------------------------------------------------

export interface ValuePoint {
  period: string;
  gender: Gender;
  value: number;
}

export interface TargetPoint {
  gender: Gender;
  value: number;
  period: string;
}

export interface ProgressInput {
  direction: Direction;
  byGender: boolean;
  baselinePeriod?: string | null;
  /** One organisation's values for the indicator (missing cells are simply absent). */
  values: readonly ValuePoint[];
  /** The same organisation's targets. */
  targets: readonly TargetPoint[];
}

export interface Progress {
  baseline: number | null;
  baselinePeriod: string | null;
  latest: number | null;
  latestPeriod: string | null;
  target: number | null;
  targetPeriod: string | null;
  /** The share of the way from baseline to target covered: 0 at the baseline, 1 at the target, negative when worse. */
  ratio: number | null;
  status: ProgressStatus;
  /** WOMEN − MEN in the latest period that has both. */
  genderGap: number | null;
  /** WOMEN − MEN at the baseline (or the earliest period that has both). */
  genderGapBaseline: number | null;
  /** genderGap − genderGapBaseline. */
  genderGapChange: number | null;
  /** True when the TOTAL series had to be derived from WOMEN and MEN (no TOTAL was recorded). */
  derivedTotal: boolean;
}

/**
 * The status thresholds, once (docs/domain.md, "Progress"). With a target:
 *  - ACHIEVED when the latest value meets the target (≥ for higher-is-better, ≤ for lower-is-better);
 *  - OFF_TRACK when it is worse than the baseline, or the target period has passed without meeting it;
 *  - ON_TRACK when the share covered is at least ON_TRACK_SHARE of the share of time gone
 *    (baseline period → target period), less TOLERANCE;
 *  - AT_RISK otherwise.
 * Without a target: ON_TRACK when the latest value is at least as good as the baseline, OFF_TRACK when
 * worse; a single value says nothing about progress (NO_DATA). No value at all is NO_DATA.
 */
export const PROGRESS_THRESHOLDS = {
  ON_TRACK_SHARE: 0.8,
  TOLERANCE: 0.05,
} as const;

const round = (n: number) => Math.round(n * 1e6) / 1e6;

type SeriesByGender = Record<Gender, Map<string, number>>;

/** One pass over the values: each gender's values by period (values of unreadable periods left out). */
function seriesByGender(values: readonly ValuePoint[]): SeriesByGender {
  const out: SeriesByGender = { [Gender.WOMEN]: new Map(), [Gender.MEN]: new Map(), [Gender.TOTAL]: new Map() };
  for (const v of values) if (isPeriod(v.period)) out[v.gender]?.set(v.period, v.value);
  return out;
}

/** The values of one gender by period; for TOTAL, derived as the mean of WOMEN and MEN where no TOTAL was recorded. */
function series(all: SeriesByGender, gender: Gender, derive: boolean): { byPeriod: Map<string, number>; derived: boolean } {
  const byPeriod = all[gender];
  if (gender !== Gender.TOTAL || byPeriod.size > 0 || !derive) return { byPeriod, derived: false };
  const derived = new Map<string, number>();
  for (const [period, w] of all[Gender.WOMEN]) {
    const m = all[Gender.MEN].get(period);
    if (m !== undefined) derived.set(period, round((w + m) / 2));
  }
  return { byPeriod: derived, derived: derived.size > 0 };
}

function better(direction: Direction, a: number, b: number): boolean {
  return direction === Direction.HIGHER_IS_BETTER ? a > b : a < b;
}
function meets(direction: Direction, value: number, target: number): boolean {
  return direction === Direction.HIGHER_IS_BETTER ? value >= target : value <= target;
}

/** Where an organisation stands on one indicator, for one gender (TOTAL unless asked). Missing stays missing. */
export function computeProgress(input: ProgressInput, gender: Gender = Gender.TOTAL): Progress {
  const all = seriesByGender(input.values);
  const { byPeriod, derived } = series(all, gender, input.byGender);
  const periods = sortPeriods(byPeriod.keys());
  const baselinePeriod = input.baselinePeriod && byPeriod.has(input.baselinePeriod) ? input.baselinePeriod : (periods[0] ?? null);
  const afterBaseline = baselinePeriod ? periods.filter((p) => comparePeriods(p, baselinePeriod) >= 0) : [];
  const latestPeriod = afterBaseline.length ? afterBaseline[afterBaseline.length - 1] : null;
  const baseline = baselinePeriod ? (byPeriod.get(baselinePeriod) ?? null) : null;
  const latest = latestPeriod ? (byPeriod.get(latestPeriod) ?? null) : null;
  const targetPoint = targetFor(input, gender);
  const target = targetPoint?.value ?? null;
  const gap = gapOf(all, baselinePeriod);

  let ratio: number | null = null;
  if (baseline !== null && latest !== null && target !== null) {
    if (target !== baseline) ratio = round((latest - baseline) / (target - baseline));
    else {
      // No way to cover: met is all of it; otherwise how far it moved, signed so that worse is negative.
      const sign = input.direction === Direction.HIGHER_IS_BETTER ? 1 : -1;
      ratio = meets(input.direction, latest, target) ? 1 : round((sign * (latest - baseline)) / Math.abs(baseline || 1));
    }
  }

  return {
    baseline,
    baselinePeriod,
    latest,
    latestPeriod,
    target,
    targetPeriod: targetPoint?.period ?? null,
    ratio,
    status: progressStatus(input.direction, { baseline, baselinePeriod, latest, latestPeriod, target, targetPeriod: targetPoint?.period ?? null, ratio }),
    genderGap: gap.now,
    genderGapBaseline: gap.baseline,
    genderGapChange: gap.now !== null && gap.baseline !== null ? round(gap.now - gap.baseline) : null,
    derivedTotal: derived,
  };
}

/** The target for a gender; for TOTAL on a by-gender indicator without a TOTAL target, none (targets are never derived). */
function targetFor(input: ProgressInput, gender: Gender): TargetPoint | null {
  return input.targets.find((t) => t.gender === gender) ?? null;
}

/** The status of a progress (see PROGRESS_THRESHOLDS). */
export function progressStatus(
  direction: Direction,
  p: {
    baseline: number | null;
    baselinePeriod: string | null;
    latest: number | null;
    latestPeriod: string | null;
    target: number | null;
    targetPeriod: string | null;
    ratio: number | null;
  },
): ProgressStatus {
  if (p.latest === null || p.baseline === null || !p.latestPeriod || !p.baselinePeriod) return ProgressStatus.NO_DATA;
  if (p.target === null) {
    if (p.latestPeriod === p.baselinePeriod) return ProgressStatus.NO_DATA;
    return better(direction, p.baseline, p.latest) ? ProgressStatus.OFF_TRACK : ProgressStatus.ON_TRACK;
  }
  if (meets(direction, p.latest, p.target)) return ProgressStatus.ACHIEVED;
  if (better(direction, p.baseline, p.latest)) return ProgressStatus.OFF_TRACK;
  const latest = parsePeriod(p.latestPeriod);
  const base = parsePeriod(p.baselinePeriod);
  const due = p.targetPeriod ? parsePeriod(p.targetPeriod) : null;
  if (latest && due && endIndex(latest) >= endIndex(due)) return ProgressStatus.OFF_TRACK;
  const ratio = p.ratio ?? 0;
  let timeShare = 0;
  if (latest && base && due && endIndex(due) > endIndex(base)) {
    timeShare = Math.min(1, Math.max(0, (endIndex(latest) - endIndex(base)) / (endIndex(due) - endIndex(base))));
  }
  // Rounded like the ratio, so that a value exactly on the threshold counts as on track.
  const threshold = round(timeShare * PROGRESS_THRESHOLDS.ON_TRACK_SHARE - PROGRESS_THRESHOLDS.TOLERANCE);
  return ratio >= threshold ? ProgressStatus.ON_TRACK : ProgressStatus.AT_RISK;
}

/**
 * The gender gap, WOMEN − MEN: now (the latest period with both values) and at the baseline (the
 * baseline period if it has both, else the earliest period that does). Null where a side is missing.
 */
export function genderGap(values: readonly ValuePoint[], baselinePeriod?: string | null): { baseline: number | null; now: number | null } {
  return gapOf(seriesByGender(values), baselinePeriod);
}

function gapOf(all: SeriesByGender, baselinePeriod?: string | null): { baseline: number | null; now: number | null } {
  const women = all[Gender.WOMEN];
  const men = all[Gender.MEN];
  const both = sortPeriods([...women.keys()].filter((p) => men.has(p)));
  if (!both.length) return { baseline: null, now: null };
  const at = (p: string) => round((women.get(p) as number) - (men.get(p) as number));
  const basePeriod = baselinePeriod && both.includes(baselinePeriod) ? baselinePeriod : both[0];
  return { baseline: at(basePeriod), now: at(both[both.length - 1]) };
}

/** True when the gap is smaller (in size) now than at the baseline; null when either is missing. */
export function gapNarrowed(baseline: number | null, now: number | null): boolean | null {
  if (baseline === null || now === null) return null;
  return Math.abs(now) < Math.abs(baseline);
}

export const PROGRESS_STATUS_SV: Record<ProgressStatus, string> = {
  [ProgressStatus.NO_DATA]: 'Inga värden',
  [ProgressStatus.OFF_TRACK]: 'Går åt fel håll',
  [ProgressStatus.AT_RISK]: 'Riskerar att inte nås',
  [ProgressStatus.ON_TRACK]: 'På väg',
  [ProgressStatus.ACHIEVED]: 'Uppnått',
};

// ---- who may do what ------------------------------------------------------------------------------

/** A goal as the rules see it: its scope and, for an OWN goal, its organisation (the same key as RuleViewer's). */
export interface GoalFacts {
  scope: GoalScope;
  organization: string | null;
}

/** Everyone in the cohort reads every goal, indicator and value in it (peers read-only); process leaders all. */
export function mayViewGoals(viewer: RuleViewer | null, members: readonly CohortMemberFacts[]): boolean {
  return mayViewCohort(viewer, members);
}

/**
 * SHARED goals are set by process leaders and the cohort's mentor; an OWN goal by the organisation's
 * members (for their own organisation, which must be in the cohort) and process leaders.
 */
export function mayEditGoal(viewer: RuleViewer | null, members: readonly CohortMemberFacts[], goal: GoalFacts): boolean {
  if (isProcessLeader(viewer)) return true;
  if (goal.scope === GoalScope.SHARED) return isCohortMentor(viewer, members);
  const own = ownMembership(viewer, members);
  return own !== undefined && goal.organization === own.organization;
}

/** Indicators follow their goal: who may edit the goal may add, change and remove its indicators. */
export const mayEditIndicators = mayEditGoal;

/**
 * Targets and values are each organisation's own: its members record them (for shared and own goals
 * alike), process leaders for anyone. The mentor reads its mentees' but never writes them.
 */
export function mayRecordFor(viewer: RuleViewer | null, members: readonly CohortMemberFacts[], organization: string): boolean {
  if (isProcessLeader(viewer)) return members.some((m) => m.organization === organization && !m.withdrawn);
  const own = ownMembership(viewer, members);
  return own !== undefined && own.organization === organization;
}

/** Whether an organisation takes part in a goal: every member in a SHARED goal, only its own in an OWN goal. */
export function goalConcerns(goal: GoalFacts, organization: string): boolean {
  return goal.scope === GoalScope.SHARED || goal.organization === organization;
}

/** Goals and indicators can be set while the cohort has not ended (PLANNED, ACTIVE, FOLLOW_UP). */
export function goalsOpen(status: CohortStatus): boolean {
  return status === CohortStatus.PLANNED || status === CohortStatus.ACTIVE || status === CohortStatus.FOLLOW_UP;
}

/** Targets and values can be recorded unless the cohort was cancelled: values keep arriving after it concludes. */
export function measurementsOpen(status: CohortStatus): boolean {
  return status !== CohortStatus.CANCELLED;
}

/** The Kolada rule (docs/domain.md): a value someone typed is never overwritten by Kolada; Kolada updates its own. */
export function koladaMayOverwrite(existingSource: string | null): boolean {
  return existingSource === null || existingSource === 'KOLADA';
}

/** Kolada values reach every cohort at once, so only process leaders read a Kolada response in by hand. */
export function mayImportKoladaValues(viewer: RuleViewer | null): boolean {
  return isProcessLeader(viewer);
}
