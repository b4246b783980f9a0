import { EmbeddedPostgres } from '../../src/platform/database/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const cluster = (globalThis as Record<string, unknown>).__EMBEDDED_PG__ as EmbeddedPostgres | undefined;
  if (cluster) await cluster.stop();
}
