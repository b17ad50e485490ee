import { describe, expect, it } from 'vitest';
import { GOAL_ASSESSMENT_SV, IMPACT_OFFSETS, IMPACT_STATUS_SV, impactOffsetLabel } from '@modellkommuner/shared';
import { createI18n } from '../../i18n/i18n';
import sv from './i18n/sv.json';
import { group } from './impact-test-data';
import {
  gapText,
  hasImpactFilters,
  impactFilterInput,
  impactFiltersToParams,
  lastPointWithValue,
  offsetLabel,
  outcomeShares,
  parseImpactFilters,
  suppressionReason,
} from './impact-view';

const svT = createI18n({ language: 'sv' }).t;
const enT = createI18n({ language: 'en' }).t;

describe('the impact page’s words', () => {
  it('says in sv.json what the shared rules say', () => {
    expect(sv.status).toEqual(IMPACT_STATUS_SV);
    expect(sv.outcomes.status).toEqual(GOAL_ASSESSMENT_SV);
    for (const offset of IMPACT_OFFSETS) expect(offsetLabel(offset, svT)).toBe(impactOffsetLabel(offset));
    // Offsets outside the usual five are worded as the shared rule words them too.
    for (const offset of [-5, 3]) expect(offsetLabel(offset, svT)).toBe(impactOffsetLabel(offset));
  });

  it('has every offset label in English too', () => {
    expect(IMPACT_OFFSETS.map((offset) => offsetLabel(offset, enT))).toEqual([
      'Three years before the start',
      'Two years before the start',
      'The year before the start (baseline)',
      'The start year',
      'The follow-up year',
    ]);
  });

  it('writes gaps with the shared rounding and signs, a decimal point in English', () => {
    expect(gapText(-3.26, 'sv')).toBe('−3,3');
    expect(gapText(0.04, 'sv')).toBe('0,0');
    expect(gapText(2, 'sv')).toBe('+2,0');
    expect(gapText(-3.26, 'en')).toBe('−3.3');
    expect(gapText(5, 'sv', 0)).toBe('+5');
  });
});

describe('the filters in the URL', () => {
  const PROGRAMME = '10000000-0000-4000-8000-000000000002';

  it('reads programme, focus area and generation, and ignores what cannot be one', () => {
    expect(parseImpactFilters(new URLSearchParams(`programme=${PROGRAMME}&focusArea=Medhandläggarskap&generation=2`))).toEqual({
      programme: PROGRAMME,
      focusArea: 'Medhandläggarskap',
      generation: 2,
    });
    expect(parseImpactFilters(new URLSearchParams('programme=<script>&generation=0'))).toEqual({
      programme: '',
      focusArea: '',
      generation: null,
    });
    expect(parseImpactFilters(new URLSearchParams('generation=1.5')).generation).toBeNull();
    expect(parseImpactFilters(new URLSearchParams(`focusArea=${'x'.repeat(201)}`)).focusArea).toBe('');
  });

  it('writes them back, keeping other parameters, and leaves out what is not chosen', () => {
    const next = impactFiltersToParams({ programme: PROGRAMME, focusArea: '', generation: 1 }, new URLSearchParams('focusArea=A&other=x'));
    expect(next.get('programme')).toBe(PROGRAMME);
    expect(next.has('focusArea')).toBe(false);
    expect(next.get('generation')).toBe('1');
    expect(next.get('other')).toBe('x');
  });

  it('sends null for every part not chosen', () => {
    const none = { programme: '', focusArea: '', generation: null };
    expect(hasImpactFilters(none)).toBe(false);
    expect(impactFilterInput(none)).toEqual({ programmeId: null, focusArea: null, generation: null });
    expect(impactFilterInput({ programme: PROGRAMME, focusArea: 'A', generation: 3 })).toEqual({
      programmeId: PROGRAMME,
      focusArea: 'A',
      generation: 3,
    });
  });
});

describe('goal outcomes', () => {
  it('gives counts and whole percentages in the shared order, none for a group held back', () => {
    expect(outcomeShares(group('A', 'A', 6, [1, 1, 1, 0]))).toEqual([
      { status: 'ACHIEVED', count: 1, percent: 33 },
      { status: 'PARTLY_ACHIEVED', count: 1, percent: 33 },
      { status: 'NOT_ACHIEVED', count: 1, percent: 33 },
      { status: 'ONGOING', count: 0, percent: 0 },
    ]);
    expect(outcomeShares(group('B', 'B', 2, null))).toBeNull();
  });

  it('says why a group is held back: too few of its own, or so that another cannot be worked out', () => {
    expect(suppressionReason(group('B', 'B', 2, null), 5, svT)).toBe('För få organisationer (färre än 5) — visas inte');
    expect(suppressionReason(group('C', 'C', 7, null), 5, svT)).toBe('Hålls inne så att en mindre grupp inte kan räknas fram — visas inte');
  });
});

describe('the chart’s line ends', () => {
  it('is the last point with a value', () => {
    const p = (offset: number, participantGap: number | null) => ({
      offset,
      participantGap,
      participantCount: 5,
      comparisonGap: 1,
      comparisonCount: 9,
    });
    expect(lastPointWithValue([p(-1, 1), p(0, 2), p(1, null)], 'participantGap')).toBe(1);
    expect(lastPointWithValue([p(-1, null)], 'participantGap')).toBe(-1);
    expect(lastPointWithValue([p(-1, null)], 'comparisonGap')).toBe(0);
  });
});
