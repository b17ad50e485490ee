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
  it.each(['UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT', 'NOT_FOUND', 'TOO_MANY_REQUESTS'])('shows the server message for %s', (code) => {
    const error = graphQLErrors({ message: 'Fel e-postadress eller lösenord.', extensions: { code } });
    expect(toUiError(error, sv)).toEqual({ code, message: 'Fel e-postadress eller lösenord.', fields: [] });
  });

  it.each([
    ['UNAUTHENTICATED', 'You are not logged in, or the e-mail address and password did not match.'],
    ['FORBIDDEN', 'You do not have permission to do this.'],
    ['CONFLICT', 'This cannot be done in the current state. Nothing was changed; the message in Swedish says why.'],
    ['NOT_FOUND', 'It could not be found. It may have been removed, or you may not have access to it.'],
    ['TOO_MANY_REQUESTS', 'Too many attempts. Wait a while and try again.'],
  ])('in English, says what %s means and keeps the Swedish original', (code, message) => {
    const error = graphQLErrors({ message: 'Fel e-postadress eller lösenord.', extensions: { code } });
    expect(toUiError(error, en)).toEqual({ code, message, fields: [], original: 'Fel e-postadress eller lösenord.' });
  });

  it('in English, tells a stale version by extensions.currentVersion', () => {
    const error = graphQLErrors({
      message: 'Omgången har ändrats sedan du läste den. Ladda om och försök igen.',
      extensions: { code: 'CONFLICT', currentVersion: 4 },
    });
    expect(toUiError(error, en).message).toBe('Someone else has changed this since you opened it. Reload and try again.');
    expect(toUiError(error, en).original).toBe('Omgången har ändrats sedan du läste den. Ladda om och försök igen.');
    expect(toUiError(error, sv).message).toBe('Omgången har ändrats sedan du läste den. Ladda om och försök igen.');
  });

  it('in English, names each field by its English label, in lists by its number, and keeps the Swedish messages', () => {
    const error = graphQLErrors({
      message: 'Ange en giltig e-postadress. Ange ett namn. Okänd.',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'email', message: 'Ange en giltig e-postadress.' },
          { field: 'email', message: 'Adressen finns redan.' },
          { field: 'members.2.name', message: 'Ange ett namn.' },
          { field: 'input.title', message: 'Ange en rubrik.' },
          { field: 'somethingNew', message: 'Okänd.' },
        ],
      },
    });
    const uiError = toUiError(error, en);
    expect(uiError.message).toBe('Some of what you entered was not accepted. Nothing was changed.');
    expect(uiError.original).toBe('Ange en giltig e-postadress. Ange ett namn. Okänd.');
    expect(uiError.fields).toEqual([
      { field: 'email', message: 'E-mail address: check this value.', original: 'Ange en giltig e-postadress. Adressen finns redan.' },
      { field: 'members.2.name', message: 'Name, no. 3: check this value.', original: 'Ange ett namn.' },
      { field: 'input.title', message: 'Title: check this value.', original: 'Ange en rubrik.' },
      { field: 'somethingNew', message: 'Check this value.', original: 'Okänd.' },
    ]);
    expect(fieldMessages(uiError)).toEqual({
      email: 'E-mail address: check this value.',
      'members.2.name': 'Name, no. 3: check this value.',
      'input.title': 'Title: check this value.',
      somethingNew: 'Check this value.',
    });
  });

  it('in Swedish, has no original beside the message (the message is the original)', () => {
    const error = graphQLErrors({
      message: 'Ange ett namn.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'name', message: 'Ange ett namn.' }] },
    });
    const uiError = toUiError(error, sv);
    expect(uiError).toEqual({ code: 'BAD_USER_INPUT', message: 'Ange ett namn.', fields: [{ field: 'name', message: 'Ange ett namn.' }] });
    expect(uiError).not.toHaveProperty('original');
  });

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
    const error = graphQLErrors({
      message: 'relation "x" does not exist',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' },
    });
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
    const badGateway = new ServerError('Response not successful', {
      response: new Response('Bad gateway', { status: 502 }),
      bodyText: 'Bad gateway',
    });
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
