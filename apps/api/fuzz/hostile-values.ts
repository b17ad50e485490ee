/**
 * The hostile value classes of the fuzz tier, chosen by the GraphQL type (and for a few classes the
 * name) of the position they are put in. Each class is one request per caller, with the value in a
 * variable; for custom scalars and enums, whose literals go through other code, also inline.
 */
import {
  getNamedType,
  GraphQLInputObjectType,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/** Leave the position out of the request (a missing required argument or field). */
export const MISSING = Symbol('missing');

/** A value written into the query text exactly as given (e.g. an enum value in quotes). */
export class RawLiteral {
  constructor(
    readonly text: string,
    /** What the same value is when sent as a variable. */
    readonly json: unknown,
  ) {}
}

export interface ValueContext {
  /** The argument or input field name at this position (the parent's for a list item). */
  name: string;
  type: GraphQLInputType;
  /** A plausible valid value for this position. */
  valid: () => unknown;
  /** A plausible valid value for the list item type (lists only). */
  validItem?: () => unknown;
}

export interface ValueClass {
  name: string;
  value: (ctx: ValueContext) => unknown;
  /** Also send inline in the document (parseLiteral instead of parseValue). */
  literal?: boolean;
  /** Only inline (the value means something else as a variable). */
  inlineOnly?: boolean;
  /**
   * Megabytes per request: sent anonymously and as the process leader only (the member reaches no code
   * the leader does not; the run stays within its time).
   */
  heavy?: boolean;
}

const cache = new Map<number, string>();

/** Text of exactly `length` characters made of distinct words (so a search vector really grows). */
export function longText(length: number): string {
  let text = cache.get(length);
  if (text === undefined) {
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < length; i += 1) {
      const word = `ord${i.toString(36)} `;
      parts.push(word);
      size += word.length;
    }
    text = parts.join('').slice(0, length);
    cache.set(length, text);
  }
  return text;
}

export const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

const v = (name: string, value: unknown): ValueClass => ({ name, value: () => value });
/** Also sent inline: for custom scalars and enums the literal goes through other code (parseLiteral). */
const vi = (name: string, value: unknown): ValueClass => ({ name, value: () => value, literal: true });

/** Hostile strings, for every String and ID position. */
export const STRING_CLASSES: ValueClass[] = [
  v('NUL byte', 'a\u0000b'),
  v('lone high surrogate', '\ud800'),
  v('lone low surrogate', 'x\udc00y'),
  v(
    'control characters, noncharacters, bidi',
    'a\u0001\u0007\u0008\u000b\u000c\u001b[31m\u007f\u0085\ufffe\uffff\u202e\u200b\u2028\u2029b',
  ),
  v('empty string', ''),
  v('SQL-ish', "' OR 1=1 -- %_\\ '); DROP TABLE users; -- !(a & b) | 'c':* <-> d"),
  v('markup and CRLF', '<script>alert(1)</script><!--]]>&amp;\r\nEND:VEVENT\r\nBEGIN:VEVENT'),
  v('length 200', longText(200)),
  v('length 256', longText(256)),
  v('10,000 characters', longText(10_000)),
  { ...v('1,100,000 characters', longText(1_100_000)), heavy: true },
  { ...v('1,900,000 characters', longText(1_900_000)), heavy: true },
];

/** Extra strings where the name says e-mail. */
export const EMAIL_CLASSES: ValueClass[] = [
  v('e-mail with lone surrogate', '\ud800@example.se'),
  v('e-mail with NUL', 'a\u0000b@example.se'),
  v('e-mail of 300 characters', `${'a'.repeat(64)}@${'b'.repeat(230)}.se`),
  v('e-mail regex backtracking', `${'a'.repeat(5000)}@${'a.'.repeat(2000)}!`),
  v('e-mail with markup', '"<script>"@example.se'),
  v('e-mail IDN', 'åsa@exämple.se'),
];

export const ID_CLASSES: ValueClass[] = [
  v('number instead of string', 12345),
  v('unknown UUID', '6f1c2a9e-3b4d-4c5e-8f70-123456789abc'),
  v('nil UUID', '00000000-0000-0000-0000-000000000000'),
  v('UUID with NUL', '6f1c2a9e-3b4d-4c5e-8f70-123456789abc\u0000'),
  v('numeric ID', 123),
  v('huge numeric ID', 1e30),
  v('bigint-overflowing ID', '99999999999999999999999999'),
];

