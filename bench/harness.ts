import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '../src/platform/database/data-source';
import { startEmbeddedPostgres } from '../src/platform/database/embedded-postgres';

/** A JSON call to the app under benchmark during set-up; any answer of 300 or more stops the benchmark. */
export async function api(base: string, method: string, url: string, body?: unknown, token?: string): Promise<any> {
  const res = await fetch(base + url, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (res.status >= 300) throw new Error(`${method} ${url} → ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** A throwaway embedded PostgreSQL with a migrated `bench` database, deleted when the cluster stops. */
export async function benchDatabase(label: string): Promise<{ cluster: { stop(): Promise<void> }; url: string; pgVersion: string }> {
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(os.tmpdir(), `e-performance-${label}-${process.pid}`), ephemeral: true });
  const admin = new Client({ connectionString: cluster.urlFor('postgres') });
  await admin.connect();
  await admin.query('CREATE DATABASE bench');
  const pgVersion = (await admin.query('SHOW server_version')).rows[0].server_version;
  await admin.end();
  const url = cluster.urlFor('bench');
  await runMigrations(url);
  return { cluster, url, pgVersion };
}
