import { CohortStatus as S, Direction, Gender, GoalScope, MemberRole, ProgressStatus as P, UserRole } from '../enums';
import {
  comparePeriods,
  computeProgress,
  gapNarrowed,
  genderAllowed,
  genderGap,
  goalConcerns,
  goalsOpen,
  indicatorGenders,
  isKoladaKpiId,
  isMeasurementValue,
  isPeriod,
  koladaMayOverwrite,
  koladaMunicipalityId,
  mayEditGoal,
  mayEditIndicators,
  mayRecordFor,
  mayViewGoals,
  measurementsOpen,
  nextPeriod,
  normalizePeriod,
  parseDecimal,
  parsePeriod,
  periodEndDate,
  periodKey,
  periodLabel,
  progressStatus,
  PROGRESS_THRESHOLDS,
  ProgressInput,
  sortPeriods,
  ValuePoint,
} from '../goals';

const { HIGHER_IS_BETTER: HIGHER, LOWER_IS_BETTER: LOWER } = Direction;
const { WOMEN, MEN, TOTAL } = Gender;

/** TOTAL values by period: `total({ 2020: 40, 2023: 50 })`. */
function total(byPeriod: Record<string, number>): ValuePoint[] {
  return Object.entries(byPeriod).map(([period, value]) => ({ period, gender: TOTAL, value }));
}
/** WOMEN and MEN values by period: `split({ 2020: [60, 40] })`. */
function split(byPeriod: Record<string, [number | null, number | null]>): ValuePoint[] {
  return Object.entries(byPeriod).flatMap(([period, [w, m]]) => [
    ...(w === null ? [] : [{ period, gender: WOMEN, value: w }]),
    ...(m === null ? [] : [{ period, gender: MEN, value: m }]),
  ]);
}
function input(partial: Partial<ProgressInput> & Pick<ProgressInput, 'values'>): ProgressInput {
  return { direction: HIGHER, byGender: false, targets: [], ...partial };
}

