import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import type { GraphQLFormattedError } from 'graphql';

/** Codes whose server message is written for users (Swedish) and shown as it is. */
export const USER_FACING_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'CONFLICT',
  'NOT_FOUND',
  'TOO_MANY_REQUESTS',
] as const;
export type UserFacingCode = (typeof USER_FACING_CODES)[number];

export type UiErrorCode = UserFacingCode | 'INTERNAL_SERVER_ERROR' | 'NETWORK' | 'UNKNOWN' | 'VALIDATION';

export interface FieldProblem {
  field: string;
  message: string;
}

/** What a page shows for a failed operation or a form that does not validate. */
export interface UiError {
  code: UiErrorCode;
  message: string;
  fields: FieldProblem[];
  requestId?: string;
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

function fromGraphQLError(graphQLError: GraphQLFormattedError, t: TFunction): UiError {
  const extensions = graphQLError.extensions ?? {};
  const code = extensions['code'];
  const requestId = typeof extensions['requestId'] === 'string' ? extensions['requestId'] : undefined;
  if (isUserFacingCode(code)) {
    return { code, message: graphQLError.message, fields: readFields(extensions['fields']) };
  }
  if (code === 'INTERNAL_SERVER_ERROR') {
    return { code, message: t('errors.internal'), fields: [], ...(requestId ? { requestId } : {}) };
  }
  // Schema mismatches, refused over-costly queries and the like: nothing a user can act on.
  return { code: 'UNKNOWN', message: t('errors.unexpected'), fields: [], ...(requestId ? { requestId } : {}) };
}

/**
 * The one mapping from an Apollo error to what the user reads: the server's own (Swedish) message
 * for the domain codes, a translated generic message for everything else, and per-field messages
 * from `extensions.fields`.
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
