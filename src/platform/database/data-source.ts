import { types } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { allMigrations } from '../../../migrations';

// Business dates stay 'YYYY-MM-DD' strings: a JS Date would shift them by the process zone.
types.setTypeParser(1082, (value: string) => value);

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations: allMigrations,
    migrationsTableName: 'schema_migrations',
    extra: { max: 20, application_name: 'e-performance' },
  };
}

export async function runMigrations(url: string): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    const done = await ds.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
