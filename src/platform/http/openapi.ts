import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, OpenAPIObject } from '@nestjs/swagger';

/** A route whose 200 body is a file (a workbook, a CSV, a PDF), not JSON. */
export const ApiFileResponse = (description: string, ...mediaTypes: string[]) =>
  applyDecorators(ApiOkResponse({ description, content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) }));

const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem details; `code` is stable, `detail` follows Accept-Language (en or id).',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string', example: 'VALIDATION_FAILED' },
    instance: { type: 'string' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      items: { type: 'object', required: ['field', 'code', 'message'], properties: { field: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } } },
    },
  },
};

interface Operation {
  parameters?: Array<{ in: string }>;
  requestBody?: unknown;
  security?: unknown[];
  responses: Record<string, unknown>;
}

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } });

/**
 * Adds to every operation the problems it can answer, from what the operation takes: input can be invalid
 * (400), a bearer route needs a token (401) and the right roles or scope (403), a path id may name nothing
 * visible (404), a write may clash with data or a rule (409, 422), a body may be too large or not JSON (413,
 * 415). The `code` of each is listed; a route's own business codes come back in the same shape.
 */
export function describeProblems(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA } };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item as Record<string, Operation>)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const write = method !== 'get';
      const takesInput = (op.parameters?.length ?? 0) > 0 || op.requestBody !== undefined;
      const add = (status: number, description: string) => (op.responses[status] ??= problem(description));
      if (takesInput) add(400, 'Invalid input: VALIDATION_FAILED, INVALID_JSON, INVALID_VALUE, TOO_DEEPLY_NESTED or a field code of this route; errors[] names each field.');
      if (op.security?.length) {
        add(401, 'UNAUTHENTICATED: no valid access token.');
        add(403, 'FORBIDDEN: the caller lacks the role, or the object lies outside their scope.');
      }
      if (path.includes('{')) add(404, 'NOT_FOUND: the object does not exist or is not visible to the caller.');
      if (write) {
        add(409, 'A conflict with stored data: CONFLICT, MONTH_CLOSED, IDEMPOTENCY_KEY_IN_FLIGHT or a conflict code of this route.');
        add(422, 'A business rule of this route is broken (its code names which), or IDEMPOTENCY_KEY_REUSED.');
      }
      if (op.requestBody !== undefined) {
        add(413, 'PAYLOAD_TOO_LARGE: the body exceeds 5 MiB.');
        add(415, 'UNSUPPORTED_MEDIA_TYPE: the body is not in a media type this route takes.');
      }
    }
  }
  return document;
}
