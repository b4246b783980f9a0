import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Public } from '../auth/decorators';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { HttpProblem } from '../http/problem';
import { Metrics } from './metrics';

/**
 * `/metrics` for the operators' Prometheus, outside the API: it answers only the scraper's static bearer
 * token (METRICS_TOKEN), and does not exist where no token is configured. A user's JWT does not open it:
 * operating the servers is not a role of the ministry's staff.
 */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const token = this.config.metricsToken;
    if (token === null) throw new HttpProblem(404, 'ROUTE_NOT_FOUND', 'This route does not exist.');
    const given = Buffer.from(authorization ?? '');
    const expected = Buffer.from(`Bearer ${token}`);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new HttpProblem(401, 'UNAUTHENTICATED', "Send the operators' metrics token as a bearer token.", [], { 'www-authenticate': 'Bearer' });
    }
    reply.header('content-type', this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }
}
