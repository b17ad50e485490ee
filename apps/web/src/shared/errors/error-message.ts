import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import type { GraphQLFormattedError } from 'graphql';
import { SERVER_LANGUAGE, translatedField, translatedMessage } from './server-messages';

/** Codes whose server message is written for users (Swedish) and shown as it is. */
export const USER_FACING_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'CONFLICT', 'NOT_FOUND', 'TOO_MANY_REQUESTS'] as const;
export type UserFacingCode = (typeof USER_FACING_CODES)[number];

export type UiErrorCode = UserFacingCode | 'INTERNAL_SERVER_ERROR' | 'NETWORK' | 'UNKNOWN' | 'VALIDATION';

export interface FieldProblem {
  field: string;
  message: string;
  /** The server's own (Swedish) message for the field, when `message` is a translation of it. */
  original?: string;
}

/** What a page shows for a failed operation or a form that does not validate. */
export interface UiError {
  code: UiErrorCode;
  message: string;
  fields: FieldProblem[];
  requestId?: string;
  /**
   * The server's own message, in Swedish, when the interface is in another language and `message` is
   * the translation chosen by the error's code (ErrorSummary and QueryError show it, marked `lang="sv"`).
   */
  original?: string;
}

function isUserFacingCode(code: unknown): code is UserFacingCode {
  return typeof code === 'string' && (USER_FACING_CODES as readonly string[]).includes(code);
}

function readFields(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { field, message } = item as Record<string, unknown>;
    return typeof field === 'string' && typeof message === 'string' ? [{ field, message }] : [];
  });
}

/** The `extensions.code` of the first GraphQL error, if the error carries GraphQL errors at all. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

/** One translated problem per field (two Swedish messages on one field would read the same in translation), each with its originals. */
function translatedFields(fields: FieldProblem[], t: TFunction): FieldProblem[] {
  const byField = new Map<string, FieldProblem>();
  for (const { field, message } of fields) {
    const seen = byField.get(field);
    if (seen) seen.original = `${seen.original} ${message}`;
    else byField.set(field, { field, message: translatedField(field, t), original: message });
  }
  return [...byField.values()];
}

function fromGraphQLError(graphQLError: GraphQLFormattedError, t: TFunction): UiError {
  const extensions = graphQLError.extensions ?? {};
  const code = extensions['code'];
  const requestId = typeof extensions['requestId'] === 'string' ? extensions['requestId'] : undefined;
  if (isUserFacingCode(code)) {
    const fields = readFields(extensions['fields']);
    // The API writes its messages in Swedish (docs/api-conventions.md, "Messages"): shown as they are
    // in the Swedish interface; in any other, a message chosen by the code, with the original kept.
    if (t('language.current') === SERVER_LANGUAGE) return { code, message: graphQLError.message, fields };
    return {
      code,
      message: translatedMessage(code, extensions, t),
      fields: translatedFields(fields, t),
      original: graphQLError.message,
    };
  }
  if (code === 'INTERNAL_SERVER_ERROR') {
    return { code, message: t('errors.internal'), fields: [], ...(requestId ? { requestId } : {}) };
  }
  // Schema mismatches, refused over-costly queries and the like: nothing a user can act on.
  return { code: 'UNKNOWN', message: t('errors.unexpected'), fields: [], ...(requestId ? { requestId } : {}) };
}

/**
 * The one mapping from an Apollo error to what the user reads: for the domain codes the server's own
 * (Swedish) message, or in the English interface an English one chosen by the code with the Swedish
 * original beside it; a translated generic message for everything else; and per-field messages from
 * `extensions.fields` (in English: the field's English label).
 */
export function toUiError(error: unknown, t: TFunction): UiError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors.find((e) => isUserFacingCode(e.extensions?.['code'])) ?? error.errors[0];
    if (first) return fromGraphQLError(first, t);
  }
  // A 5xx from a proxy, an unparsable body or a failed fetch: the service could not be reached.
  if (ServerError.is(error) || ServerParseError.is(error) || error instanceof TypeError) {
    return { code: 'NETWORK', message: t('errors.network'), fields: [] };
  }
  return { code: 'UNKNOWN', message: t('errors.unexpected'), fields: [] };
}

/** A client-side validation result in the same shape as a server error. */
export function validationError(fields: FieldProblem[], t: TFunction): UiError | null {
  return fields.length ? { code: 'VALIDATION', message: t('form.fixErrors'), fields } : null;
}

/** `{ email: 'Ange en giltig e-postadress.' }`: the first message per field. */
export function fieldMessages(error: UiError | null | undefined): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const { field, message } of error?.fields ?? []) {
    if (!(field in messages)) messages[field] = message;
  }
  return messages;
}
