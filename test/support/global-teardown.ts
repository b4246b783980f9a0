import { EmbeddedPostgres } from '../../src/platform/database/embedded-postgres';
import { CHROMIUM, HAS_CHROMIUM } from '../browser/chromium';

export default async function globalTeardown(): Promise<void> {
  const cluster = (globalThis as Record<string, unknown>).__EMBEDDED_PG__ as EmbeddedPostgres | undefined;
  if (cluster) await cluster.stop();
  // After Jest's summary, so it is among the run's last lines; .ci/run fails the run in that case.
  if (!HAS_CHROMIUM) console.error(`\nBrowser tests SKIPPED: Chromium was not found at ${CHROMIUM}. Install it with: apt-get install -y chromium\n`);
}
