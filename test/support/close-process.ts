/**
 * The month close as a process of its own, for the fault tests: `node -r ./test/support/swc-register.js
 * test/support/close-process.ts <databaseUrl> <month> [chunkSize]` builds the application on that database
 * (no HTTP, no background jobs), closes the month through MonthClose as HR's early close does, and exits 0
 * when the month is CLOSED. A test kills it whenever it likes.
 */
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../src/app.module';
import { MonthClose } from '../../src/modules/remuneration/application/close/month-close';
import { loadConfig } from '../../src/platform/config/app-config';

async function main(): Promise<void> {
  const [databaseUrl, month, chunkSize] = process.argv.slice(2);
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    ADMIN_USERNAME: 'close.process',
    ADMIN_PASSWORD: 'Close-Passw0rd',
    LOG_LEVEL: 'silent',
    BACKGROUND_JOBS: 'off',
  });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, databaseUrl), { logger: false });
  const { status } = await app.get(MonthClose).closeAndWait(month, chunkSize ? Number(chunkSize) : undefined);
  await app.close();
  process.stdout.write(`${status}\n`);
  process.exit(status === 'CLOSED' ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
