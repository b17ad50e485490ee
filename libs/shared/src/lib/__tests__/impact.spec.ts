import { GoalAssessmentStatus, ImpactStatus } from '../enums';
import {
  estimateImpact,
  formatGap,
  GapSeries,
  goalOutcomeGroups,
  impactSeed,
  impactSentence,
  ImpactInput,
  mulberry32,
  quantile,
} from '../impact';

/** Gap series from { year: gap }. */
const s = (gaps: Record<number, number>): GapSeries => new Map(Object.entries(gaps).map(([y, g]) => [Number(y), g]));

/**
 * Five participants starting 2020 (baseline 2019, follow-up 2021) and five never-participants.
 * Participants' changes: −3, −2, −1, −2, −2 (mean −2); the others': 0, −1, +1, 0, 0 (mean 0). DiD = −2.
 */
function basic(): ImpactInput {
  const gaps = new Map<string, GapSeries>([
    ['P1', s({ 2017: 11, 2018: 10, 2019: 10, 2020: 9, 2021: 7 })],
    ['P2', s({ 2017: 8, 2018: 8, 2019: 8, 2020: 7, 2021: 6 })],
    ['P3', s({ 2017: 6, 2018: 6, 2019: 6, 2020: 6, 2021: 5 })],
    ['P4', s({ 2017: 4, 2018: 4, 2019: 4, 2020: 3, 2021: 2 })],
    ['P5', s({ 2017: 2, 2018: 2, 2019: 2, 2020: 1, 2021: 0 })],
    ['C1', s({ 2017: 5, 2018: 5, 2019: 5, 2020: 5, 2021: 5 })],
    ['C2', s({ 2017: 5, 2018: 5, 2019: 5, 2020: 5, 2021: 4 })],
    ['C3', s({ 2017: 5, 2018: 5, 2019: 5, 2020: 5, 2021: 6 })],
    ['C4', s({ 2017: 5, 2018: 5, 2019: 5, 2020: 5, 2021: 5 })],
    ['C5', s({ 2017: 5, 2018: 5, 2019: 5, 2020: 5, 2021: 5 })],
  ]);
  return {
    participants: ['P1', 'P2', 'P3', 'P4', 'P5'].map((organization) => ({ organization, startYear: 2020 })),
    comparison: ['C1', 'C2', 'C3', 'C4', 'C5'],
    gaps,
    genderSplit: true,
    latestYear: 2021,
  };
}

