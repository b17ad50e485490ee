import { Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError } from './app-error';

const logger = new Logger('GraphQL');

/** Codes Apollo itself produces before resolvers run; their messages are safe to show. */
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * The one mapping from thrown errors to what clients see. Domain errors keep their code and
 * Swedish message; anything unexpected becomes INTERNAL_SERVER_ERROR with a request id, and its
 * details go to the log only.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: { production: boolean; requestId?: () => string | undefined },
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { ...original.extensions } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && APOLLO_CODES.has(code)) {
    return options.production ? { ...formatted, extensions: { code } } : formatted;
  }
  const requestId = options.requestId?.() ?? randomId();
  logger.error(`[${requestId}] ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`);
  return {
    message: 'Ett oväntat fel inträffade. Försök igen, och kontakta supporten om felet kvarstår.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}

function randomId(): string {
  return Math.random().toString(36).slice(2, 10);
}
