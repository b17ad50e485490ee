import { describe, expect, it } from 'vitest';
import { generationLabel as sharedGenerationLabel, REACH_STATUS_EXPLAINED_SV, REACH_STATUS_SV } from '@modellkommuner/shared';
import { createI18n } from '../../i18n/i18n';
import sv from './i18n/sv.json';
import { OVERVIEW } from './network-test-data';
import { countByStatus, generationLabel, listOf, percentOf, shapeLabel, STATUSES } from './reach';

const svT = createI18n({ language: 'sv' }).t;
const enT = createI18n({ language: 'en' }).t;

describe('the network’s words', () => {
  it('says in sv.json what the shared rules say', () => {
    expect(sv.status).toEqual(REACH_STATUS_SV);
    expect(sv.explained).toEqual(REACH_STATUS_EXPLAINED_SV);
    for (const generation of [0, 1, 4]) expect(generationLabel(generation, svT)).toBe(sharedGenerationLabel(generation));
  });

  it('names a shape with its status, and its generation when it has one, in the interface’s language', () => {
    const organization = { name: 'Huddinge kommun' };
    expect(shapeLabel({ organization, status: 'MENTOR', generation: 1 }, svT)).toBe('Huddinge kommun — Mentor (generation 1)');
    expect(shapeLabel({ organization, status: 'NOT_REACHED', generation: null }, svT)).toBe('Huddinge kommun — Inte nådd');
    expect(shapeLabel({ organization, status: 'COMPLETED', generation: 2 }, enT)).toBe('Huddinge kommun — Completed (generation 2)');
  });

  it('lists in words', () => {
    expect(listOf(['Botkyrka', 'Huddinge', 'Haninge'], 'sv')).toBe('Botkyrka, Huddinge och Haninge');
    expect(listOf(['Botkyrka', 'Huddinge'], 'en')).toBe('Botkyrka and Huddinge');
  });
});

describe('countByStatus (the legend)', () => {
  it('counts every status, also those with none', () => {
    expect(countByStatus([])).toEqual({ NOT_REACHED: 0, IN_COHORT: 0, COMPLETED: 0, MENTOR: 0 });
    const municipalities = OVERVIEW.organizations.filter((row) => row.organization.kind === 'MUNICIPALITY');
    const counts = countByStatus(municipalities);
    expect(counts).toEqual({ NOT_REACHED: 283, IN_COHORT: 3, COMPLETED: 1, MENTOR: 3 });
    // Together they are every kommun: nothing counted twice or left out.
    expect(STATUSES.reduce((sum, status) => sum + counts[status], 0)).toBe(290);
  });

  it('rounds shares to whole per cent, and nothing of nothing is 0', () => {
    expect(percentOf(37, 290)).toBe(13);
    expect(percentOf(2, 21)).toBe(10);
    expect(percentOf(0, 0)).toBe(0);
  });
});