describe('periods', () => {
  it('parses a year, a half and a quarter', () => {
    expect(parsePeriod('2024')).toEqual({ year: 2024, kind: 'Y', part: 1, firstMonth: 1, lastMonth: 12 });
    expect(parsePeriod('2024-H1')).toEqual({ year: 2024, kind: 'H', part: 1, firstMonth: 1, lastMonth: 6 });
    expect(parsePeriod('2024-H2')).toEqual({ year: 2024, kind: 'H', part: 2, firstMonth: 7, lastMonth: 12 });
    expect(parsePeriod('2024-Q1')).toEqual({ year: 2024, kind: 'Q', part: 1, firstMonth: 1, lastMonth: 3 });
    expect(parsePeriod('2024-Q3')).toEqual({ year: 2024, kind: 'Q', part: 3, firstMonth: 7, lastMonth: 9 });
    expect(parsePeriod('2024-Q4')).toEqual({ year: 2024, kind: 'Q', part: 4, firstMonth: 10, lastMonth: 12 });
  });

  it('accepts years 1990–2100 only', () => {
    expect(isPeriod('1990')).toBe(true);
    expect(isPeriod('2100-Q4')).toBe(true);
    expect(isPeriod('1989')).toBe(false);
    expect(isPeriod('2101')).toBe(false);
  });

  it.each([
    '2024-H3',
    '2024-H0',
    '24',
    '2024-Q0',
    '2024-Q5',
    '1989',
    '2024-q1',
    '2024-h1',
    '2024Q1',
    '2024-1',
    '2024-',
    '',
    'abc',
    '20240',
  ])('rejects %p', (text) => {
    expect(parsePeriod(text)).toBeNull();
    expect(isPeriod(text)).toBe(false);
  });

  it('normalizes case and whitespace, and refuses what is still not a period', () => {
    expect(normalizePeriod('2024-q1')).toBe('2024-Q1');
    expect(normalizePeriod(' 2024-h2 ')).toBe('2024-H2');
    expect(normalizePeriod('\t2024\n')).toBe('2024');
    expect(normalizePeriod('2024-Q3')).toBe('2024-Q3');
    expect(normalizePeriod('2024-q5')).toBeNull();
    expect(normalizePeriod('1989')).toBeNull();
    expect(normalizePeriod('')).toBeNull();
  });

  it('writes the canonical key of a period', () => {
    for (const key of ['2024', '2024-H2', '2024-Q3']) expect(periodKey(parsePeriod(key)!)).toBe(key);
  });

  it('orders by end month, then by start month', () => {
    // Both end in June: the half starts earlier.
    expect(comparePeriods('2024-H1', '2024-Q2')).toBeLessThan(0);
    expect(comparePeriods('2024-Q2', '2024-H1')).toBeGreaterThan(0);
    // The half ends in June, after the first quarter.
    expect(comparePeriods('2024-Q1', '2024-H1')).toBeLessThan(0);
    // A year ends in December: after every other period of the year that ends earlier…
    expect(comparePeriods('2024-Q3', '2024')).toBeLessThan(0);
    // …but before H2 and Q4, which end with it and start later.
    expect(comparePeriods('2024', '2024-H2')).toBeLessThan(0);
    expect(comparePeriods('2024-H2', '2024-Q4')).toBeLessThan(0);
    // The previous year ends before anything in the next.
    expect(comparePeriods('2023', '2024-Q1')).toBeLessThan(0);
    expect(comparePeriods('2023-Q4', '2024-Q1')).toBeLessThan(0);
    expect(comparePeriods('2024-Q2', '2024-Q2')).toBe(0);
  });

  it('sorts periods in time order, once each, unparseable ones last and alphabetically', () => {
    expect(
      sortPeriods(['2024-Q4', 'zzz', '2024', '2024-H2', '2024-Q3', '2024-Q2', '2024-H1', '2024-Q1', '2023', 'abc', '2024-Q1']),
    ).toEqual(['2023', '2024-Q1', '2024-H1', '2024-Q2', '2024-Q3', '2024', '2024-H2', '2024-Q4', 'abc', 'zzz']);
    expect(comparePeriods('2024', 'nonsense')).toBeLessThan(0);
    expect(comparePeriods('nonsense', '2024')).toBeGreaterThan(0);
  });

  it('labels periods in Swedish, and leaves what is not a period as it is', () => {
    expect(periodLabel('2024')).toBe('2024');
    expect(periodLabel('2024-H1')).toBe('2024 halvår 1');
    expect(periodLabel('2024-Q3')).toBe('2024 kvartal 3');
    expect(periodLabel('2024-X')).toBe('2024-X');
  });

  it('gives the next period of the same kind, across year boundaries', () => {
    expect(nextPeriod('2024')).toBe('2025');
    expect(nextPeriod('2024-H1')).toBe('2024-H2');
    expect(nextPeriod('2024-H2')).toBe('2025-H1');
    expect(nextPeriod('2024-Q1')).toBe('2024-Q2');
    expect(nextPeriod('2024-Q3')).toBe('2024-Q4');
    expect(nextPeriod('2024-Q4')).toBe('2025-Q1');
    expect(nextPeriod('2099')).toBe('2100');
    expect(nextPeriod('2100-Q3')).toBe('2100-Q4');
  });

  it('has no next period past 2100 or for what is not a period', () => {
    expect(nextPeriod('2100')).toBeNull();
    expect(nextPeriod('2100-H2')).toBeNull();
    expect(nextPeriod('2100-Q4')).toBeNull();
    expect(nextPeriod('2024-q1')).toBeNull();
  });

  it('gives the last day of a period', () => {
    expect(periodEndDate('2024')).toBe('2024-12-31');
    expect(periodEndDate('2024-H1')).toBe('2024-06-30');
    expect(periodEndDate('2024-H2')).toBe('2024-12-31');
    expect(periodEndDate('2023-H2')).toBe('2023-12-31');
    expect(periodEndDate('2024-Q1')).toBe('2024-03-31'); // leap year: still March, not February
    expect(periodEndDate('2023-Q1')).toBe('2023-03-31');
    expect(periodEndDate('2000-Q1')).toBe('2000-03-31');
    expect(periodEndDate('2024-Q2')).toBe('2024-06-30');
    expect(periodEndDate('2024-Q3')).toBe('2024-09-30');
    expect(periodEndDate('2024-Q4')).toBe('2024-12-31');
    expect(periodEndDate('2024-H3')).toBeNull();
  });
});

