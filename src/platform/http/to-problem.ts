import { HttpException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { DomainError, ErrorParams, FieldProblem } from '../../shared-kernel/domain-error';
import { detailFor, fieldMessageFor, titleFor } from './messages';
import { HttpProblem, Problem, PROBLEM_BASE } from './problem';

const STATUS_OF_KIND: Record<DomainError['kind'], number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  rule: 422,
};

interface Classified {
  status: number;
  code: string;
  detail: string;
  errors: FieldProblem[];
  headers: Record<string, string>;
  params: ErrorParams;
  unexpected: boolean;
}

function classify(error: unknown): Classified {
  const base = { errors: [] as FieldProblem[], headers: {}, params: {}, unexpected: false };
  if (error instanceof DomainError) {
    return { ...base, status: STATUS_OF_KIND[error.kind], code: error.code, detail: error.message, errors: error.fieldErrors, params: error.params };
  }
  if (error instanceof HttpProblem) {
    return { ...base, status: error.status, code: error.code, detail: error.message, errors: error.fieldErrors, headers: error.headers, params: error.params };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const codes: Record<number, [string, string]> = {
      401: ['UNAUTHENTICATED', 'A valid access token is required: log in and send it as "Authorization: Bearer <token>".'],
      403: ['FORBIDDEN', 'Your roles do not allow this.'],
      404: ['ROUTE_NOT_FOUND', 'There is no such route. The API is under /api/v1; see /docs.'],
      405: ['METHOD_NOT_ALLOWED', 'This route does not accept that method.'],
      413: ['PAYLOAD_TOO_LARGE', 'The request body is too large.'],
      415: ['UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json.'],
    };
    // Fastify's body-parser errors reach the filters as plain HttpExceptions; keep their meaning.
    if (status === 400 && /JSON/.test(error.message)) {
      return { ...base, status, code: 'INVALID_JSON', detail: 'The request body is not valid JSON: check quotes, commas and brackets.' };
    }
    const [code, detail] = codes[status] ?? [status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST', error.message];
    return { ...base, status, code, detail, unexpected: status >= 500 };
  }
  if (error instanceof QueryFailedError) {
    const pg = error.driverError as { code?: string; constraint?: string; detail?: string };
    if (pg.code === '23505' || pg.code === '23P01') {
      return { ...base, status: 409, code: 'CONFLICT', detail: `This conflicts with existing data (${pg.constraint ?? 'unique rule'}).` };
    }
    // 22021: text with a NUL character, which PostgreSQL cannot store; it can only have come from the request.
    if (pg.code === '22P02' || pg.code === '22007' || pg.code === '22008' || pg.code === '22003' || pg.code === '22021') {
      return { ...base, status: 400, code: 'INVALID_VALUE', detail: 'A value in the request has the wrong format.' };
    }
  }
  return { ...base, status: 500, code: 'INTERNAL_ERROR', detail: 'An internal error occurred. Report the requestId to the administrator.', unexpected: true };
}

export function toProblem(error: unknown, lang: 'en' | 'id', instance: string, requestId: string): { problem: Problem; headers: Record<string, string>; unexpected: boolean } {
  const c = classify(error);
  const problem: Problem = {
    type: `${PROBLEM_BASE}${c.code.toLowerCase().replace(/_/g, '-')}`,
    title: titleFor(c.status, lang),
    status: c.status,
    detail: detailFor(c.code, c.detail, lang, c.params),
    code: c.code,
    instance,
    requestId,
  };
  if (c.errors.length > 0) {
    problem.errors = c.errors.map((e) => ({ field: e.field, code: e.code, message: fieldMessageFor(e.code, e.message, lang, { ...c.params, field: e.field }) }));
  }
  return { problem, headers: c.headers, unexpected: c.unexpected };
}
