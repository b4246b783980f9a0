/**
 * Attendance benchmark (not a test): imports 1,000,000 clock events through the HTTP import route and
 * classifies one month for 10,000 employees through the public facade, each beside its floor measured in the
 * same run on the same data — a COPY of the same rows, and one hand-written SQL computing each employee-day's
 * first IN / last OUT and minutes late. Run with `npm run bench:attendance`; see docs/benchmarks.md.
 */
import { POSITION_KELAS_FROM_THE_START } from './month-of-work';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createApp } from '../src/bootstrap';
import { AttendanceFacade } from '../src/modules/attendance/public/attendance.facade';
import { IdentityFacade } from '../src/modules/identity/public/identity.facade';
import { loadConfig } from '../src/platform/config/app-config';
import { runMigrations } from '../src/platform/database/data-source';
import { startEmbeddedPostgres } from '../src/platform/database/embedded-postgres';

const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 10_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 10_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 2);
const MONTH = '2026-06';
const UNITS = 100;
const ADMIN = { username: 'bench.admin', password: 'Bench-Passw0rd-123' };

/** Deterministic pseudo-random numbers, so every run works on the same data. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Weekdays going back from the end of MONTH, newest first. */
function weekdaysBackFrom(last: string, count: number): string[] {
  const out: string[] = [];
  for (let d = new Date(`${last}T00:00:00Z`); out.length < count; d = new Date(d.getTime() - 86_400_000)) {
    const dow = d.getUTCDay();
    if (dow !== 0 && dow !== 6) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

interface Row {
  nip: string;
  employeeId: string;
  at: string;
  direction: 'IN' | 'OUT' | null;
}

function generateEvents(employees: Array<{ id: string; nip: string }>): Row[] {
  const perEmployee = Math.ceil(EVENTS / employees.length);
  const days = weekdaysBackFrom(`${MONTH}-30`, Math.ceil(perEmployee / 2));
  const random = prng(42);
  const rows: Row[] = [];
  for (const e of employees) {
    for (const date of days) {
      if (rows.length >= EVENTS) break;
      // Mostly on time, some late, a few leaving early; one device in ten does not know the direction.
      const inMinute = 7 * 60 + Math.floor(random() * 75);
      const outMinute = 15 * 60 + 45 + Math.floor(random() * 90);
      const typed = random() > 0.1;
      const second = Math.floor(random() * 60);
      rows.push({ nip: e.nip, employeeId: e.id, at: `${date}T${pad(Math.floor(inMinute / 60))}:${pad(inMinute % 60)}:${pad(second)}+07:00`, direction: typed ? 'IN' : null });
      if (rows.length >= EVENTS) break;
      rows.push({ nip: e.nip, employeeId: e.id, at: `${date}T${pad(Math.floor(outMinute / 60))}:${pad(outMinute % 60)}:${pad(second)}+07:00`, direction: typed ? 'OUT' : null });
    }
  }
  return rows;
}

/** Organisation data straight into its tables: the benchmark measures attendance, not HR data entry. */
async function seedOrganization(db: Client): Promise<Array<{ id: string; nip: string }>> {
  const rootId = randomUUID();
  await db.query(`INSERT INTO organization.units (id, code, name, type, parent_id, time_zone, path) VALUES ($1, 'ROOT', 'Root', 'MINISTRY', NULL, 'Asia/Jakarta', $2)`, [
    rootId,
    `/${rootId}/`,
  ]);
  const units = Array.from({ length: UNITS }, (_, i) => ({ id: randomUUID(), code: `U${i}`, staff: randomUUID() }));
  await db.query(
    `INSERT INTO organization.units (id, code, name, type, parent_id, time_zone, path)
     SELECT id, code, 'Unit ' || code, 'ESELON_III', $3::uuid, 'Asia/Jakarta', '/' || $3::text || '/' || id || '/' FROM unnest($1::uuid[], $2::text[]) AS t(id, code)`,
    [units.map((u) => u.id), units.map((u) => u.code), rootId],
  );
  await db.query(
    `INSERT INTO organization.positions (id, code, name, kind, kelas, unit_id) SELECT p, 'S-' || c, 'Staff ' || c, 'PELAKSANA', 7, u FROM unnest($1::uuid[], $2::text[], $3::uuid[]) AS t(p, c, u)`,
    [units.map((u) => u.staff), units.map((u) => u.code), units.map((u) => u.id)],
  );
  await db.query(POSITION_KELAS_FROM_THE_START);
  // NIP: birth date (one per thousand employees), appointment month 2009-07, sex 1, sequence.
  const employees = Array.from({ length: EMPLOYEES }, (_, i) => {
    const birth = new Date(Date.UTC(1980, 0, 1 + Math.floor(i / 1000))).toISOString().slice(0, 10).replace(/-/g, '');
    return { id: randomUUID(), nip: `${birth}2009071${pad(i % 1000, 3)}` };
  });
  await db.query(
    `INSERT INTO organization.employees (id, nip, name, birth_date, sex) SELECT id, nip, 'Employee ' || nip, '1985-07-14', 'MALE' FROM unnest($1::uuid[], $2::text[]) AS t(id, nip)`,
    [employees.map((e) => e.id), employees.map((e) => e.nip)],
  );
  await db.query(
    `INSERT INTO organization.employee_statuses (id, employee_id, status, effective_date) SELECT gen_random_uuid(), id, 'PNS', '2015-01-01' FROM unnest($1::uuid[]) AS t(id)`,
    [employees.map((e) => e.id)],
  );
  await db.query(
    `INSERT INTO organization.assignments (id, employee_id, position_id, type, start_date) SELECT gen_random_uuid(), e, p, 'DEFINITIVE', '2020-01-01' FROM unnest($1::uuid[], $2::uuid[]) AS t(e, p)`,
    [employees.map((e) => e.id), employees.map((_, i) => units[i % UNITS].staff)],
  );
  await db.query(`INSERT INTO organization.holidays (id, date, name) VALUES (gen_random_uuid(), '2026-06-16', 'Tahun Baru Islam')`);
  return employees;
}

async function copyFloor(db: Client, rows: Row[]): Promise<number> {
  await db.query(`CREATE TABLE attendance.clock_events_floor (LIKE attendance.clock_events INCLUDING ALL)`);
  const started = process.hrtime.bigint();
  const lines = function* () {
    for (let i = 0; i < rows.length; i += 10_000) {
      yield rows
        .slice(i, i + 10_000)
        .map((r) => `${r.employeeId}\t${r.at}\t${r.direction ?? '\\N'}\tIMPORT\n`)
        .join('');
    }
  };
  await pipeline(Readable.from(lines()), db.query(copyFrom(`COPY attendance.clock_events_floor (employee_id, at, direction, source) FROM STDIN`)));
  return Number(process.hrtime.bigint() - started) / 1e9;
}

async function postBatches(baseUrl: string, token: string, rows: Row[]): Promise<{ seconds: number; accepted: number; duplicates: number; rejected: number }> {
  const batches: string[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    batches.push(JSON.stringify(rows.slice(i, i + BATCH).map((r) => (r.direction ? { nip: r.nip, at: r.at, direction: r.direction } : { nip: r.nip, at: r.at }))));
  }
  const totals = { accepted: 0, duplicates: 0, rejected: 0 };
  let next = 0;
  const started = process.hrtime.bigint();
  const worker = async () => {
    while (next < batches.length) {
      const body = batches[next++];
      const res = await fetch(`${baseUrl}/api/v1/attendance/clock-events/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
      if (res.status !== 200) throw new Error(`import failed: ${res.status} ${await res.text()}`);
      const report = (await res.json()) as { accepted: number; duplicates: number; rejected: unknown[] };
      totals.accepted += report.accepted;
      totals.duplicates += report.duplicates;
      totals.rejected += report.rejected.length;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, ...totals };
}

/** The least work a classification must do: each employee-day's first IN, last OUT and minutes late, in SQL. */
async function classificationFloor(db: Client): Promise<{ seconds: number; rows: number }> {
  const started = process.hrtime.bigint();
  const res = await db.query(
    `SELECT employee_id, count(*) AS days, sum(late) AS late_minutes
       FROM (SELECT employee_id, (at AT TIME ZONE 'Asia/Jakarta')::date AS d,
                    greatest(0, floor(extract(epoch FROM min(at) - (((at AT TIME ZONE 'Asia/Jakarta')::date + time '07:30') AT TIME ZONE 'Asia/Jakarta')) / 60)) AS late,
                    max(at) AS last_out
               FROM attendance.clock_events
              WHERE at >= '2026-06-01T00:00:00+07:00' AND at < '2026-07-01T00:00:00+07:00'
              GROUP BY employee_id, (at AT TIME ZONE 'Asia/Jakarta')::date) days
      GROUP BY employee_id`,
  );
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, rows: res.rowCount ?? 0 };
}

async function main(): Promise<void> {
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const dataDir = path.join(os.tmpdir(), `e-performance-bench-${process.pid}`);
  const cluster = process.env.DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir });
  const adminUrl = process.env.DATABASE_URL ?? cluster!.urlFor('postgres');
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const dbName = `eperformance_bench_${process.pid}`;
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const dbUrl = url.toString();
  try {
    await runMigrations(dbUrl);
    const db = new Client({ connectionString: dbUrl });
    // Dropping the database at the end ends this session too; that is not an error worth crashing on.
    db.on('error', () => undefined);
    await db.connect();
    const pgVersion = (await db.query('SHOW server_version')).rows[0].server_version;
    const employees = await seedOrganization(db);
    const rows = generateEvents(employees);
    console.log(`seeded ${employees.length} employees; generated ${rows.length} events`);

    const config = loadConfig({
      DATABASE_URL: dbUrl,
      JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256',
      LOG_LEVEL: 'warn',
      BACKGROUND_JOBS: 'off',
      ADMIN_USERNAME: ADMIN.username,
      ADMIN_PASSWORD: ADMIN.password,
    });
    const app = await createApp(config, dbUrl);
    await app.listen(0, '127.0.0.1');
    await app.get(IdentityFacade).ensureFirstAdmin(ADMIN.username, ADMIN.password);
    const baseUrl = await app.getUrl();
    const login = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
    const token = ((await login.json()) as { accessToken: string }).accessToken;

    const floorSeconds = await copyFloor(db, rows);
    const imported = await postBatches(baseUrl.replace('[::1]', '127.0.0.1'), token, rows);
    const reimport = await postBatches(baseUrl.replace('[::1]', '127.0.0.1'), token, rows.slice(0, 100_000));

    const facade = app.get(AttendanceFacade);
    const ids = employees.map((e) => e.id);
    await facade.monthlySummaries(ids.slice(0, 100), MONTH);
    const classified: number[] = [];
    let sample = null;
    for (let run = 0; run < 3; run++) {
      const started = process.hrtime.bigint();
      const result = await facade.monthlySummaries(ids, MONTH);
      classified.push(Number(process.hrtime.bigint() - started) / 1e9);
      sample = result.get(ids[0])!;
      if (result.size !== ids.length) throw new Error(`classified ${result.size} of ${ids.length}`);
    }
    const floors: number[] = [];
    for (let run = 0; run < 3; run++) floors.push((await classificationFloor(db)).seconds);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

    const report = {
      node: process.version,
      postgres: pgVersion,
      cpus: os.cpus().length,
      employees: employees.length,
      events: rows.length,
      batch: BATCH,
      concurrency: CONCURRENCY,
      import: {
        seconds: +imported.seconds.toFixed(2),
        eventsPerSecond: Math.round(rows.length / imported.seconds),
        accepted: imported.accepted,
        duplicates: imported.duplicates,
        rejected: imported.rejected,
      },
      reimportOf100kDuplicates: { seconds: +reimport.seconds.toFixed(2), duplicates: reimport.duplicates },
      copyFloor: { seconds: +floorSeconds.toFixed(2), eventsPerSecond: Math.round(rows.length / floorSeconds) },
      importToFloorRatio: +(floorSeconds / imported.seconds).toFixed(3),
      classification: { runsSeconds: classified.map((s) => +s.toFixed(2)), medianSeconds: +median(classified).toFixed(2) },
      classificationSqlFloor: { runsSeconds: floors.map((s) => +s.toFixed(2)), medianSeconds: +median(floors).toFixed(2) },
      classificationToFloor: +(median(classified) / median(floors)).toFixed(1),
      sampleSummary: sample,
      peakRssMiB: Math.round(peakRss / 1048576),
    };
    console.log(JSON.stringify(report, null, 2));
    await db.end();
    await app.close();
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    clearInterval(sampler);
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    await cluster?.stop();
    if (cluster) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
