import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fastifyStatic from '@fastify/static';
import { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * The web console: static ES modules served at `/` beside the API, with no build step (docs/architecture.md,
 * "The web console"). In a build, nest-cli copies `web/` next to this file's compiled output.
 */
export const CONSOLE_DIR = path.join(__dirname, 'web');

/** Preact, its hooks and htm in one ES module, shipped inside the `htm` package (whose exports hide the file from require). */
const PREACT_HTM = path.join(path.dirname(require.resolve('htm')), '..', 'preact', 'standalone.module.js');

export async function registerConsole(app: NestFastifyApplication): Promise<void> {
  // Only the files that exist get routes (no wildcard), so unknown paths keep the API's problem+json 404.
  await app.register(fastifyStatic, { root: CONSOLE_DIR, prefix: '/', wildcard: false, index: ['index.html'], decorateReply: false });
  const vendor = readFileSync(PREACT_HTM);
  app
    .getHttpAdapter()
    .getInstance()
    .get('/vendor/preact-htm.js', (_request, reply) => {
      void reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=86400').send(vendor);
    });
}
