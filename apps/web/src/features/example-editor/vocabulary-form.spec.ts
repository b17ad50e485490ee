import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { moveRow, normaliseTerm, rowsFromTerms, termField, toTerms, vocabularyProblems } from './vocabulary-form';

const t = createI18n({ language: 'sv' }).t;

describe('vocabulary form', () => {
  it('moves a term up or down, and not past either end', () => {
    expect(moveRow(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveRow(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveRow(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveRow(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('sends terms as the API stores them', () => {
    expect(normaliseTerm('  Skola   och förskola ')).toBe('Skola och förskola');
    expect(toTerms(rowsFromTerms([' Demokrati', 'Integration  ']))).toEqual(['Demokrati', 'Integration']);
  });

  it('mirrors the API’s rules: not empty, no empty terms, no duplicates whatever the case', () => {
    expect(vocabularyProblems([], t)).toEqual([{ field: 'terms', message: 'En ordlista måste ha minst en term.' }]);
    const rows = rowsFromTerms(['Jämställdhet', ' ', 'jämställdhet', 'x'.repeat(101)]);
    expect(vocabularyProblems(rows, t)).toEqual([
      { field: termField(rows[1] ?? { key: '' }), message: 'Term 2 är tom. Skriv en term eller ta bort raden.' },
      { field: termField(rows[2] ?? { key: '' }), message: 'Termen ”jämställdhet” finns redan i ordlistan.' },
      { field: termField(rows[3] ?? { key: '' }), message: 'Term 4 får ha högst 100 tecken.' },
    ]);
    expect(vocabularyProblems(rowsFromTerms(['Demokrati', 'Integration']), t)).toEqual([]);
  });
});
