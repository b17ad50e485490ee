import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError, FieldProblem } from '../errors/app-error';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field: error.property, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** class-validator on every input; failures become BAD_USER_INPUT with Swedish messages per field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return new AppError('BAD_USER_INPUT', fields.map((f) => f.message).join(' ') || 'Ogiltig indata.', fields);
    },
  });
}
