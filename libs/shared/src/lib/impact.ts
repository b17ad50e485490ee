import { GoalAssessmentStatus, ImpactStatus } from './enums';

// The impact view's rules (docs/domain.md, "Impact"): pure functions the API computes the public
// figures with and the web labels them with. Nothing here knows of the database.

/** The smallest group of organisations whose aggregate is shown (the impact figures, goal outcomes, open data). */
export const IMPACT_MIN_GROUP = 5;
/** Bootstrap replicates behind each interval. */
export const IMPACT_BOOTSTRAP_REPLICATES = 1000;
/** The interval's level: 95 %. */
export const IMPACT_CONFIDENCE = 0.95;
/** Years before the start shown in the series (the baseline year is the last of them). */
export const IMPACT_YEARS_BEFORE = 3;
/** Event-time offsets of the series: three years before the start … the follow-up year. */
export const IMPACT_OFFSETS: readonly number[] = [-3, -2, -1, 0, 1];

/** The baseline: the last whole year before the cohort started. */
export function baselineYear(startYear: number): number {
  return startYear - 1;
}

/** The follow-up year: the year after the start (a cohort works for a year and is followed up a year on). */
export function followUpYear(startYear: number): number {
  return startYear + 1;
}

export const IMPACT_OFFSET_SV: Record<string, string> = {
  '-3': 'Tre år före start',
  '-2': 'Två år före start',
  '-1': 'Året före start (utgångsläge)',
  '0': 'Startåret',
  '1': 'Uppföljningsåret',
};

export function impactOffsetLabel(offset: number): string {
  return IMPACT_OFFSET_SV[String(offset)] ?? (offset < 0 ? `${-offset} år före start` : `${offset} år efter start`);
}

export const IMPACT_STATUS_SV: Record<ImpactStatus, string> = {
  ESTIMATED: 'Skattad',
  TOO_FEW: 'För få organisationer för att säga något',
  NO_GENDER_SPLIT: 'Nyckeltalet är inte uppdelat på kön',
};

// ---- the estimate --------------------------------------------------------------------------------------

/** One organisation's gap (women − men) per year: only years where Kolada has both values. */
export type GapSeries = ReadonlyMap<number, number>;

/** A participant: an organisation and the start year of its first cohort that linked the key figure. */
export interface ImpactParticipant {
  organization: string;
  startYear: number;
}

export interface ImpactInput {
  participants: readonly ImpactParticipant[];
  /** Organisations that never took part (in no cohort that was not cancelled, not withdrawn). */
  comparison: readonly string[];
  /** Gap series by organisation, participants and comparison alike; an organisation without values is absent. */
  gaps: ReadonlyMap<string, GapSeries>;
  /** Whether Kolada has women's and men's values for the key figure at all. */
  genderSplit: boolean;
  /** The latest year Kolada has any value for (a follow-up year after it is awaited, not missing). */
  latestYear: number | null;
}

export interface ImpactOptions {
  minGroup?: number;
  replicates?: number;
  confidence?: number;
  /** The bootstrap's seed: the same data and seed give the same interval. */
  seed?: number;
}

export interface ImpactPoint {
  offset: number;
  /** Mean gap of the participants in their year start + offset; null when fewer than the minimum have one. */
  participantGap: number | null;
  participantCount: number;
  /** Mean gap of the comparison organisations in the same calendar years, weighted like the participants. */
  comparisonGap: number | null;
  comparisonCount: number;
}

export interface ImpactEstimate {
  status: ImpactStatus;
  /** Participants with a gap in both their baseline and follow-up year (those the estimate rests on). */
  participants: number;
  /** Comparison organisations with a gap in both years of at least one participant's window. */
  comparison: number;
  /** Participants whose follow-up year Kolada has not published yet. */
  awaitingData: number;
  /** Participants whose baseline or follow-up value is missing at Kolada (published years). */
  missingData: number;
  /** Mean change of the participants' gap, baseline → follow-up. */
  participantChange: number | null;
  /** Mean change of the comparison's gap over the same years. */
  comparisonChange: number | null;
  /** participantChange − comparisonChange: the difference-in-differences. */
  difference: number | null;
  lower: number | null;
  upper: number | null;
  series: ImpactPoint[];
}

interface Window {
  baseline: number;
  followUp: number;
  /** Changes of the comparison organisations with both years, in `pool` order (NaN: missing). */
  changes: Float64Array;
  /** Mean of the available changes. */
  mean: number;
  available: number;
}

