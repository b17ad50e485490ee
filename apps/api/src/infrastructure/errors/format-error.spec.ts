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
