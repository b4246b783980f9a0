/**
 * How a broken rule is reported. The domain layer throws these; the HTTP layer turns them into
 * problem+json with the status of the kind and the stable `code`.
 */
export type DomainErrorKind = 'validation' | 'unauthenticated' | 'not-found' | 'conflict' | 'forbidden' | 'rule';

export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldProblem[] = [],
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static validation(field: string, code: string, message: string): DomainError {
    return new DomainError('validation', code, message, [{ field, code, message }]);
  }

  static notFound(what: string, id: string): DomainError {
    return new DomainError('not-found', 'NOT_FOUND', `${what} ${id} does not exist or is not visible to you.`, [], { what, id });
  }

  static conflict(code: string, message: string, field?: string): DomainError {
    return new DomainError('conflict', code, message, field ? [{ field, code, message }] : []);
  }

  static forbidden(message = 'You may not access this object.'): DomainError {
    return new DomainError('forbidden', 'FORBIDDEN', message);
  }

  static rule(code: string, message: string, field?: string): DomainError {
    return new DomainError('rule', code, message, field ? [{ field, code, message }] : []);
  }
}
