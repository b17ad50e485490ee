import { FieldProblem } from '../errors/app-error';

/**
 * What every string a client sends must satisfy before anything else looks at it, checked once for
 * every argument by the global input pipe (validation.pipe.ts):
 * - no NUL character (PostgreSQL text cannot hold it),
 * - no lone UTF-16 surrogate (not valid Unicode: JSON, jsonb and e-mail parsers choke on it),
 * - a length bound. Fields of input types declare their own, smaller `@MaxLength` matching their column;
 *   this is the ceiling for everything else.
 */
export const MAX_STRING_LENGTH = 100_000;
/** Plain string arguments (a slug, a token, a search text, a password) are short. */
export const MAX_ARGUMENT_LENGTH = 5_000;
/** The few arguments that carry whole documents, by name: importLearningExamples(text), importKoladaValues(json). */
export const LONG_ARGUMENTS: Readonly<Record<string, number>> = { text: 1_000_000, json: 1_500_000 };

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/**
 * For text that did not pass the pipe (a file read by the CLI): NUL removed, each lone surrogate
 * replaced by U+FFFD — what the pipe would have refused, made storable instead.
 */
export function storableText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u0000/g, '').replace(LONE_SURROGATES, '\uFFFD');
}

const formatLength = (n: number) => n.toLocaleString('sv-SE');

/** The first problem with a string inside `value` (walked through objects and lists), named by its path. */
export function findStringProblem(value: unknown, path: string, limit: number, seen = new WeakSet<object>()): FieldProblem | null {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return { field: path, message: `Fältet ${path} innehåller ett otillåtet tecken (NUL).` };
    if (LONE_SURROGATE.test(value)) return { field: path, message: `Fältet ${path} innehåller ogiltiga tecken (ofullständig Unicode).` };
    if (value.length > limit) return { field: path, message: `Fältet ${path} får ha högst ${formatLength(limit)} tecken.` };
    return null;
  }
  if (value === null || typeof value !== 'object' || value instanceof Date || seen.has(value)) return null;
  seen.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = findStringProblem(value[i], `${path}.${i}`, limit, seen);
      if (problem) return problem;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const problem = findStringProblem(item, `${path}.${key}`, limit, seen);
    if (problem) return problem;
  }
  return null;
}

/** The bound for an argument: documents by name, plain strings short, strings inside input objects the ceiling. */
export function argumentLimit(name: string, value: unknown): number {
  return LONG_ARGUMENTS[name] ?? (typeof value === 'string' ? MAX_ARGUMENT_LENGTH : MAX_STRING_LENGTH);
}
