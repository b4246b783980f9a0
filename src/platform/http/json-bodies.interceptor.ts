import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { HttpProblem } from './problem';

const JSON_TYPES = ['application/json'];

/**
 * A route reads JSON unless it declares other media types with `@ApiConsumes` (as the evidence upload does).
 * Fastify parses text/plain and form-encoded bodies on its own, so without this a form post reached the
 * validators as if it were JSON and came back as a puzzling list of missing fields instead of a 415.
 */
@Injectable()
export class JsonBodiesInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const header = request.headers['content-type'];
    if (header === undefined || request.body === undefined || request.body === null) return next.handle();
    const mediaType = header.split(';')[0].trim().toLowerCase();
    const accepted = this.reflector.getAllAndOverride<string[] | undefined>(DECORATORS.API_CONSUMES, [context.getHandler(), context.getClass()]) ?? JSON_TYPES;
    if (!accepted.includes(mediaType)) {
      const message = `This route takes ${accepted.join(', ')}, not ${mediaType}: send the body with that Content-Type.`;
      const params = { reason: 'ROUTE_TYPES', accepted: accepted.join(', '), mediaType };
      throw new HttpProblem(415, 'UNSUPPORTED_MEDIA_TYPE', message, [{ field: 'Content-Type', code: 'UNSUPPORTED_MEDIA_TYPE', message }], {}, params);
    }
    return next.handle();
  }
}
