import type { ApolloServerPlugin } from '@apollo/server';
import { CLIENT_ERROR_CODES } from './format-error';

/** More errors than this in one answer only amplify a bad request; the rest are summarised in one line. */
export const MAX_ERRORS = 5;

/**
 * The last word on every GraphQL answer:
 * - at most MAX_ERRORS errors (a filter with 10,000 unknown fields gets five lines, not megabytes);
 * - a request that failed before anything ran, for the client's own reasons only (syntax, validation,
 *   variables), answers HTTP 400 — Apollo answers 500 for some of them (errors raised while parsing by
 *   the armour plugins, graphql-js's "Too many errors").
 * Errors are already formatted here (format-error.ts), so their codes are the client-facing ones.
 */
export function responseLimitsPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const result = response.body.singleResult;
          const errors = result.errors;
          if (!errors?.length) return Promise.resolve();
          if (errors.length > MAX_ERRORS) {
            const omitted = errors.length - MAX_ERRORS + 1;
            const first = errors[0];
            result.errors = [
              ...errors.slice(0, MAX_ERRORS - 1),
              { message: `… och ${omitted} fel till i samma fråga.`, extensions: { code: first.extensions?.code ?? 'BAD_USER_INPUT' } },
            ];
          }
          const clientOnly = result.errors!.every((e) => CLIENT_ERROR_CODES.has(String(e.extensions?.code)));
          if (clientOnly && result.data === undefined) response.http.status = 400;
          return Promise.resolve();
        },
      });
    },
  };
}
