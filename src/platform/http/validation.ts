import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem } from '../../shared-kernel/domain-error';
import { HttpProblem } from './problem';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const error of errors) {
    const field = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      const english = constraint === 'whitelistValidation' ? `${field} is not a known field: remove it` : message.replace(/^property /, '');
      out.push({ field, code: constraint, message: english });
    }
    if (error.children?.length) out.push(...flatten(error.children, field));
  }
  return out;
}

// Request bodies of this API nest a few levels; the limit only has to stop abuse.
const MAX_NESTING = 32;

/** Walks without recursion, so the check itself cannot overflow the stack it protects. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node)) pending.push([child, depth + 1]);
  }
  return false;
}

/**
 * class-transformer recurses once per level of nesting, so a deeply nested body would overflow the stack
 * (a 500) before any validator ran; it is refused as bad input first.
 */
class BoundedValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (nestsDeeperThan(value, MAX_NESTING)) {
      const message = `nests objects or arrays more than ${MAX_NESTING} levels deep`;
      return Promise.reject(new HttpProblem(400, 'TOO_DEEPLY_NESTED', `The request ${metadata.type} ${message}.`, [{ field: `(${metadata.type})`, code: 'maxNesting', message }]));
    }
    return super.transform(value, metadata);
  }
}

/** Unknown fields are refused, not silently dropped: a typo in a field name must not lose data. */
export function validationPipe(): ValidationPipe {
  return new BoundedValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flatten(errors);
      const body = fieldErrors.length === 0 ? [{ field: '(body)', code: 'isObject', message: 'the body must be a JSON object' }] : fieldErrors;
      return new HttpProblem(
        400,
        'VALIDATION_FAILED',
        `Some fields are invalid: ${[...new Set(body.map((e) => e.field))].join(', ')}. See errors[] for how to fix each.`,
        body,
        {},
        { fields: [...new Set(body.map((e) => e.field))].join(', ') },
      );
    },
  });
}
