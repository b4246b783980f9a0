import { ErrorParams, FieldProblem } from '../../shared-kernel/domain-error';

/** An RFC 9457 problem document with this API's stable `code` and field errors. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: FieldProblem[];
}

export const PROBLEM_BASE = 'https://e-performance.kemensos.go.id/problems/';

/** Raised by the HTTP layer (validation, throttling…) where no domain rule is involved. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldProblem[] = [],
    readonly headers: Record<string, string> = {},
    readonly params: ErrorParams = {},
  ) {
    super(message);
  }
}