describe('values', () => {
  it.each([
    ['81,2', 81.2],
    ['81.2', 81.2],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234', 1234],
    [' 42 ', 42],
    ['-3', -3],
    ['−3', -3],
    ['+3', 3],
    [',5', 0.5],
    ['0', 0],
    ['1000000000000', 1e12],
  ])('reads %p as %p', (text, value) => expect(parseDecimal(text)).toBe(value));

  it('reads an empty cell as missing, never zero', () => {
    expect(parseDecimal('')).toBeUndefined();
    expect(parseDecimal('   ')).toBeUndefined();
  });

  it.each(['abc', '1,2,3', '1.234,5', 'Infinity', '-Infinity', 'NaN', '1e3', '12%', '--3', ',', '-', '1000000000001'])(
    'refuses %p',
    (text) => expect(parseDecimal(text)).toBeNull(),
  );

  it('stores finite numbers within ±10^12 only', () => {
    expect([0, -3, 81.2, 1e12, -1e12].every(isMeasurementValue)).toBe(true);
    expect([NaN, Infinity, -Infinity, 1e13, -1e13, 1e12 + 1, '5', null, undefined].some(isMeasurementValue)).toBe(false);
  });

  it('takes values by gender only for by-gender indicators', () => {
    expect(indicatorGenders(true)).toEqual([WOMEN, MEN, TOTAL]);
    expect(indicatorGenders(false)).toEqual([TOTAL]);
    expect(genderAllowed(false, WOMEN)).toBe(false);
    expect(genderAllowed(false, TOTAL)).toBe(true);
    expect(genderAllowed(true, MEN)).toBe(true);
  });
});

describe('Kolada', () => {
  it('recognizes KPI ids', () => {
    expect(['N15419', 'U00405'].every(isKoladaKpiId)).toBe(true);
    expect(['n15419', 'N1541', 'N154190', '15419', 'NN5419', ' N15419'].some(isKoladaKpiId)).toBe(false);
  });

  it('gives Kolada’s id of a municipality or a region', () => {
    expect(koladaMunicipalityId({ code: '0180', kind: 'MUNICIPALITY' })).toBe('0180');
    expect(koladaMunicipalityId({ code: '01', kind: 'REGION' })).toBe('0001');
    expect(koladaMunicipalityId({ code: '180', kind: 'MUNICIPALITY' })).toBeNull();
    expect(koladaMunicipalityId({ code: '001', kind: 'REGION' })).toBeNull();
    expect(koladaMunicipalityId({ code: 'SKR', kind: 'SKR' })).toBeNull();
  });

  it('never overwrites a value someone typed', () => {
    expect(koladaMayOverwrite(null)).toBe(true);
    expect(koladaMayOverwrite('KOLADA')).toBe(true);
    expect(koladaMayOverwrite('MANUAL')).toBe(false);
    expect(koladaMayOverwrite('IMPORT')).toBe(false);
  });
});

