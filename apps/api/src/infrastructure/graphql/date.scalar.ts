import { CustomScalar, Scalar } from '@nestjs/graphql';
import { Kind, ValueNode } from 'graphql';
import { isIsoDate } from '@modellkommuner/shared';
import { AppError } from '../errors/app-error';

/** Marker class for `@Field(() => DateOnly)`: a calendar date without time or zone. */
export class DateOnly {}

/** `Date`: a calendar date, `YYYY-MM-DD`, kept as a string end to end (no time zone can shift it). */
@Scalar('Date', () => DateOnly)
export class DateScalar implements CustomScalar<string, string> {
  description = 'Kalenderdatum, YYYY-MM-DD';

  parseValue(value: unknown): string {
    return parse(value);
  }

  serialize(value: unknown): string {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return String(value);
  }

  parseLiteral(ast: ValueNode): string {
    return parse(ast.kind === Kind.STRING ? ast.value : null);
  }
}

function parse(value: unknown): string {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  throw new AppError('BAD_USER_INPUT', `Ogiltigt datum ${JSON.stringify(value)}: ange ett datum som ÅÅÅÅ-MM-DD.`);
}
