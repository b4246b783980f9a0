import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem } from '../../shared-kernel/domain-error';
import { HttpProblem } from './problem';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const error of errors) {
    const field = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      const english =
        constraint === 'whitelistValidation' ? `${field} is not a known field: remove it` : message.replace(/^property /, '');
      out.push({ field, code: constraint, message: english });
    }
    if (error.children?.length) out.push(...flatten(error.children, field));
  }
  return out;
}

/** Unknown fields are refused, not silently dropped: a typo in a field name must not lose data. */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flatten(errors);
      const body = fieldErrors.length === 0 ? [{ field: '(body)', code: 'isObject', message: 'the body must be a JSON object' }] : fieldErrors;
      return new HttpProblem(400, 'VALIDATION_FAILED', `Some fields are invalid: ${[...new Set(body.map((e) => e.field))].join(', ')}. See errors[] for how to fix each.`, body);
    },
  });
}
