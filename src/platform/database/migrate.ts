import { loadConfig } from '../config/app-config';
import { runMigrations } from './data-source';

/** `npm run migration:run`: production applies reviewed migrations as its own step, never `synchronize`. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.databaseUrl === null) {
    throw new Error('DATABASE_URL is not set: the embedded demo database migrates itself on `npm start`.');
  }
  const applied = await runMigrations(config.databaseUrl);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
