import { ArgumentMetadata, PipeTransform, ValidationError, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { AppError, FieldProblem } from '../errors/app-error';
import { argumentLimit, findStringProblem } from './input-guard';

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

/**
 * The global pipe every GraphQL argument passes: first the string checks of input-guard.ts (NUL, lone
 * surrogates, length ceilings) on the raw value, then class-validator; failures become BAD_USER_INPUT
 * with Swedish messages naming the field (`input.title`, `filter.subjects.2`).
 */
export class InputPipe implements PipeTransform {
  private readonly validation = new ValidationPipe({ transform: true, ...OPTIONS, exceptionFactory: (errors) => badInput(flatten(errors)) });

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // Custom parameter decorators (@CurrentContext, @CurrentViewer) carry our own objects, not client input.
    if (metadata.type === 'custom') return value;
    const name = metadata.data ?? 'input';
    const problem = findStringProblem(value, name, argumentLimit(name, value));
    if (problem) throw badInput([problem]);
    return this.validation.transform(value, metadata);
  }
}

export function createValidationPipe(): InputPipe {
  return new InputPipe();
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