describe('estimateImpact', () => {
  it('computes the difference-in-differences by hand: participants −2, others 0, difference −2', () => {
    const e = estimateImpact(basic());
    expect(e.status).toBe(ImpactStatus.ESTIMATED);
    expect(e.participants).toBe(5);
    expect(e.comparison).toBe(5);
    expect(e.participantChange).toBeCloseTo(-2, 10);
    expect(e.comparisonChange).toBeCloseTo(0, 10);
    expect(e.difference).toBeCloseTo(-2, 10);
  });

  it('gives a bootstrap interval around the estimate, inside the bounds the data allow, the same for the same seed', () => {
    const a = estimateImpact(basic(), { seed: 7 });
    const b = estimateImpact(basic(), { seed: 7 });
    const c = estimateImpact(basic(), { seed: 8 });
    expect([a.lower, a.upper]).toEqual([b.lower, b.upper]);
    // Participants' changes lie in [−3, −1] and any resample's comparison mean in [−1, 1]: every replicate in [−4, 0].
    expect(a.lower as number).toBeGreaterThanOrEqual(-4);
    expect(a.upper as number).toBeLessThanOrEqual(0);
    expect(a.lower as number).toBeLessThan(-2);
    expect(a.upper as number).toBeGreaterThan(-2);
    // Another seed moves the interval a little, not much (1000 replicates).
    expect(Math.abs((c.lower as number) - (a.lower as number))).toBeLessThan(0.3);
    expect(Math.abs((c.upper as number) - (a.upper as number))).toBeLessThan(0.3);
  });

  it('narrows the interval when the data agree more', () => {
    const spread = estimateImpact(basic());
    const input = basic();
    const gaps = new Map(input.gaps);
    // Every participant −2, every other 0: no variation, the interval is the point.
    for (const p of ['P1', 'P2', 'P3', 'P4', 'P5']) gaps.set(p, s({ 2019: 10, 2021: 8 }));
    for (const o of ['C1', 'C2', 'C3', 'C4', 'C5']) gaps.set(o, s({ 2019: 5, 2021: 5 }));
    const exact = estimateImpact({ ...input, gaps });
    expect(exact.difference).toBe(-2);
    expect(exact.lower).toBe(-2);
    expect(exact.upper).toBe(-2);
    expect((spread.upper as number) - (spread.lower as number)).toBeGreaterThan(0.5);
  });

  it('leaves out participants with a missing year, and counts those whose follow-up year is not published yet', () => {
    const input = basic();
    const gaps = new Map(input.gaps);
    gaps.set('P6', s({ 2020: 3, 2021: 1 })); // no baseline 2019: missing
    gaps.set('P7', s({ 2021: 4 })); // starts 2022: follow-up 2023 after the latest year: awaited
    gaps.set('P8', s({ 2019: 4 })); // starts 2020, no 2021 although published: missing
    const e = estimateImpact({
      ...input,
      gaps,
      participants: [...input.participants, { organization: 'P6', startYear: 2020 }, { organization: 'P7', startYear: 2022 }, { organization: 'P8', startYear: 2020 }],
    });
    expect(e.participants).toBe(5);
    expect(e.missingData).toBe(2);
    expect(e.awaitingData).toBe(1);
    expect(e.difference).toBeCloseTo(-2, 10);
  });

  it('compares each participant with the others over its own years (staggered starts)', () => {
    // Q1–Q5 start 2021 (2020 → 2022); the others change by +1 over those years (C1–C5: 5 → 6).
    const input = basic();
    const gaps = new Map(input.gaps);
    for (const o of ['C1', 'C2', 'C3', 'C4', 'C5']) gaps.set(o, s({ ...Object.fromEntries(input.gaps.get(o) as Map<number, number>), 2022: (input.gaps.get(o)?.get(2020) as number) + 1 }));
    const later = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5'];
    for (const q of later) gaps.set(q, s({ 2020: 3, 2022: 3 })); // no change: 1 less than the others
    const e = estimateImpact({ ...input, gaps, latestYear: 2022, participants: [...input.participants, ...later.map((organization) => ({ organization, startYear: 2021 }))] });
    // Participants 2020: mean −2 vs 0; participants 2021: 0 vs +1. Mean of (−2 − 0) × 5 and (0 − 1) × 5 = −1.5.
    expect(e.participants).toBe(10);
    expect(e.participantChange).toBeCloseTo(-1, 10);
    expect(e.comparisonChange).toBeCloseTo(0.5, 10);
    expect(e.difference).toBeCloseTo(-1.5, 10);
  });

  it('says too few below the minimum group on either side, with nothing drawn', () => {
    const input = basic();
    const fewParticipants = estimateImpact({ ...input, participants: input.participants.slice(0, 4) });
    expect(fewParticipants.status).toBe(ImpactStatus.TOO_FEW);
    expect(fewParticipants.participants).toBe(4);
    expect(fewParticipants.difference).toBeNull();
    expect(fewParticipants.lower).toBeNull();
    expect(fewParticipants.series).toEqual([]);
    const fewOthers = estimateImpact({ ...input, comparison: ['C1', 'C2', 'C3', 'C4'] });
    expect(fewOthers.status).toBe(ImpactStatus.TOO_FEW);
    expect(fewOthers.comparison).toBe(0); // their years are compared with fewer than five: no participant can be
    expect(fewOthers.missingData).toBe(5);
    expect(estimateImpact(input, { minGroup: 6 }).status).toBe(ImpactStatus.TOO_FEW);
  });

  it('a key figure without a gender split has no gap to follow', () => {
    const e = estimateImpact({ ...basic(), genderSplit: false });
    expect(e.status).toBe(ImpactStatus.NO_GENDER_SPLIT);
    expect(e.difference).toBeNull();
    expect(impactSentence(e)).toMatch(/inte nyckeltalet uppdelat på kvinnor och män/);
  });

  it('draws both groups year by year relative to the start, the others over the same calendar years', () => {
    const e = estimateImpact(basic());
    expect(e.series.map((p) => p.offset)).toEqual([-3, -2, -1, 0, 1]);
    const at = (o: number) => e.series.find((p) => p.offset === o);
    expect(at(-3)).toEqual({ offset: -3, participantGap: 6.2, participantCount: 5, comparisonGap: 5, comparisonCount: 5 });
    expect(at(-1)?.participantGap).toBeCloseTo(6, 10);
    expect(at(1)?.participantGap).toBeCloseTo(4, 10);
    expect(at(1)?.comparisonGap).toBeCloseTo(5, 10);
    expect(at(1)?.participantGap as number).toBeCloseTo((at(-1)?.participantGap as number) + (e.participantChange as number), 10);
  });

  it('holds back a year with fewer than the minimum participants', () => {
    const input = basic();
    const gaps = new Map(input.gaps);
    gaps.set('P1', s({ 2018: 10, 2019: 10, 2020: 9, 2021: 7 })); // no 2017: four participants that year
    const e = estimateImpact({ ...input, gaps });
    expect(e.series[0]).toEqual({ offset: -3, participantGap: null, participantCount: 4, comparisonGap: null, comparisonCount: 0 });
    expect(e.series[1].participantGap).not.toBeNull();
  });
});

