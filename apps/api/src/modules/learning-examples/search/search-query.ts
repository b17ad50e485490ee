import { escapeHtml } from '@modellkommuner/shared';
/**
 * The user's search text as a safe tsquery string for `to_tsquery('swedish', …)`.
 *
 * Only letters and digits survive: everything else (including the tsquery operators `& | ! <-> : * ( ) '`)
 * separates words, so nothing typed can break or widen the query. Words are ANDed, each as a prefix
 * (`'jämställdhet':*`, which `to_tsquery` stems first) so compounds match; text in double quotes
 * becomes a phrase (`'snabb' <-> 'hjälp'`) of exact (stemmed) words.
 */
export interface ParsedSearchQuery {
  /** The tsquery text, or null when nothing searchable was typed. */
  tsquery: string | null;
  /** The plain words (lower case, in order), for the trigram fallback. */
  words: string[];
}

/** One ANDed term of the tsquery: its text and, for a quoted phrase of several words, those words. */
export interface SearchTerm {
  text: string;
  phrase: string[] | null;
}

export const MAX_SEARCH_TERMS = 16;
const MAX_WORD_LENGTH = 60;
const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(WORD) ?? []).map((word) => word.slice(0, MAX_WORD_LENGTH));
}

export function parseSearchQuery(input: string | null | undefined): ParsedSearchQuery {
  const { terms, words } = parse(input);
  return { tsquery: terms.length ? terms.map((term) => term.text).join(' & ') : null, words };
}

/** The terms `parseSearchQuery` ANDs into its tsquery, in the same order (the search's phrase pairs use them). */
export function searchTerms(input: string | null | undefined): SearchTerm[] {
  return parse(input).terms;
}

function parse(input: string | null | undefined): { terms: SearchTerm[]; words: string[] } {
  const text = (input ?? '').slice(0, 500);
  const terms: SearchTerm[] = [];
  const words: string[] = [];
  // Even-numbered parts are outside quotes, odd-numbered inside; an unclosed quote runs to the end.
  text.split('"').forEach((part, index) => {
    const partWords = wordsOf(part);
    if (index % 2 === 1 && partWords.length > 1) {
      terms.push({ text: `(${partWords.map((word) => `'${word}'`).join(' <-> ')})`, phrase: partWords });
    } else {
      for (const word of partWords) terms.push({ text: `'${word}':*`, phrase: null });
    }
    words.push(...partWords);
  });
  return { terms: terms.slice(0, MAX_SEARCH_TERMS), words: words.slice(0, MAX_SEARCH_TERMS) };
}

export const MARK_START = '\u0001';
export const MARK_STOP = '\u0002';

/**
 * `ts_headline`'s parser drops anything that looks like a tag or an entity, so the text goes in with
 * `<`, `>` and `&` replaced by these (after removing every sentinel the text itself might contain).
 */
export const LT = '\u0003';
export const GT = '\u0004';
export const AMP = '\u0005';

/** A `ts_headline` result highlighted with the sentinels: escaped, then the sentinels become `<mark>`. */
export function highlightToHtml(headline: string): string {
  return escapeHtml(headline)
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_STOP, '</mark>')
    .replaceAll(LT, '&lt;')
    .replaceAll(GT, '&gt;')
    .replaceAll(AMP, '&amp;');
}