describe('progress', () => {
  it('has no data without values', () => {
    const p = computeProgress(input({ values: [], targets: [{ gender: TOTAL, value: 80, period: '2026' }] }));
    expect(p).toMatchObject({
      status: P.NO_DATA,
      baseline: null,
      latest: null,
      baselinePeriod: null,
      latestPeriod: null,
      ratio: null,
      target: 80,
    });
  });

  it('says nothing about progress from a single value without a target', () => {
    const p = computeProgress(input({ values: total({ 2022: 40 }) }));
    expect(p).toMatchObject({
      status: P.NO_DATA,
      baseline: 40,
      latest: 40,
      baselinePeriod: '2022',
      latestPeriod: '2022',
      target: null,
      ratio: null,
    });
  });

  it('without a target: ON_TRACK when at least as good as the baseline, OFF_TRACK when worse', () => {
    const status = (direction: Direction, later: number) =>
      computeProgress(input({ direction, values: total({ 2020: 50, 2023: later }) })).status;
    expect(status(HIGHER, 55)).toBe(P.ON_TRACK);
    expect(status(HIGHER, 50)).toBe(P.ON_TRACK);
    expect(status(HIGHER, 45)).toBe(P.OFF_TRACK);
    expect(status(LOWER, 45)).toBe(P.ON_TRACK);
    expect(status(LOWER, 50)).toBe(P.ON_TRACK);
    expect(status(LOWER, 55)).toBe(P.OFF_TRACK);
  });

  it('is ACHIEVED when the latest value meets the target, in either direction', () => {
    const higher = computeProgress(
      input({ direction: HIGHER, values: total({ 2020: 40, 2023: 60 }), targets: [{ gender: TOTAL, value: 60, period: '2026' }] }),
    );
    expect(higher).toMatchObject({ status: P.ACHIEVED, ratio: 1, target: 60, targetPeriod: '2026' });
    const above = computeProgress(
      input({ direction: HIGHER, values: total({ 2020: 40, 2023: 70 }), targets: [{ gender: TOTAL, value: 60, period: '2026' }] }),
    );
    expect(above).toMatchObject({ status: P.ACHIEVED, ratio: 1.5 });
    const lowerExactly = computeProgress(
      input({ direction: LOWER, values: total({ 2020: 12.5, 2023: 8 }), targets: [{ gender: TOTAL, value: 8, period: '2026' }] }),
    );
    expect(lowerExactly).toMatchObject({ status: P.ACHIEVED, ratio: 1 });
    const lowerBelow = computeProgress(
      input({ direction: LOWER, values: total({ 2020: 12.5, 2023: 7 }), targets: [{ gender: TOTAL, value: 8, period: '2026' }] }),
    );
    expect(lowerBelow.status).toBe(P.ACHIEVED);
  });

  it('is OFF_TRACK when worse than the baseline, even long before the target period', () => {
    const higher = computeProgress(
      input({ direction: HIGHER, values: total({ 2020: 50, 2021: 45 }), targets: [{ gender: TOTAL, value: 70, period: '2030' }] }),
    );
    expect(higher).toMatchObject({ status: P.OFF_TRACK, ratio: -0.25 });
    const lower = computeProgress(
      input({ direction: LOWER, values: total({ 2020: 50, 2021: 55 }), targets: [{ gender: TOTAL, value: 30, period: '2030' }] }),
    );
    expect(lower).toMatchObject({ status: P.OFF_TRACK, ratio: -0.25 });
  });

  it('is OFF_TRACK once the target period has passed without meeting it', () => {
    const targets = [{ gender: TOTAL, value: 70, period: '2023' }];
    expect(computeProgress(input({ values: total({ 2020: 50, 2024: 69 }), targets })).status).toBe(P.OFF_TRACK);
    // The target period's own value is in and falls short.
    expect(computeProgress(input({ values: total({ 2020: 50, 2023: 69 }), targets })).status).toBe(P.OFF_TRACK);
    // A quarter ending before the target year ends: not yet passed.
    expect(computeProgress(input({ values: total({ 2020: 50, '2023-Q3': 69 }), targets })).status).toBe(P.ON_TRACK);
  });

  describe('ON_TRACK against AT_RISK', () => {
    // Baseline at the end of 2020, target at the end of 2030, latest at the end of 2025: half the time gone.
    const baseline = 40;
    const target = 90;
    const timeShare = (2025 - 2020) / (2030 - 2020);
    const threshold = timeShare * PROGRESS_THRESHOLDS.ON_TRACK_SHARE - PROGRESS_THRESHOLDS.TOLERANCE;
    const at = (ratio: number) => baseline + ratio * (target - baseline);
    const progress = (direction: Direction, latest: number, base = baseline, goal = target) =>
      computeProgress(
        input({ direction, values: total({ 2020: base, 2025: latest }), targets: [{ gender: TOTAL, value: goal, period: '2030' }] }),
      );

    it('uses thresholds that make this case meaningful', () => {
      expect(threshold).toBeGreaterThan(0);
      expect(threshold).toBeLessThan(1);
    });

    it('is ON_TRACK at or just above the share of time gone (less tolerance)', () => {
      expect(progress(HIGHER, at(threshold + 0.001))).toMatchObject({ status: P.ON_TRACK, ratio: expect.closeTo(threshold + 0.001, 6) });
      // Exactly at the threshold ("at least"): here 57.5, 35 % of the way at half the time.
      const exactly = progress(HIGHER, at(threshold));
      expect(exactly.ratio).toBeCloseTo(threshold, 6);
      expect(exactly.status).toBe(P.ON_TRACK);
    });

    it('is AT_RISK just below it', () => {
      expect(progress(HIGHER, at(threshold - 0.001))).toMatchObject({ status: P.AT_RISK, ratio: expect.closeTo(threshold - 0.001, 6) });
      // Not worse than the baseline, just too slow.
      expect(progress(HIGHER, baseline + 0.5).status).toBe(P.AT_RISK);
    });

    it('works the same way for lower-is-better', () => {
      const atLower = (ratio: number) => 90 + ratio * (40 - 90);
      expect(progress(LOWER, atLower(threshold + 0.001), 90, 40).status).toBe(P.ON_TRACK);
      expect(progress(LOWER, atLower(threshold - 0.001), 90, 40).status).toBe(P.AT_RISK);
    });

    it('judges by the statuses’ own rule when asked directly', () => {
      const facts = { baseline: 0, baselinePeriod: '2020', latest: 1, latestPeriod: '2025', target: 100, targetPeriod: '2030' };
      expect(progressStatus(HIGHER, { ...facts, ratio: threshold + 0.001 })).toBe(P.ON_TRACK);
      expect(progressStatus(HIGHER, { ...facts, ratio: threshold - 0.001 })).toBe(P.AT_RISK);
      expect(progressStatus(HIGHER, { ...facts, latest: null, ratio: null })).toBe(P.NO_DATA);
    });
  });

  it('measures the share of the way from baseline to target', () => {
    const targets = [{ gender: TOTAL, value: 60, period: '2030' }];
    expect(computeProgress(input({ values: total({ 2020: 40, 2022: 50 }), targets })).ratio).toBe(0.5);
    expect(computeProgress(input({ values: total({ 2020: 40, 2022: 40 }), targets })).ratio).toBe(0);
    expect(computeProgress(input({ values: total({ 2020: 40, 2022: 30 }), targets })).ratio).toBe(-0.5);
    const lower = computeProgress(
      input({ direction: LOWER, values: total({ 2020: 50, 2022: 45 }), targets: [{ gender: TOTAL, value: 30, period: '2030' }] }),
    );
    expect(lower.ratio).toBe(0.25);
    // No target, no ratio.
    expect(computeProgress(input({ values: total({ 2020: 40, 2022: 50 }) })).ratio).toBeNull();
  });

  it('gives a negative ratio when worse, also when the target equals the baseline', () => {
    // "negative when worse" (Progress.ratio). A target equal to the baseline means "hold the line".
    const higher = computeProgress(
      input({ direction: HIGHER, values: total({ 2020: 10, 2022: 8 }), targets: [{ gender: TOTAL, value: 10, period: '2030' }] }),
    );
    expect(higher.status).toBe(P.OFF_TRACK);
    expect(higher.ratio).toBeLessThan(0);
    const lower = computeProgress(
      input({ direction: LOWER, values: total({ 2020: 10, 2022: 12 }), targets: [{ gender: TOTAL, value: 10, period: '2030' }] }),
    );
    expect(lower.status).toBe(P.OFF_TRACK);
    expect(lower.ratio).toBeLessThan(0);
  });

  it('measures from the baseline period when it has a value', () => {
    const p = computeProgress(
      input({
        baselinePeriod: '2021',
        values: total({ 2020: 10, 2021: 40, 2023: 50 }),
        targets: [{ gender: TOTAL, value: 60, period: '2030' }],
      }),
    );
    expect(p).toMatchObject({ baselinePeriod: '2021', baseline: 40, latestPeriod: '2023', latest: 50, ratio: 0.5 });
  });

  it('falls back to the earliest value when the baseline period has none', () => {
    const p = computeProgress(input({ baselinePeriod: '2019', values: total({ 2021: 40, 2020: 20, 2023: 50 }) }));
    expect(p).toMatchObject({ baselinePeriod: '2020', baseline: 20, latestPeriod: '2023', latest: 50, status: P.ON_TRACK });
    expect(computeProgress(input({ baselinePeriod: null, values: total({ '2021-Q2': 40, '2021-Q1': 20 }) }))).toMatchObject({
      baselinePeriod: '2021-Q1',
      latestPeriod: '2021-Q2',
    });
  });

  it('ignores values before the baseline when looking for the latest', () => {
    // The baseline is the newest value: there is nothing after it to judge progress by.
    const p = computeProgress(input({ baselinePeriod: '2024', values: total({ 2020: 90, 2024: 40 }) }));
    expect(p).toMatchObject({ baselinePeriod: '2024', baseline: 40, latestPeriod: '2024', latest: 40, status: P.NO_DATA });
  });

  it('ignores values whose period is not a period', () => {
    const p = computeProgress(input({ values: [...total({ 2020: 40, 2022: 50 }), { period: '2024-q1', gender: TOTAL, value: 1 }] }));
    expect(p).toMatchObject({ baselinePeriod: '2020', latestPeriod: '2022', latest: 50 });
  });

  it('uses the target of the gender asked for', () => {
    const values = split({ 2020: [60, 40], 2023: [62, 50] });
    const targets = [
      { gender: WOMEN, value: 62, period: '2026' },
      { gender: MEN, value: 60, period: '2026' },
    ];
    const progress = input({ byGender: true, values, targets });
    expect(computeProgress(progress, WOMEN)).toMatchObject({ baseline: 60, latest: 62, target: 62, status: P.ACHIEVED });
    expect(computeProgress(progress, MEN)).toMatchObject({ baseline: 40, latest: 50, target: 60, ratio: 0.5 });
    // Targets are never derived: no TOTAL target, so no target for TOTAL.
    expect(computeProgress(progress, TOTAL)).toMatchObject({ target: null, targetPeriod: null, ratio: null, status: P.ON_TRACK });
  });

  describe('missing is never zero', () => {
    it('leaves the gender gap unknown when one side is missing', () => {
      const p = computeProgress(input({ byGender: true, values: split({ 2020: [60, null], 2023: [65, null] }) }));
      expect(p.genderGap).toBeNull();
      expect(p.genderGapBaseline).toBeNull();
      expect(p.genderGapChange).toBeNull();
      expect(genderGap(split({ 2020: [60, null] }))).toEqual({ baseline: null, now: null });
    });

    it('derives TOTAL only for periods with both WOMEN and MEN', () => {
      const p = computeProgress(input({ byGender: true, values: split({ 2020: [60, 40], 2023: [65, null] }) }));
      expect(p).toMatchObject({
        derivedTotal: true,
        baselinePeriod: '2020',
        baseline: 50,
        latestPeriod: '2020',
        latest: 50,
        status: P.NO_DATA,
      });
    });

    it('keeps the latest value of a gender where it was last recorded', () => {
      const p = computeProgress(input({ byGender: true, values: split({ 2020: [60, 40], 2023: [65, null] }) }), MEN);
      expect(p).toMatchObject({ latestPeriod: '2020', latest: 40, status: P.NO_DATA });
    });
  });

  describe('derived TOTAL', () => {
    it('is the mean of WOMEN and MEN when by gender and no TOTAL was recorded', () => {
      const p = computeProgress(input({ byGender: true, values: split({ 2020: [60, 40], 2023: [81.2, 70.1] }) }));
      expect(p).toMatchObject({
        derivedTotal: true,
        baseline: 50,
        latest: 75.65,
        baselinePeriod: '2020',
        latestPeriod: '2023',
        status: P.ON_TRACK,
      });
    });

    it('is not derived when a TOTAL was recorded', () => {
      const values = [...split({ 2020: [60, 40], 2023: [80, 70] }), ...total({ 2020: 49 })];
      const p = computeProgress(input({ byGender: true, values }));
      expect(p).toMatchObject({ derivedTotal: false, baseline: 49, latest: 49, latestPeriod: '2020' });
    });

    it('is not derived for an indicator that is not by gender', () => {
      const p = computeProgress(input({ byGender: false, values: split({ 2020: [60, 40], 2023: [80, 70] }) }));
      expect(p).toMatchObject({ derivedTotal: false, baseline: null, latest: null, status: P.NO_DATA });
    });
  });
});

