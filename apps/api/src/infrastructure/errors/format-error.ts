import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError } from './app-error';

const logger = new Logger('GraphQL');

/** Codes that say the request itself was wrong (HTTP 400 when nothing ran; see response-limits.plugin.ts). */
export const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** Longest message a client gets back: enough for any sentence of ours, never a whole echoed value. */
export const MAX_MESSAGE_LENGTH = 300;

const GENERIC_PARSE_MESSAGE = 'Frågan kunde inte tolkas (GraphQL-syntax).';
const INTERNAL_MESSAGE = 'Ett oväntat fel inträffade. Försök igen, och kontakta supporten om felet kvarstår.';

/** "Did you mean …?" lets an outsider map the schema (enum values, fields, types) without introspection. */
function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [\s\S]*\?\s*$/, '');
}

function truncate(message: string): string {
  return message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}

/**
 * A GraphQLError that graphql-js or Apollo raised about the request (parse, validation, variable coercion,
 * "Too many errors") carries no original error, or only another GraphQLError: the client's fault.
 * Anything with a non-GraphQL original error was thrown by our code while running: a fault.
 */
function clientCode(formatted: GraphQLFormattedError, error: unknown): string | undefined {
  const code = formatted.extensions?.code;
  // graphql-armor words its depth and alias refusals "Syntax Error: …" but codes them as validation.
  if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) return code;
  if (/^Syntax Error/.test(formatted.message)) return 'GRAPHQL_PARSE_FAILED';
  if (!(error instanceof GraphQLError)) return undefined;
  const original = error.originalError;
  if (original && !(original instanceof GraphQLError)) return undefined;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return undefined;
  return 'BAD_USER_INPUT';
}

/**
 * PostgreSQL's answers when two requests wrote the same thing at the same moment: a unique index caught
 * the second (23505), or the transactions could not be serialised or deadlocked (40001, 40P01). The
 * services check uniqueness first with a friendly message; only a true race gets here. It is the
 * client's to retry, not a fault: CONFLICT with a Swedish sentence.
 */
const CONCURRENCY_CODES = new Set(['23505', '40001', '40P01']);
function concurrencyConflict(original: unknown): string | null {
  const driverError = (original as { driverError?: { code?: unknown } } | null)?.driverError;
  const code = driverError?.code ?? (original as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !CONCURRENCY_CODES.has(code)) return null;
  return 'Någon annan sparade samma sak samtidigt. Hämta den senaste versionen och försök igen.';
}

/**
 * Unexpected errors are logged once each, with the request id the client sees; the same fault repeating
 * (one bug hit by a flood of requests) is logged at most once a minute, with how often it happened since.
 */
const LOG_WINDOW_MS = 60_000;
const recent = new Map<string, { at: number; suppressed: number }>();
function logFault(requestId: string, original: unknown): void {
  const text = original instanceof Error ? (original.stack ?? original.message) : String(original);
  const key = text.split('\n').slice(0, 2).join('\n');
  const now = Date.now();
  const seen = recent.get(key);
  if (seen && now - seen.at < LOG_WINDOW_MS) {
    seen.suppressed++;
    return;
  }
  if (recent.size > 1000) recent.clear();
  recent.set(key, { at: now, suppressed: 0 });
  const repeats = seen?.suppressed ? ` (samma fel ${seen.suppressed} gånger till sedan förra loggningen)` : '';
  logger.error(`[${requestId}]${repeats} ${text}`);
}

/**
 * The one mapping from thrown errors to what clients see. Domain errors keep their code and
 * Swedish message; the request's own faults (syntax, validation, variables) keep graphql-js's message,
 * shortened and without suggestions; anything unexpected becomes INTERNAL_SERVER_ERROR with a request
 * id, and its details go to the log only.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: { production: boolean; requestId?: () => string | undefined },
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return { message: truncate(original.message), path: formatted.path, locations: formatted.locations, extensions: { ...original.extensions } };
  }
  const race = concurrencyConflict(original);
  if (race) return { message: race, path: formatted.path, locations: formatted.locations, extensions: { code: 'CONFLICT' } };
  const code = clientCode(formatted, error);
  if (code) {
    const parseFault = code === 'GRAPHQL_PARSE_FAILED' && !/^Syntax Error/.test(formatted.message);
    const tokens = /more th(?:an|at) (\d+) tokens/.exec(formatted.message);
    const message = parseFault
      ? GENERIC_PARSE_MESSAGE
      : tokens
        ? `Frågan är för lång: högst ${tokens[1]} delar (tokens) är tillåtet.`
        : truncate(withoutSuggestions(formatted.message));
    const extensions = options.production ? { code } : { ...formatted.extensions, code };
    return { message, locations: formatted.locations, path: formatted.path, extensions };
  }
  const requestId = options.requestId?.() ?? randomUUID();
  logFault(requestId, original);
  return {
    message: INTERNAL_MESSAGE,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}