describe('the reading', () => {
  it('formats gaps with sign, decimal comma and a real minus', () => {
    expect(formatGap(-1.234)).toBe('−1,2');
    expect(formatGap(0.05)).toBe('+0,1');
    expect(formatGap(0)).toBe('0,0');
    expect(formatGap(-0.01)).toBe('0,0');
  });

  it('says whether the interval excludes zero, and never claims a cause', () => {
    const clear = impactSentence({ status: ImpactStatus.ESTIMATED, participantChange: -2, comparisonChange: 0, difference: -2, lower: -3, upper: -1 });
    expect(clear).toContain('−2,0 hos deltagarna och 0,0 hos övriga');
    expect(clear).toContain('utesluter noll');
    const unclear = impactSentence({ status: ImpactStatus.ESTIMATED, participantChange: -0.2, comparisonChange: 0, difference: -0.2, lower: -1, upper: 0.5 });
    expect(unclear).toContain('kan vara slump');
    expect(impactSentence({ status: ImpactStatus.TOO_FEW, participantChange: null, comparisonChange: null, difference: null, lower: null, upper: null })).toContain('minst 5');
    for (const text of [clear, unclear]) expect(text).not.toMatch(/orsak|beror på|ledde till/);
  });
});

describe('goal outcomes', () => {
  const facts = (organizations: number, status: GoalAssessmentStatus = GoalAssessmentStatus.ACHIEVED) =>
    Array.from({ length: organizations }, (_, i) => ({ organization: `O${i}`, status }));

  it('counts each assessment and shows groups with at least five organisations', () => {
    const groups = goalOutcomeGroups(
      new Map([
        ['Äldreomsorg', [...facts(5), { organization: 'O1', status: GoalAssessmentStatus.ONGOING }, { organization: 'O2', status: GoalAssessmentStatus.NOT_ACHIEVED }]],
        ['Skola', [...facts(6, GoalAssessmentStatus.PARTLY_ACHIEVED)]],
      ]),
    );
    expect(groups).toEqual([
      { key: 'Skola', organizations: 6, suppressed: false, counts: { achieved: 0, partlyAchieved: 6, notAchieved: 0, ongoing: 0, total: 6 } },
      { key: 'Äldreomsorg', organizations: 5, suppressed: false, counts: { achieved: 5, partlyAchieved: 0, notAchieved: 1, ongoing: 1, total: 7 } },
    ]);
  });

  it('holds back a small group, and the next smallest when it is the only one (else the total gives it away)', () => {
    const one = goalOutcomeGroups(new Map([['A', facts(4)], ['B', facts(9)], ['C', facts(6)]]));
    expect(one.map((g) => [g.key, g.suppressed, g.counts?.total ?? null])).toEqual([
      ['A', true, null],
      ['B', false, 9],
      ['C', true, null],
    ]);
    const two = goalOutcomeGroups(new Map([['A', facts(4)], ['B', facts(9)], ['C', facts(2)], ['D', facts(6)]]));
    expect(two.filter((g) => g.suppressed).map((g) => g.key)).toEqual(['A', 'C']);
    // Many goals from few organisations still count as few.
    const manyGoals = goalOutcomeGroups(new Map([['A', [...facts(3), ...facts(3), ...facts(3)]], ['B', facts(5)], ['C', facts(5)]]));
    expect(manyGoals.find((g) => g.key === 'A')?.suppressed).toBe(true);
  });
});

describe('numerics', () => {
  it('quantile interpolates like R type 7', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0)).toBe(1);
    expect(quantile([1, 2, 3, 4], 1)).toBe(4);
    expect(quantile([10, 20, 30, 40, 50], 0.025)).toBeCloseTo(11, 10);
  });

  it('the seeded generator is uniform enough and repeatable', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const draws = Array.from({ length: 10000 }, () => a());
    expect(draws.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.reduce((x, y) => x + y, 0) / draws.length).toBeCloseTo(0.5, 1);
    expect(impactSeed('N15419')).toBe(impactSeed('N15419'));
    expect(impactSeed('N15419')).not.toBe(impactSeed('N15420'));
  });
});
