import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { Actor } from '../auth/actor';
import { languageOf } from '../http/messages';
import { requestContext } from './request-context';

/** Runs the handler inside a request context, after the guards have identified the caller. */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: Actor }>();
    const ctx = { requestId: String(request.id), actor: request.user ?? null, language: languageOf(request.headers['accept-language']) };
    return new Observable((subscriber) => requestContext.run(ctx, () => next.handle().subscribe(subscriber)));
  }
}