/**
 * The difference-in-differences of the gender gap for one key figure (docs/domain.md, "Impact"):
 * each participant's change in gap from the year before its start to the year after, minus the mean
 * change of the organisations that never took part over the same two years, averaged over the
 * participants. The interval is a percentile bootstrap: participants and comparison organisations are
 * each resampled with replacement (the organisation is the unit), the estimate recomputed, and the
 * middle `confidence` of the replicates kept. Seeded, so the same data always give the same interval.
 */
export function estimateImpact(input: ImpactInput, options: ImpactOptions = {}): ImpactEstimate {
  const minGroup = options.minGroup ?? IMPACT_MIN_GROUP;
  const replicates = options.replicates ?? IMPACT_BOOTSTRAP_REPLICATES;
  const confidence = options.confidence ?? IMPACT_CONFIDENCE;
  const empty: ImpactEstimate = {
    status: ImpactStatus.TOO_FEW,
    participants: 0,
    comparison: 0,
    awaitingData: 0,
    missingData: 0,
    participantChange: null,
    comparisonChange: null,
    difference: null,
    lower: null,
    upper: null,
    series: [],
  };
  if (!input.genderSplit) return { ...empty, status: ImpactStatus.NO_GENDER_SPLIT };

  // The comparison pool: never-participants that have any gap at all.
  const pool = input.comparison.filter((o) => (input.gaps.get(o)?.size ?? 0) > 0);
  const windows = new Map<string, Window>();
  const windowOf = (baseline: number, followUp: number): Window => {
    const key = `${baseline}:${followUp}`;
    let w = windows.get(key);
    if (!w) {
      const changes = new Float64Array(pool.length);
      let sum = 0;
      let available = 0;
      pool.forEach((o, i) => {
        const series = input.gaps.get(o);
        const b = series?.get(baseline);
        const f = series?.get(followUp);
        if (b === undefined || f === undefined) changes[i] = NaN;
        else {
          changes[i] = f - b;
          sum += f - b;
          available++;
        }
      });
      w = { baseline, followUp, changes, mean: available ? sum / available : NaN, available };
      windows.set(key, w);
    }
    return w;
  };

  let awaitingData = 0;
  let missingData = 0;
  const used: { organization: string; startYear: number; change: number; window: Window }[] = [];
  for (const p of input.participants) {
    const b = baselineYear(p.startYear);
    const f = followUpYear(p.startYear);
    const series = input.gaps.get(p.organization);
    const before = series?.get(b);
    const after = series?.get(f);
    if (after === undefined && (input.latestYear === null || f > input.latestYear)) {
      awaitingData++;
      continue;
    }
    if (before === undefined || after === undefined) {
      missingData++;
      continue;
    }
    const window = windowOf(b, f);
    // Participants whose years too few comparison organisations have cannot be compared.
    if (window.available < minGroup) {
      missingData++;
      continue;
    }
    used.push({ organization: p.organization, startYear: p.startYear, change: after - before, window });
  }
  const comparisonUsed = new Set<number>();
  for (const w of new Set(used.map((u) => u.window))) w.changes.forEach((c, i) => !Number.isNaN(c) && comparisonUsed.add(i));
  const counts = { participants: used.length, comparison: comparisonUsed.size, awaitingData, missingData };
  if (used.length < minGroup || comparisonUsed.size < minGroup) return { ...empty, ...counts };

  const participantChange = mean(used.map((u) => u.change));
  const comparisonChange = mean(used.map((u) => u.window.mean));
  const difference = participantChange - comparisonChange;
  const [lower, upper] = bootstrapInterval(used, pool.length, replicates, confidence, options.seed ?? 1);
  return {
    status: ImpactStatus.ESTIMATED,
    ...counts,
    participantChange,
    comparisonChange,
    difference,
    lower,
    upper,
    series: impactSeries(used, pool, input.gaps, minGroup),
  };
}