const CURSOR_DATES = ['2026-02-30T10:00:00.000000Z', '0000-01-01T00:00:00.000000Z', '-271821-04-20T00:00:00.000000Z'];

/** Cursors: garbage, hand-made ones in the shape the API uses today, and the real ones mutated. */
export const CURSOR_CLASSES: ValueClass[] = [
  v('garbage cursor', '!!!not-base64!!!'),
  v('base64 of text', b64('garbage')),
  v('base64 of empty JSON', b64('[]')),
  v('base64 of JSON object, rank 1e999', b64('{"rank":1e999,"at":"2026-02-30","id":1}')),
  v('base64 of deep JSON', b64(`${'['.repeat(5000)}${']'.repeat(5000)}`)),
  v('base64 of huge number', b64('99999999999999999999999999999')),
  v('base64 of negative number', b64('-1')),
  ...['RELEVANCE', 'NEWEST'].flatMap((sort) => [
    v(
      `hand-made ${sort} cursor, rank 1e999`,
      b64(JSON.stringify([sort, 'fts', '1e999', '2026-01-01T00:00:00.000000Z', '6f1c2a9e-3b4d-4c5e-8f70-123456789abc'])),
    ),
    ...CURSOR_DATES.map((at) =>
      v(
        `hand-made ${sort} cursor, date ${at.slice(0, 10)}`,
        b64(JSON.stringify([sort, 'none', '0', at, '6f1c2a9e-3b4d-4c5e-8f70-123456789abc'])),
      ),
    ),
  ]),
];

/** Variants of a real cursor: every number-like part made huge or infinite, every date impossible. */
export function mutateCursor(cursor: string): { label: string; value: string }[] {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const out: { label: string; value: string }[] = [];
  const numbers = ['1e999', '-1e999', '99999999999999999999999999', 'NaN'];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (Array.isArray(parsed)) {
    parsed.forEach((part, index) => {
      const replace = (label: string, value: unknown) => {
        const copy = [...parsed];
        copy[index] = value;
        out.push({ label: `part ${index} ${label}`, value: b64(JSON.stringify(copy)) });
      };
      const s = String(part);
      if (/^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(s)) for (const n of numbers) replace(`= ${n}`, typeof part === 'number' ? Number(n) : n);
      else if (/^\d{4}-\d{2}-\d{2}/.test(s)) for (const d of CURSOR_DATES) replace(`= ${d.slice(0, 11)}`, d);
      else replace('with NUL', `${s}\u0000`);
    });
  } else if (/^\d+$/.test(text)) {
    for (const n of ['99999999999999999999999999', '-1', '1e999', '0x10', `${text}\u0000`])
      out.push({ label: `= ${JSON.stringify(n)}`, value: b64(n) });
  } else {
    out.push({ label: 'with NUL', value: b64(`${text}\u0000`) });
  }
  out.push({ label: 'truncated', value: cursor.slice(0, Math.max(1, Math.floor(cursor.length / 2))) });
  return out;
}

/** Ints: what GraphQL refuses, and the extremes it lets through to the resolvers. */
export const INT_CLASSES: ValueClass[] = [
  v('2^31', 2147483648),
  v('-2^31-1', -2147483649),
  v('1e308', 1e308),
  v('NaN as string', 'NaN'),
  v('fraction', 1.5),
  v('Int max', 2147483647),
  v('Int min', -2147483648),
  v('zero', 0),
  v('minus one', -1),
];

export const FLOAT_CLASSES: ValueClass[] = [
  v('1e308', 1e308),
  v('-1e308', -1e308),
  v('smallest subnormal', 5e-324),
  v('NaN as string', 'NaN'),
  v('Infinity as string', 'Infinity'),
];

export const BOOLEAN_CLASSES: ValueClass[] = [v('string "true"', 'true'), v('number 1', 1)];

/** DateTime and Date (custom scalars): impossible, out-of-range and wrongly typed values. */
export const DATE_CLASSES: ValueClass[] = [
  vi('30 February', '2026-02-30T10:00:00Z'),
  vi('30 February (date only)', '2026-02-30'),
  vi('month 13', '2026-13-01T00:00:00Z'),
  vi('earliest JS date', '-271821-04-20T00:00:00.000Z'),
  vi('beyond the latest JS date', '275760-09-13T00:00:00Z'),
  vi('year 275760 (date only)', '275760-09-13'),
  vi('year 0000', '0000-01-01'),
  vi('year 0100', '0100-01-01T10:00:00Z'),
  vi('boolean true', true),
  vi('number 0', 0),
  vi('empty string', ''),
  vi('NUL in a date', '2026-03-01\u0000'),
  vi('date with trailing text', '2026-03-01T10:00:00Z; DROP TABLE users'),
];

