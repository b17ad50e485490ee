import { ValidationError, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { AppError, FieldProblem } from '../errors/app-error';

/** class-validator errors as field problems named by their path in the input ("startupMeeting.title"). */
function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

function badInput(fields: FieldProblem[]): AppError {
  return new AppError('BAD_USER_INPUT', fields.map((f) => f.message).join(' ') || 'Ogiltig indata.', fields);
}

const OPTIONS = { whitelist: true, forbidUnknownValues: false } as const;

/** class-validator on every input; failures become BAD_USER_INPUT with Swedish messages per field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({ transform: true, ...OPTIONS, exceptionFactory: (errors) => badInput(flatten(errors)) });
}

/**
 * The global pipe does not look inside list arguments (`members: [WorkingGroupMemberInput!]!`), so
 * resolvers taking one validate it here: transformed (trimmed) items back, or BAD_USER_INPUT naming
 * each problem as `members.0.email`.
 */
export async function validateList<T extends object>(cls: new () => T, items: readonly unknown[], field: string): Promise<T[]> {
  const instances = items.map((item) => plainToInstance(cls, item));
  const problems = (await Promise.all(instances.map((instance) => validate(instance, OPTIONS)))).flatMap((errors, i) => flatten(errors, `${field}.${i}`));
  if (problems.length) throw badInput(problems);
  return instances;
}
