import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '../../src/platform/database/data-source';
import { startEmbeddedPostgres } from '../../src/platform/database/embedded-postgres';

export const TEMPLATE_DATABASE = 'eperformance_template';

/**
 * One throwaway PostgreSQL for the run (unless DATABASE_URL points at one), migrated once into a
 * template database; every test file clones the template into a database of its own.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const cluster = await startEmbeddedPostgres({ dataDir: path.join(os.tmpdir(), `e-performance-test-${process.pid}-${Date.now()}`), ephemeral: true });
    (globalThis as Record<string, unknown>).__EMBEDDED_PG__ = cluster;
    adminUrl = cluster.urlFor('postgres');
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  await runMigrations(templateUrl.toString());
  process.env.TEST_ADMIN_DATABASE_URL = adminUrl;
}