/** Enums: unknown values (and suggestions must not leak), wrong types, and a quoted literal. */
export const ENUM_CLASSES: ValueClass[] = [
  vi('unknown value', 'NOT_A_VALUE'),
  {
    name: 'lower-case value',
    value: (ctx) => {
      const type = getNamedType(ctx.type);
      return isEnumType(type) ? type.getValues()[0].name.toLowerCase() : 'x';
    },
  },
  {
    name: 'value misspelled by one letter',
    value: (ctx) => {
      const type = getNamedType(ctx.type);
      return isEnumType(type) ? `${type.getValues()[0].name.slice(0, -1)}X` : 'x';
    },
    literal: true,
  },
  v('number', 1),
  v('empty string', ''),
  v('NUL', 'A\u0000'),
  {
    name: 'quoted string literal',
    value: (ctx) => {
      const type = getNamedType(ctx.type);
      const name = isEnumType(type) ? type.getValues()[0].name : 'X';
      return new RawLiteral(JSON.stringify(name), name);
    },
    inlineOnly: true,
  },
];

/** Lists: huge, empty, holes, wrong nesting, and thousands of invalid items (the error limit). */
export const LIST_CLASSES: ValueClass[] = [
  { name: '10,000 items', value: (ctx) => new Array<unknown>(10_000).fill(ctx.validItem?.() ?? 'x') },
  { name: '100 invalid items (over 50 errors)', value: () => Array.from({ length: 100 }, () => ({ bad: true })) },
  { name: 'empty list', value: () => [] },
  { name: 'null item', value: () => [null] },
  { name: 'list nested 1,000 deep', value: () => JSON.parse(`${'['.repeat(1000)}${']'.repeat(1000)}`) },
  { name: 'single item instead of list', value: (ctx) => ctx.validItem?.() ?? 'x' },
];

export const OBJECT_CLASSES: ValueClass[] = [
  { name: 'unknown field', value: (ctx) => ({ ...(ctx.valid() as object), notAField: 1 }) },
  {
    name: '10,000 unknown fields',
    value: (ctx) => ({
      ...(ctx.valid() as object),
      ...Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`unknownField${i}`, `värde ${i}`])),
    }),
  },
  {
    name: '__proto__ and constructor keys',
    value: (ctx) => ({
      ...(ctx.valid() as object),
      ...JSON.parse('{"__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}}}'),
    }),
  },
  { name: 'empty object', value: () => ({}) },
  { name: 'string instead of object', value: () => 'x' },
];

export const NULL_CLASS = v('null', null);
export const MISSING_CLASS: ValueClass = { name: 'missing', value: () => MISSING };

const isCursorName = (name: string) => /^(after|before|cursor)$/i.test(name);

/** The classes for one position, from its type (and name). */
export function classesFor(type: GraphQLInputType, name: string, required: boolean, isListItem: boolean): ValueClass[] {
  const nullable = !isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  const classes: ValueClass[] = [];
  // null where null is allowed is just "not given"; where it is not, it must be refused cleanly.
  if (!nullable) classes.push(NULL_CLASS);
  if (required && !isListItem) classes.push(MISSING_CLASS);
  if (isListType(inner)) return [...classes, ...LIST_CLASSES];
  if (isInputObjectType(inner)) return [...classes, ...OBJECT_CLASSES];
  if (isEnumType(inner)) return [...classes, ...ENUM_CLASSES];
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'String':
      case 'ID':
        return [
          ...classes,
          ...STRING_CLASSES,
          ...(inner.name === 'ID' ? ID_CLASSES : []),
          ...(/e-?mail/i.test(name) ? EMAIL_CLASSES : []),
          ...(isCursorName(name) ? CURSOR_CLASSES : []),
        ];
      case 'Int':
        return [...classes, ...INT_CLASSES];
      case 'Float':
        return [...classes, ...FLOAT_CLASSES];
      case 'Boolean':
        return [...classes, ...BOOLEAN_CLASSES];
      default:
        // Custom scalars (DateTime, Date and any added later).
        return [...classes, ...DATE_CLASSES];
    }
  }
  return classes;
}

export function isInputObject(type: GraphQLInputType): type is GraphQLInputObjectType {
  return isInputObjectType(isNonNullType(type) ? type.ofType : type);
}
