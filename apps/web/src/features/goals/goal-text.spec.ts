import { describe, expect, it } from 'vitest';
import { DIRECTION_SV, GENDER_SV, GOAL_SCOPE_SV, PROGRESS_STATUS_SV } from '@modellkommuner/shared';
import { createI18n } from '../../i18n/i18n';
import { sv } from '../../i18n/translations';
import { formatRatio, formatSigned, gapChangeWords, gapSentence, progressStatusLabel } from './goal-text';

describe('the words of goals', () => {
  it('are the shared rules’ own in Swedish (sv.json says the same, for the language files to match)', () => {
    expect(sv.goals.progressStatus).toEqual(PROGRESS_STATUS_SV);
    expect(sv.goals.gender).toEqual(GENDER_SV);
    expect(sv.goals.direction).toEqual(DIRECTION_SV);
    expect(sv.goals.scope).toEqual(GOAL_SCOPE_SV);
  });

  it('are translated in English', () => {
    expect(progressStatusLabel('AT_RISK', createI18n({ language: 'sv' }).t)).toBe('Riskerar att inte nås');
    expect(progressStatusLabel('AT_RISK', createI18n({ language: 'en' }).t)).toBe('At risk');
  });
});

describe('numbers', () => {
  it('signs a change and writes a share in per cent, the Swedish way', () => {
    expect(formatSigned(1.4, 'sv-SE')).toBe('+1,4');
    expect(formatSigned(-0.6, 'sv-SE')).toBe('−0,6');
    expect(formatSigned(0, 'sv-SE')).toBe('0');
    expect(formatRatio(0.245, 'sv-SE')).toBe('25\u00a0%');
    expect(formatRatio(-0.12, 'sv-SE')).toBe('−12\u00a0%');
  });

  it('says how the gap moved, in percentage points for a share in per cent', () => {
    const t = createI18n({ language: 'sv' }).t;
    expect(gapSentence({ trend: 'narrowed', amount: 1.4 }, '%', 'sv-SE', t)).toBe('Skillnaden mellan kvinnor och män har minskat med 1,4\u00a0procentenheter.');
    expect(gapSentence({ trend: 'widened', amount: 3 }, 'kr', 'sv-SE', t)).toBe('Skillnaden mellan kvinnor och män har ökat med 3\u00a0kr.');
    expect(gapSentence({ trend: 'unchanged', amount: 0 }, '%', 'sv-SE', t)).toBe('Skillnaden mellan kvinnor och män är lika stor som vid basperioden.');
    expect(gapChangeWords({ trend: 'narrowed', amount: 1.3 }, 'sv-SE', t)).toBe('minskat med 1,3');
  });
});
