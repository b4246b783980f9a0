import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { languageOf } from './messages';
import { toProblem } from './to-problem';

/** Every error leaves as application/problem+json; a 5xx is logged with its stack and never shows internals. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const { problem, headers, unexpected } = toProblem(error, languageOf(request.headers['accept-language']), request.url, String(request.id));
    if (unexpected) this.logger.error({ err: error, requestId: request.id }, (error as Error)?.stack ?? String(error));
    void reply.status(problem.status).headers(headers).header('content-type', 'application/problem+json; charset=utf-8').send(problem);
  }
}
