import type { TFunction } from 'i18next';
import type { FieldProblem } from '../../shared/errors/error-message';

export const VOCABULARY_KINDS = ['SUBJECT', 'ACTIVITY_AREA', 'FOCUS_AREA'] as const;
export type VocabularyKindName = (typeof VOCABULARY_KINDS)[number];

/** Where each vocabulary is in the `vocabularies` answer. */
export const VOCABULARY_FIELD: Record<VocabularyKindName, 'subjects' | 'activityAreas' | 'focusAreas'> = {
  SUBJECT: 'subjects',
  ACTIVITY_AREA: 'activityAreas',
  FOCUS_AREA: 'focusAreas',
};

// The API's limits (VocabulariesService.set).
export const TERMS_MAX = 200;
export const TERM_MAX_LENGTH = 100;

export interface TermRow {
  key: string;
  term: string;
}

let counter = 0;
export function newTermRow(term = ''): TermRow {
  counter += 1;
  return { key: `t${counter}`, term };
}

export function rowsFromTerms(terms: readonly string[]): TermRow[] {
  return terms.map((term) => newTermRow(term));
}

/** As the API stores a term: trimmed, inner white space as single spaces. */
export function normaliseTerm(term: string): string {
  return term.trim().replace(/\s+/g, ' ');
}

export function toTerms(rows: readonly TermRow[]): string[] {
  return rows.map((row) => normaliseTerm(row.term));
}

/** Moves the row at `index` one step up (-1) or down (+1); unchanged at either end. */
export function moveRow<T>(rows: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) return [...rows];
  const next = [...rows];
  const moved = next.splice(index, 1);
  next.splice(target, 0, ...moved);
  return next;
}

export const termField = (row: Pick<TermRow, 'key'>) => `term.${row.key}`;

/** The API's rules, checked before sending: at least one term, none empty, none twice (case ignored), none too long. */
export function vocabularyProblems(rows: readonly TermRow[], t: TFunction): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (rows.length === 0) problems.push({ field: 'terms', message: t('exampleEditor.vocabularies.validation.empty') });
  if (rows.length > TERMS_MAX) problems.push({ field: 'terms', message: t('exampleEditor.vocabularies.validation.tooMany', { max: TERMS_MAX }) });
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const term = normaliseTerm(row.term);
    const number = index + 1;
    if (!term) {
      problems.push({ field: termField(row), message: t('exampleEditor.vocabularies.validation.termEmpty', { number }) });
      return;
    }
    if (term.length > TERM_MAX_LENGTH) {
      problems.push({ field: termField(row), message: t('exampleEditor.vocabularies.validation.termTooLong', { number, max: TERM_MAX_LENGTH }) });
    }
    const key = term.toLocaleLowerCase('sv');
    if (seen.has(key)) problems.push({ field: termField(row), message: t('exampleEditor.vocabularies.validation.duplicate', { term }) });
    seen.add(key);
  });
  return problems;
}