describe('gender gap', () => {
  const values = split({ 2020: [60, 40], 2022: [58, 47], 2023: [81.2, 80.1] });

  it('is WOMEN − MEN at the baseline and now, and its change', () => {
    expect(genderGap(values)).toEqual({ baseline: 20, now: 1.1 });
    const p = computeProgress(input({ byGender: true, values }));
    expect(p).toMatchObject({ genderGapBaseline: 20, genderGap: 1.1, genderGapChange: -18.9 });
  });

  it('takes the baseline period when it has both, else the earliest period that does', () => {
    expect(genderGap(values, '2022')).toEqual({ baseline: 11, now: 1.1 });
    expect(genderGap(values, '2021')).toEqual({ baseline: 20, now: 1.1 });
    expect(computeProgress(input({ byGender: true, baselinePeriod: '2022', values }))).toMatchObject({
      genderGapBaseline: 11,
      genderGapChange: -9.9,
    });
  });

  it('uses only periods with both values', () => {
    expect(genderGap(split({ 2020: [60, 40], 2021: [null, 30], 2022: [70, null] }))).toEqual({ baseline: 20, now: 20 });
  });

  it('can be negative', () => {
    expect(genderGap(split({ 2020: [30, 45], 2023: [40, 42] }))).toEqual({ baseline: -15, now: -2 });
  });

  it('has narrowed when it is smaller in size', () => {
    expect(gapNarrowed(20, 1.1)).toBe(true);
    expect(gapNarrowed(-15, -2)).toBe(true);
    expect(gapNarrowed(-10, 5)).toBe(true);
    expect(gapNarrowed(5, -5)).toBe(false);
    expect(gapNarrowed(5, 12)).toBe(false);
    expect(gapNarrowed(-10, 12)).toBe(false);
    expect(gapNarrowed(null, 3)).toBeNull();
    expect(gapNarrowed(3, null)).toBeNull();
  });
});

