import * as path from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from './bootstrap';
import { seedDemoMinistry } from './demo/demo-ministry';
import { IdentityFacade } from './modules/identity/public/identity.facade';
import { AppConfig, ConfigError, loadConfig } from './platform/config/app-config';
import { runMigrations } from './platform/database/data-source';
import { EmbeddedPostgres, startEmbeddedPostgres } from './platform/database/embedded-postgres';

const DEMO_DATABASE = 'eperformance';

async function databaseUrlFor(config: AppConfig): Promise<{ url: string; embedded: EmbeddedPostgres | null }> {
  if (config.databaseUrl !== null) return { url: config.databaseUrl, embedded: null };
  console.log('DATABASE_URL is not set: starting the embedded PostgreSQL (data in .data/postgres)…');
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'postgres') });
  const { Client } = await import('pg');
  const admin = new Client({ connectionString: embedded.urlFor('postgres') });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DEMO_DATABASE]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DEMO_DATABASE}`);
  await admin.end();
  return { url: embedded.urlFor(DEMO_DATABASE), embedded };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const { url, embedded } = await databaseUrlFor(config);
  if (embedded) {
    // The demo migrates itself; production runs `npm run migration:run` as its own step.
    await runMigrations(url);
  }
  let app: NestFastifyApplication | null = null;
  const shutdown = async (signal: string) => {
    console.log(`${signal} received: shutting down`);
    await app?.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  app = await createApp(config, url);
  await app.init();
  const identity = app.get(IdentityFacade);
  if (config.adminUsername && config.adminPassword) {
    if (await identity.ensureFirstAdmin(config.adminUsername, config.adminPassword)) console.log(`Created the first HR administrator ${config.adminUsername}`);
  }
  const demoLogins = embedded ? await seedDemoMinistry(app) : [];
  await app.listen({ port: config.port, host: '0.0.0.0' });

  const base = `http://localhost:${config.port}`;
  console.log(`\ne-Performance is running. Web console: ${base}/  (API: ${base}/api/v1)`);
  console.log(`API docs: ${base}/docs  (OpenAPI JSON: ${base}/docs/openapi.json)`);
  if (demoLogins.length > 0) {
    console.log('Demo logins (in the web console, or POST /api/v1/auth/login {username, password}):');
    for (const login of demoLogins) console.log(`  ${login.role.padEnd(12)} ${login.username.padEnd(20)} ${login.password}   ${login.who}`);
    console.log('Last month is already closed; with those logins:');
    for (const login of demoLogins) for (const path of login.see ?? []) console.log(`  ${login.role.padEnd(12)} GET ${base}${path}`);
  }
}

main().catch((err: Error) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
