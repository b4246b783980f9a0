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

/** Values a translated detail repeats (a field, a date, a month…), named as its template in messages.ts names them. */
export type ErrorParams = Record<string, string | number>;

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldProblem[] = [],
    readonly params: ErrorParams = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static validation(field: string, code: string, message: string, params: ErrorParams = {}): DomainError {
    return new DomainError('validation', code, message, [{ field, code, message }], { field, ...params });
  }

  static notFound(what: string, id: string): DomainError {
    return new DomainError('not-found', 'NOT_FOUND', `${what} ${id} does not exist or is not visible to you.`, [], { what, id });
  }

  static conflict(code: string, message: string, field?: string, params: ErrorParams = {}): DomainError {
    return new DomainError('conflict', code, message, field ? [{ field, code, message }] : [], params);
  }

  /**
   * Every refusal keeps the code FORBIDDEN that clients match on; `reason` names which refusal it is, so its
   * Bahasa Indonesia detail (messages.ts, `FORBIDDEN.<reason>`) says the same as the English one.
   */
  static forbidden(message = 'You may not access this object.', reason?: string, params: ErrorParams = {}): DomainError {
    return new DomainError('forbidden', 'FORBIDDEN', message, [], reason ? { reason, ...params } : params);
  }

  static rule(code: string, message: string, field?: string, params: ErrorParams = {}): DomainError {
    return new DomainError('rule', code, message, field ? [{ field, code, message }] : [], params);
  }
}