describe('who may do what with goals', () => {
  const leader = { role: UserRole.PROCESS_LEADER, organization: 'skr' };
  const mentor = { role: UserRole.MEMBER, organization: 'm' };
  const mentee = { role: UserRole.MEMBER, organization: 'n' };
  const otherMentee = { role: UserRole.MEMBER, organization: 'o' };
  const withdrawn = { role: UserRole.MEMBER, organization: 'w' };
  const outsider = { role: UserRole.MEMBER, organization: 'x' };
  const members = [
    { organization: 'm', role: MemberRole.MENTOR, withdrawn: false },
    { organization: 'n', role: MemberRole.MENTEE, withdrawn: false },
    { organization: 'o', role: MemberRole.MENTEE, withdrawn: false },
    { organization: 'w', role: MemberRole.MENTEE, withdrawn: true },
  ];
  const shared = { scope: GoalScope.SHARED, organization: null };
  const own = (organization: string) => ({ scope: GoalScope.OWN, organization });

  it('shows goals to process leaders and the cohort’s current members only', () => {
    expect([leader, mentor, mentee, withdrawn, outsider, null].map((v) => mayViewGoals(v, members))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('lets process leaders edit every goal', () => {
    expect(mayEditGoal(leader, members, shared)).toBe(true);
    expect(mayEditGoal(leader, members, own('n'))).toBe(true);
  });

  it('lets the mentor edit shared goals but not a mentee’s own goal', () => {
    expect(mayEditGoal(mentor, members, shared)).toBe(true);
    expect(mayEditGoal(mentor, members, own('n'))).toBe(false);
  });

  it('lets a mentee edit its own goal only', () => {
    expect(mayEditGoal(mentee, members, own('n'))).toBe(true);
    expect(mayEditGoal(mentee, members, shared)).toBe(false);
    expect(mayEditGoal(mentee, members, own('o'))).toBe(false);
    expect(mayEditGoal(otherMentee, members, own('o'))).toBe(true);
    expect(mayEditGoal(otherMentee, members, own('n'))).toBe(false);
  });

  it('lets no withdrawn member, outsider or anonymous viewer edit a goal', () => {
    for (const viewer of [withdrawn, outsider, null]) {
      expect(mayEditGoal(viewer, members, shared)).toBe(false);
      expect(mayEditGoal(viewer, members, own(viewer?.organization ?? 'n'))).toBe(false);
      expect(mayEditGoal(viewer, members, own('n'))).toBe(false);
    }
  });

  it('lets whoever edits the goal edit its indicators', () => {
    expect(mayEditIndicators).toBe(mayEditGoal);
  });

  it('lets process leaders record for current members only', () => {
    expect(mayRecordFor(leader, members, 'n')).toBe(true);
    expect(mayRecordFor(leader, members, 'm')).toBe(true);
    expect(mayRecordFor(leader, members, 'w')).toBe(false);
    expect(mayRecordFor(leader, members, 'x')).toBe(false);
  });

  it('lets the mentor record for itself but never for a mentee', () => {
    expect(mayRecordFor(mentor, members, 'm')).toBe(true);
    expect(mayRecordFor(mentor, members, 'n')).toBe(false);
  });

  it('lets a mentee record for itself only', () => {
    expect(mayRecordFor(mentee, members, 'n')).toBe(true);
    expect(mayRecordFor(mentee, members, 'o')).toBe(false);
    expect(mayRecordFor(mentee, members, 'm')).toBe(false);
    expect(mayRecordFor(otherMentee, members, 'o')).toBe(true);
    expect(mayRecordFor(otherMentee, members, 'n')).toBe(false);
  });

  it('lets no withdrawn member, outsider or anonymous viewer record', () => {
    expect(mayRecordFor(withdrawn, members, 'w')).toBe(false);
    expect(mayRecordFor(outsider, members, 'x')).toBe(false);
    expect(mayRecordFor(outsider, members, 'n')).toBe(false);
    expect(mayRecordFor(null, members, 'n')).toBe(false);
  });

  it('concerns every organisation in a shared goal, only its own in an own goal', () => {
    expect(goalConcerns(shared, 'n')).toBe(true);
    expect(goalConcerns(shared, 'm')).toBe(true);
    expect(goalConcerns(own('n'), 'n')).toBe(true);
    expect(goalConcerns(own('n'), 'o')).toBe(false);
  });

  it('keeps goals open until the cohort ends, and measurements unless it was cancelled', () => {
    expect(Object.values(S).filter(goalsOpen)).toEqual([S.PLANNED, S.ACTIVE, S.FOLLOW_UP]);
    expect(Object.values(S).filter(measurementsOpen)).toEqual([S.PLANNED, S.ACTIVE, S.FOLLOW_UP, S.CONCLUDED]);
  });
});