function bootstrapInterval(
  used: readonly { change: number; window: Window }[],
  poolSize: number,
  replicates: number,
  confidence: number,
  seed: number,
): [number, number] {
  const windows = [...new Set(used.map((u) => u.window))];
  const W = windows.length;
  const windowIndex = new Map(windows.map((w, i) => [w, i]));
  // The comparison's changes as flat window-major matrices ([w * poolSize + j]): the change (0 where missing)
  // and whether there is one (1 or 0), so that the hot loop is multiply-adds into locals, without a branch.
  const changes = new Float64Array(poolSize * W);
  const present = new Float64Array(poolSize * W);
  windows.forEach((window, w) => {
    for (let j = 0; j < poolSize; j++) {
      const c = window.changes[j];
      if (!Number.isNaN(c)) {
        changes[w * poolSize + j] = c;
        present[w * poolSize + j] = 1;
      }
    }
  });
  const ownMeans = Float64Array.from(windows.map((w) => w.mean));
  const participantWindow = Int32Array.from(used.map((u) => windowIndex.get(u.window) as number));
  const participantChange = Float64Array.from(used.map((u) => u.change));
  const drawn = new Float64Array(poolSize);
  const means = new Float64Array(W);
  const estimates = new Float64Array(replicates);
  const n = used.length;
  // mulberry32 (below) inlined: a call per draw costs as much as the rest of the draw.
  let state = seed >>> 0;
  for (let r = 0; r < replicates; r++) {
    // The comparison resampled with replacement: how many times each organisation was drawn.
    drawn.fill(0);
    for (let k = 0; k < poolSize; k++) {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      drawn[((((t ^ (t >>> 14)) >>> 0) / 4294967296) * poolSize) | 0]++;
    }
    for (let w = 0; w < W; w++) {
      let sum = 0;
      let count = 0;
      const base = w * poolSize;
      for (let j = 0; j < poolSize; j++) {
        const times = drawn[j];
        sum += times * changes[base + j];
        count += times * present[base + j];
      }
      // A replicate that drew no comparison organisation for a window keeps that window's own mean.
      means[w] = count > 0 ? sum / count : ownMeans[w];
    }
    // The participants resampled with replacement, each against its window's resampled comparison.
    let total = 0;
    for (let k = 0; k < n; k++) {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const i = ((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n) | 0;
      total += participantChange[i] - means[participantWindow[i]];
    }
    estimates[r] = total / n;
  }
  estimates.sort();
  const alpha = (1 - confidence) / 2;
  return [quantile(estimates, alpha), quantile(estimates, 1 - alpha)];
}

/** The two groups' mean gaps per year relative to the start, the comparison aligned to each participant's calendar years. */
function impactSeries(
  used: readonly { organization: string; startYear: number }[],
  pool: readonly string[],
  gaps: ReadonlyMap<string, GapSeries>,
  minGroup: number,
): ImpactPoint[] {
  const yearMeans = new Map<number, { mean: number; organizations: string[] }>();
  const comparisonIn = (year: number) => {
    let m = yearMeans.get(year);
    if (!m) {
      const organizations = pool.filter((o) => gaps.get(o)?.has(year));
      m = { mean: mean(organizations.map((o) => gaps.get(o)?.get(year) as number)), organizations };
      yearMeans.set(year, m);
    }
    return m;
  };
  return IMPACT_OFFSETS.map((offset) => {
    const participantValues: number[] = [];
    const comparisonValues: number[] = [];
    const comparisonOrganizations = new Set<string>();
    const yearsCounted = new Set<number>();
    for (const u of used) {
      const year = u.startYear + offset;
      const own = gaps.get(u.organization)?.get(year);
      const others = comparisonIn(year);
      // A participant counts at a point only when both it and the comparison have that year.
      if (own === undefined || others.organizations.length < minGroup) continue;
      participantValues.push(own);
      comparisonValues.push(others.mean);
      if (!yearsCounted.has(year)) for (const o of others.organizations) comparisonOrganizations.add(o);
      yearsCounted.add(year);
    }
    const enough = participantValues.length >= minGroup;
    return {
      offset,
      participantGap: enough ? mean(participantValues) : null,
      participantCount: participantValues.length,
      comparisonGap: enough ? mean(comparisonValues) : null,
      comparisonCount: enough ? comparisonOrganizations.size : 0,
    };
  });
}

function mean(values: readonly number[]): number {
  if (!values.length) return NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** The q-quantile of sorted values, interpolated between neighbours (Hyndman & Fan type 7, R's default). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (!sorted.length) return NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** A small, fast, seeded PRNG (mulberry32): uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable seed for a key figure's bootstrap (FNV-1a of its id): its interval does not depend on the others. */
export function impactSeed(kpiId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < kpiId.length; i++) {
    h ^= kpiId.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// ---- reading it --------------------------------------------------------------------------------------

/** "−1,2" with a real minus sign and a decimal comma; one decimal unless the value needs more. */
export function formatGap(value: number, decimals = 1): string {
  const rounded = Number(value.toFixed(decimals));
  const text = Math.abs(rounded).toFixed(decimals).replace('.', ',');
  return rounded < 0 ? `−${text}` : rounded > 0 ? `+${text}` : text;
}

/**
 * One plain-Swedish sentence for an estimate: what happened to the gap among participants beside the others,
 * and whether the interval says anything. An association, never a cause.
 */
export function impactSentence(estimate: Pick<ImpactEstimate, 'status' | 'participantChange' | 'comparisonChange' | 'difference' | 'lower' | 'upper'>): string {
  if (estimate.status === ImpactStatus.NO_GENDER_SPLIT) return 'Kolada redovisar inte nyckeltalet uppdelat på kvinnor och män, så det finns ingen skillnad att följa.';
  if (estimate.status !== ImpactStatus.ESTIMATED || estimate.difference === null || estimate.lower === null || estimate.upper === null)
    return `För få organisationer har värden för att säga något (minst ${IMPACT_MIN_GROUP} i varje grupp behövs).`;
  const p = formatGap(estimate.participantChange ?? 0);
  const c = formatGap(estimate.comparisonChange ?? 0);
  const clear = estimate.lower > 0 || estimate.upper < 0;
  return (
    `Skillnaden mellan kvinnor och män förändrades med ${p} hos deltagarna och ${c} hos övriga, ` +
    `en skillnad på ${formatGap(estimate.difference)} (95 % intervall ${formatGap(estimate.lower)} till ${formatGap(estimate.upper)}). ` +
    (clear ? 'Intervallet utesluter noll: förändringen skiljer sig mellan grupperna.' : 'Intervallet rymmer noll: skillnaden kan vara slump.')
  );
}

// ---- goal outcomes -----------------------------------------------------------------------------------

export const GOAL_OUTCOME_ORDER: readonly GoalAssessmentStatus[] = [
  GoalAssessmentStatus.ACHIEVED,
  GoalAssessmentStatus.PARTLY_ACHIEVED,
  GoalAssessmentStatus.NOT_ACHIEVED,
  GoalAssessmentStatus.ONGOING,
];

/** One goal's assessment in an approved follow-up report. */
export interface GoalOutcomeFact {
  organization: string;
  status: GoalAssessmentStatus;
}

export interface GoalOutcomeCounts {
  achieved: number;
  partlyAchieved: number;
  notAchieved: number;
  ongoing: number;
  total: number;
}

export interface GoalOutcomeGroupResult {
  key: string;
  /** Organisations whose approved reports the group counts. */
  organizations: number;
  /** Null when suppressed. */
  counts: GoalOutcomeCounts | null;
  suppressed: boolean;
}

export function countGoalOutcomes(facts: readonly GoalOutcomeFact[]): GoalOutcomeCounts {
  const counts: GoalOutcomeCounts = { achieved: 0, partlyAchieved: 0, notAchieved: 0, ongoing: 0, total: facts.length };
  for (const f of facts) {
    if (f.status === GoalAssessmentStatus.ACHIEVED) counts.achieved++;
    else if (f.status === GoalAssessmentStatus.PARTLY_ACHIEVED) counts.partlyAchieved++;
    else if (f.status === GoalAssessmentStatus.NOT_ACHIEVED) counts.notAchieved++;
    else counts.ongoing++;
  }
  return counts;
}

/**
 * Goal outcomes grouped (by focus area, by programme), each group shown only when at least `minGroup`
 * organisations are behind it. When exactly one group of a dimension is held back, the next smallest is
 * held back too (secondary suppression): otherwise the total minus the shown groups would give it away.
 * Groups in key order.
 */
export function goalOutcomeGroups(
  facts: ReadonlyMap<string, readonly GoalOutcomeFact[]>,
  minGroup = IMPACT_MIN_GROUP,
): GoalOutcomeGroupResult[] {
  const groups = [...facts.entries()]
    .map(([key, list]) => ({ key, list, organizations: new Set(list.map((f) => f.organization)).size }))
    .sort((a, b) => a.key.localeCompare(b.key, 'sv'));
  const suppressed = new Set(groups.filter((g) => g.organizations < minGroup).map((g) => g.key));
  if (suppressed.size === 1) {
    const next = groups.filter((g) => !suppressed.has(g.key)).sort((a, b) => a.organizations - b.organizations || a.key.localeCompare(b.key, 'sv'))[0];
    if (next) suppressed.add(next.key);
  }
  return groups.map((g) => ({
    key: g.key,
    organizations: g.organizations,
    counts: suppressed.has(g.key) ? null : countGoalOutcomes(g.list),
    suppressed: suppressed.has(g.key),
  }));
}

/** The share of a count in a total, as a whole percentage ("0 %" for an empty total). */
export function percentOf(count: number, total: number): number {
  return total > 0 ? Math.round((count / total) * 100) : 0;
}

/** Whether anyone may see the impact view: everyone, logged in or not. */
export function mayViewImpact(): boolean {
  return true;
}
