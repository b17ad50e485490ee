import { GraphQLError, Kind } from 'graphql';
import { DateScalar, DateTimeScalar, parseIsoDateTime } from './date.scalar';
import { argumentLimit, findStringProblem, MAX_ARGUMENT_LENGTH, storableText } from './input-guard';
import { cursorParts } from './pagination';

describe('input guard', () => {
  it('finds NUL and lone surrogates anywhere in an argument, naming the path', () => {
    expect(findStringProblem({ title: 'ok', links: [{ url: 'a\u0000' }] }, 'input', 100)?.field).toBe('input.links.0.url');
    expect(findStringProblem(['ok', 'x\ud800'], 'terms', 100)?.field).toBe('terms.1');
    expect(findStringProblem('\udc00y', 'slug', 100)?.message).toMatch(/ogiltiga tecken/);
    expect(findStringProblem('emoji 😀 är hela par', 'slug', 100)).toBeNull();
    expect(findStringProblem({ when: new Date(), n: 5, flag: true, none: null }, 'input', 100)).toBeNull();
  });

  it('bounds lengths: short plain arguments, documents by name, the ceiling inside input objects', () => {
    expect(argumentLimit('slug', 'x')).toBe(MAX_ARGUMENT_LENGTH);
    expect(argumentLimit('text', 'x')).toBeGreaterThan(500_000);
    expect(findStringProblem('x'.repeat(MAX_ARGUMENT_LENGTH + 1), 'slug', MAX_ARGUMENT_LENGTH)?.message).toBe('Fältet slug får ha högst 5\u00a0000 tecken.');
  });
});

describe('storable text for files that bypass the pipe', () => {
  it('drops NUL and replaces lone surrogates, keeping whole pairs', () => {
    expect(storableText('a\u0000b\ud800c😀')).toBe('ab\uFFFDc😀');
  });
});

describe('strict DateTime and Date', () => {
  it.each(['2026-05-04T10:00:00Z', '2026-05-04T10:00Z', '2026-05-04T10:00:00.123+02:00', '2028-02-29T23:59:59-01:00'])('accepts %s', (value) => {
    expect(parseIsoDateTime(value)).toBeInstanceOf(Date);
  });

  it.each(['2026-02-30T10:00:00Z', '2026-05-04T24:00:00Z', '2026-05-04T10:00:00', '-271821-04-20T00:00:00.000Z', '275760-09-13T00:00:00Z', '0100-01-01T00:00:00Z', '2026-05-04', 'true', ''])(
    'refuses %s',
    (value) => expect(parseIsoDateTime(value)).toBeNull(),
  );

  it('the scalars refuse non-strings with BAD_USER_INPUT', () => {
    const scalar = new DateTimeScalar();
    for (const value of [true, 0, null, {}]) {
      expect(() => scalar.parseValue(value)).toThrow(GraphQLError);
    }
    expect(() => scalar.parseLiteral({ kind: Kind.BOOLEAN, value: true })).toThrow(/Ogiltig tidpunkt/);
    expect(() => new DateScalar().parseValue('0100-01-01')).toThrow(/Ogiltigt datum/);
    expect(new DateScalar().parseValue('2026-02-28')).toBe('2026-02-28');
  });
});

describe('cursor parts', () => {
  it('ranks are finite and sane', () => {
    expect(cursorParts.rank('0.0607927')).toBe(true);
    expect(cursorParts.rank('6.07927e-05')).toBe(true);
    expect(cursorParts.rank('1e999')).toBe(false);
    expect(cursorParts.rank('NaN')).toBe(false);
  });

  it('timestamps are real calendar instants between 1900 and 2199', () => {
    expect(cursorParts.timestamp('2026-01-31T12:00:00.000000Z')).toBe(true);
    expect(cursorParts.timestamp('2026-02-30T00:00:00.000000Z')).toBe(false);
    expect(cursorParts.timestamp('0000-01-01T00:00:00.000000Z')).toBe(false);
  });

  it('bigint ids fit PostgreSQL', () => {
    expect(cursorParts.bigintId('9223372036854775807')).toBe(true);
    expect(cursorParts.bigintId('9223372036854775808')).toBe(false);
    expect(cursorParts.bigintId('0')).toBe(false);
  });
});
