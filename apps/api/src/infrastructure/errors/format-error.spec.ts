import { GraphQLError } from 'graphql';
import { AppError, BadInput } from './app-error';
import { formatGraphQLError } from './format-error';

describe('formatGraphQLError', () => {
  const formatted = (error: GraphQLError) => error.toJSON();

  it('keeps a domain error’s code, Swedish message and fields', () => {
    const error = BadInput('email', 'Ange en giltig e-postadress.');
    expect(formatGraphQLError(formatted(error), error, { production: true })).toMatchObject({
      message: 'Ange en giltig e-postadress.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'email', message: 'Ange en giltig e-postadress.' }] },
    });
  });

  it('hides an unexpected error behind INTERNAL_SERVER_ERROR with a request id', () => {
    const original = new Error('relation "users" does not exist at /srv/app.js:12');
    const wrapped = new GraphQLError(original.message, { originalError: original });
    const result = formatGraphQLError(formatted(wrapped), wrapped, { production: true, requestId: () => 'req-1' });
    expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' });
    expect(result.message).not.toContain('relation');
  });

  it('passes Apollo’s validation errors through, without extras in production', () => {
    const error = new GraphQLError('Cannot query field "x" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['...'] } });
    expect(formatGraphQLError(formatted(error), error, { production: true }).extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('AppError carries its code in extensions', () => {
    expect(new AppError('CONFLICT', 'x').extensions).toEqual({ code: 'CONFLICT' });
  });
});

describe('formatGraphQLError with hostile requests', () => {
  const format = (error: GraphQLError) => formatGraphQLError(error.toJSON(), error, { production: true });

  it('a syntax error is GRAPHQL_PARSE_FAILED, not a server fault; validation refusals keep their code', () => {
    const armor = new GraphQLError('Syntax Error: Query depth limit of 10 exceeded, found 12.', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format(armor).extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    const tokens = new GraphQLError('Syntax Error: Document contains more that 3000 tokens. Parsing aborted.', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(format(tokens).message).toBe('Frågan är för lång: högst 3000 delar (tokens) är tillåtet.');
    const bare = new GraphQLError('Syntax Error: Expected Name, found <EOF>.');
    expect(format(bare)).toMatchObject({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  });

  it('graphql-js errors without an original error (variables, "Too many errors") are the client’s', () => {
    const error = new GraphQLError('Too many errors processing variables, error limit reached. Execution aborted.');
    expect(format(error).extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('a parse failure that is not a syntax error says nothing of the library', () => {
    const error = new GraphQLError('RangeError: Maximum call stack size exceeded', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(format(error).message).toBe('Frågan kunde inte tolkas (GraphQL-syntax).');
  });

  it('never echoes a long value in full, and masks suggestions', () => {
    const long = new GraphQLError(`Variable "$f" got invalid value "${'x'.repeat(100_000)}".`, { extensions: { code: 'BAD_USER_INPUT' } });
    expect(format(long).message.length).toBeLessThanOrEqual(300);
    const suggestion = new GraphQLError('Value "RELEVANSE" does not exist in "ExampleSort" enum. Did you mean the enum value "RELEVANCE"?', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format(suggestion).message).toBe('Value "RELEVANSE" does not exist in "ExampleSort" enum.');
  });

  it('an error thrown by our code stays a server fault', () => {
    const wrapped = new GraphQLError('boom', { originalError: new TypeError('x is undefined') });
    expect(format(wrapped).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('two writes of the same thing at once are a CONFLICT to retry, not a fault', () => {
    const race = Object.assign(new Error('duplicate key value violates unique constraint "uq_programmes_name"'), { driverError: { code: '23505' } });
    const wrapped = new GraphQLError(race.message, { originalError: race, path: ['createProgramme'] });
    const result = format(wrapped);
    expect(result.extensions).toEqual({ code: 'CONFLICT' });
    expect(result.message).not.toMatch(/duplicate|constraint/);
  });
});
