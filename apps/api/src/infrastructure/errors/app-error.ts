import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'NOT_FOUND'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldProblem {
  field: string;
  message: string;
}

/** A domain error: its code reaches the client as `extensions.code`, its Swedish message as `message`. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldProblem[],
  ) {
    super(message, { extensions: fields ? { code, fields } : { code } });
    this.name = 'AppError';
  }
}

export const Unauthenticated = (message = 'Du behöver logga in.') => new AppError('UNAUTHENTICATED', message);
export const Forbidden = (message = 'Du har inte behörighet att göra detta.') => new AppError('FORBIDDEN', message);
export const NotFound = (message = 'Hittades inte.') => new AppError('NOT_FOUND', message);
export const Conflict = (message: string) => new AppError('CONFLICT', message);
export const TooManyRequests = (message: string) => new AppError('TOO_MANY_REQUESTS', message);
export const BadInput = (field: string, message: string) => new AppError('BAD_USER_INPUT', message, [{ field, message }]);
export const BadInputs = (fields: FieldProblem[]) =>
  new AppError('BAD_USER_INPUT', fields.map((f) => f.message).join(' '), fields);
