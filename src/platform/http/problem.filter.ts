import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { languageOf } from './messages';
import { HttpProblem } from './problem';
import { toProblem } from './to-problem';

const logger = new Logger('Problem');

function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { problem, headers, unexpected } = toProblem(error, languageOf(request.headers['accept-language']), request.url, String(request.id));
  if (unexpected) logger.error({ err: error, requestId: request.id }, (error as Error)?.stack ?? String(error));
  void reply.status(problem.status).headers(headers).header('content-type', 'application/problem+json; charset=utf-8').send(problem);
}

/** Every error leaves as application/problem+json; a 5xx is logged with its stack and never shows internals. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(error, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
  }
}

/**
 * Fastify's router rejects a badly percent-encoded URL or an over-long path parameter itself, before
 * any route (and so any Nest filter) is reached; this `frameworkErrors` hook keeps those answers problems too.
 */
export function frameworkProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const problem =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new HttpProblem(414, 'URI_TOO_LONG', 'A path segment of the URL is too long: ids are UUIDs of 36 characters.')
      : new HttpProblem(400, 'INVALID_URL', 'The URL is not valid: check its percent-encoding (a literal % is written %25).');
  sendProblem(problem, request, reply);
}
