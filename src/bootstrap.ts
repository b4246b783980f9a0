import { randomUUID } from 'node:crypto';
import { NestApplicationOptions } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from '@fastify/helmet';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { registerConsole } from './console/console-assets';
import { AppConfig } from './platform/config/app-config';
import { describeProblems } from './platform/http/openapi';
import { frameworkProblem } from './platform/http/problem.filter';
import { validationPipe } from './platform/http/validation';
import { Metrics } from './platform/metrics/metrics';
import { createRootLogger, NestPinoLogger } from './platform/logging/logger';

export const API_PREFIX = 'api/v1';

/** The Fastify adapter and Nest options every way of building the application shares. */
export function httpPlatform(config: AppConfig): { adapter: FastifyAdapter; options: NestApplicationOptions } {
  const rootLogger = createRootLogger(config.logLevel);
  const adapter = new FastifyAdapter({
    loggerInstance: rootLogger,
    bodyLimit: 5 * 1024 * 1024,
    trustProxy: config.trustProxy,
    frameworkErrors: frameworkProblem,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    },
  });
  return { adapter, options: { logger: new NestPinoLogger(rootLogger), abortOnError: false } };
}

/** Builds the HTTP application; `main.ts` and the end-to-end tests share it, so tests exercise what runs. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestFastifyApplication> {
  const { adapter, options } = httpPlatform(config);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, options);
  await configureApp(app);
  return app;
}

/** Prefix, validation, request ids and OpenAPI: the same whether the module was built by Nest or by a test. */
export async function configureApp(app: NestFastifyApplication): Promise<void> {
  // The API docs page runs Swagger UI's inline bootstrap script and styles; the console loads only its own
  // modules from this origin.
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: [`'self'`],
        styleSrc: [`'self'`, `'unsafe-inline'`],
        imgSrc: [`'self'`, 'data:'],
        scriptSrc: [`'self'`, `'unsafe-inline'`],
        upgradeInsecureRequests: null,
      },
    },
  });
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health/live', 'health/ready', 'metrics'] });
  app.useGlobalPipes(validationPipe());
  await registerConsole(app);

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // Only a page served over https may ask for its requests upgraded: over plain http (the console opened at
    // http://192.168.x.y:3000/ from a phone on the LAN) the browser would fetch every script by https from a
    // server that speaks none. https is the socket's, or a trusted proxy's X-Forwarded-Proto (TRUST_PROXY),
    // the same test the session cookies' Secure flag makes.
    const csp = reply.getHeader('content-security-policy');
    if (request.protocol === 'https' && typeof csp === 'string') reply.header('content-security-policy', `${csp};upgrade-insecure-requests`);
  });
  const metrics = app.get(Metrics);
  fastify.addHook('onResponse', async (request, reply) => {
    metrics.observe(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
  });

  const document = describeProblems(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('e-Performance API')
        .setDescription(
          'Performance management and performance allowance (tunjangan kinerja) for the civil service. ' +
            'Errors are RFC 9457 application/problem+json with a stable `code`; send `Accept-Language: id` for Bahasa Indonesia.',
        )
        .setVersion('1')
        .addBearerAuth()
        .build(),
    ),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json', useGlobalPrefix: false });
}
