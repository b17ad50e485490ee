import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { errorCode, fieldMessages, toUiError, validationError } from './error-message';

const sv = createI18n({ language: 'sv' }).t;
const en = createI18n({ language: 'en' }).t;

function graphQLErrors(...errors: Array<{ message: string; extensions?: Record<string, unknown> }>) {
  return new CombinedGraphQLErrors({ data: null, errors });
}

describe('toUiError', () => {
  it.each(['UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT', 'NOT_FOUND', 'TOO_MANY_REQUESTS'])(
    'shows the server message for %s',
    (code) => {
      const error = graphQLErrors({ message: 'Fel e-postadress eller lösenord.', extensions: { code } });
      expect(toUiError(error, en)).toEqual({ code, message: 'Fel e-postadress eller lösenord.', fields: [] });
    },
  );

  it('turns extensions.fields into per-field messages', () => {
    const error = graphQLErrors({
      message: 'Ange en giltig e-postadress. Processledare bjuds in till SKR.',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'email', message: 'Ange en giltig e-postadress.' },
          { field: 'role', message: 'Processledare bjuds in till SKR.' },
          { field: 'email', message: 'Ett andra fel om samma fält.' },
          { nonsense: true },
        ],
      },
    });
    const uiError = toUiError(error, sv);
    expect(uiError.code).toBe('BAD_USER_INPUT');
    expect(uiError.fields).toHaveLength(3);
    expect(fieldMessages(uiError)).toEqual({ email: 'Ange en giltig e-postadress.', role: 'Processledare bjuds in till SKR.' });
  });

  it('hides internal errors behind a translated message and keeps the request id', () => {
    const error = graphQLErrors({ message: 'relation "x" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' } });
    expect(toUiError(error, sv)).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Ett oväntat fel inträffade. Försök igen, och kontakta supporten om felet kvarstår.',
      fields: [],
      requestId: 'req-42',
    });
    expect(toUiError(error, en).message).toBe('An unexpected error occurred. Try again, and contact support if the problem persists.');
  });

  it('prefers a user-facing error when several arrive', () => {
    const error = graphQLErrors(
      { message: 'Cannot query field', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      { message: 'Du har inte behörighet att göra detta.', extensions: { code: 'FORBIDDEN' } },
    );
    expect(toUiError(error, sv).message).toBe('Du har inte behörighet att göra detta.');
  });

  it('does not show messages of codes it does not know', () => {
    const error = graphQLErrors({ message: 'Cannot query field "x" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(toUiError(error, sv)).toEqual({ code: 'UNKNOWN', message: 'Något gick fel. Försök igen.', fields: [] });
  });

  it('explains network failures in the chosen language', () => {
    const failedFetch = new TypeError('Failed to fetch');
    expect(toUiError(failedFetch, sv).code).toBe('NETWORK');
    expect(toUiError(failedFetch, sv).message).toMatch(/^Det gick inte att nå tjänsten/);
    const badGateway = new ServerError('Response not successful', { response: new Response('Bad gateway', { status: 502 }), bodyText: 'Bad gateway' });
    expect(toUiError(badGateway, en).code).toBe('NETWORK');
    expect(toUiError(badGateway, en).message).toMatch(/could not be reached/);
  });
});

describe('errorCode', () => {
  it('reads extensions.code of GraphQL errors only', () => {
    expect(errorCode(graphQLErrors({ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(new TypeError('Failed to fetch'))).toBeUndefined();
  });
});

describe('validationError', () => {
  it('is null when nothing is wrong', () => {
    expect(validationError([], sv)).toBeNull();
  });

  it('carries the problems with a translated summary', () => {
    expect(validationError([{ field: 'email', message: 'Ange en e-postadress.' }], sv)).toEqual({
      code: 'VALIDATION',
      message: 'Rätta uppgifterna som är markerade nedan.',
      fields: [{ field: 'email', message: 'Ange en e-postadress.' }],
    });
  });
});
