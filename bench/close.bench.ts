/**
 * Month-close benchmark (not a test): the close of 10,000 and 100,000 employees, each with a month of clock
 * events, absences, permits, activities with reviews and a rating (bench/month-of-work.ts, loaded set-based),
 * beside a hand-written set-based SQL floor computing the same per-employee aggregates (day codes, late and
 * early minutes, leave, approved and pending activity minutes, the rating) over the same tables in the same
 * run. The close runs in a child process (the application without HTTP, closing the month through MonthClose
 * as HR's early close does), so its wall time and peak RSS are the application's own. Run with
 * `npm run bench:close`; see docs/benchmarks.md. Knobs: BENCH_SIZES (10000,100000), BENCH_FLOOR_RUNS (3),
 * BENCH_CPU_PROF=1 (the child writes a .cpuprofile into the working directory).
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../src/app.module';
import { MonthClose } from '../src/modules/remuneration/application/close/month-close';
import { MonthlyInputs } from '../src/modules/remuneration/application/ports/monthly-inputs';
import { ActivityLoggingFacade } from '../src/modules/activity-logging/public/activity-logging.facade';
import { AttendanceFacade } from '../src/modules/attendance/public/attendance.facade';
import { WorkCalendarsFacade } from '../src/modules/organization/public/work-calendars.facade';
import { loadConfig } from '../src/platform/config/app-config';
import { runMigrations } from '../src/platform/database/data-source';
import { startEmbeddedPostgres } from '../src/platform/database/embedded-postgres';
import { loadMonthOfWork } from './month-of-work';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const FLOOR_RUNS = Number(process.env.BENCH_FLOOR_RUNS ?? 3);
const MONTH = '2026-06';

interface CloseRun {
  seconds: number;
  chunks: number;
  chunkSecondsMedian: number;
  inputsSecondsMedian: number;
  maxRssMiB: number;
  status: string;
  /** Seconds spent in each facade call the close makes, summed over the chunks, and how often it was called. */
  facadeSeconds: Record<string, { calls: number; seconds: number }>;
}

/** Times every call of the named methods of a facade instance (the close's reads, and their repeats). */
function timeCalls(target: object, name: string, into: CloseRun['facadeSeconds']): void {
  const methods = Object.getOwnPropertyNames(Object.getPrototypeOf(target)).filter((m) => m !== 'constructor' && typeof (target as any)[m] === 'function');
  for (const method of methods) {
    const original = (target as any)[method].bind(target);
    const entry = (into[`${name}.${method}`] = { calls: 0, seconds: 0 });
    (target as any)[method] = async (...args: unknown[]) => {
      const started = process.hrtime.bigint();
      try {
        return await original(...args);
      } finally {
        entry.calls++;
        entry.seconds += Number(process.hrtime.bigint() - started) / 1e9;
      }
    };
  }
}

/** The child: builds the application on the database, closes the month, reports its time and peak RSS. */
async function closeInThisProcess(databaseUrl: string): Promise<void> {
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256',
    ADMIN_USERNAME: 'bench.admin',
    ADMIN_PASSWORD: 'Bench-Passw0rd-123',
    LOG_LEVEL: 'warn',
    BACKGROUND_JOBS: 'off',
  });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, databaseUrl), { logger: ['error', 'warn'] });
  // The time each chunk spends reading its inputs through the other modules' facades.
  const inputs = app.get(MonthlyInputs);
  const of = inputs.of.bind(inputs);
  const inputSeconds: number[] = [];
  inputs.of = async (ids, month, target) => {
    const started = process.hrtime.bigint();
    const result = await of(ids, month, target);
    inputSeconds.push(Number(process.hrtime.bigint() - started) / 1e9);
    return result;
  };
  const facadeSeconds: CloseRun['facadeSeconds'] = {};
  timeCalls(app.get(AttendanceFacade), 'attendance', facadeSeconds);
  timeCalls(app.get(ActivityLoggingFacade), 'activityLogging', facadeSeconds);
  timeCalls(app.get(WorkCalendarsFacade), 'organization', facadeSeconds);
  const started = process.hrtime.bigint();
  const { status } = await app.get(MonthClose).closeAndWait(MONTH);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await app.close();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const run: CloseRun = {
    seconds,
    chunks: inputSeconds.length,
    chunkSecondsMedian: +(seconds / Math.max(1, inputSeconds.length)).toFixed(3),
    inputsSecondsMedian: +median(inputSeconds).toFixed(3),
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    status,
    facadeSeconds: Object.fromEntries(
      Object.entries(facadeSeconds)
        .filter(([, v]) => v.calls > 0)
        .map(([k, v]) => [k, { calls: v.calls, seconds: +v.seconds.toFixed(2) }]),
    ),
  };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

function closeInChild(databaseUrl: string): Promise<CloseRun> {
  const args = [...(process.env.BENCH_CPU_PROF ? ['--cpu-prof'] : []), __filename, '--close', databaseUrl];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, TZ: 'UTC' } });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`the close exited ${code}: ${out}`));
      resolve(JSON.parse(out.trim().split('\n').at(-1)!) as CloseRun);
    });
  });
}

/**
 * The least work the close's inputs need, in one statement: per employee placed in the month, each working
 * day's first IN and last OUT, minutes late (after 07:30) and early (before 16:00, Fridays 16:30), its code
 * (approved leave, TK, TL1–TL4 unless a late-arrival permit, PSW, H), the counts and deduction percent per
 * employee, approved and pending activity minutes and unreviewed activities, and the rating's predikat.
 */
async function floor(db: Client): Promise<{ seconds: number; rows: number }> {
  const started = process.hrtime.bigint();
  const res = await db.query(
    `WITH bounds AS (SELECT $1::date AS first, ($1::date + interval '1 month' - interval '1 day')::date AS last),
     days AS (SELECT d::date AS date, extract(isodow FROM d) = 5 AS friday FROM bounds, generate_series(bounds.first, bounds.last, interval '1 day') d
               WHERE extract(isodow FROM d) <= 5 AND d::date NOT IN (SELECT date FROM organization.holidays WHERE unit_id IS NULL)),
     placed AS (SELECT DISTINCT a.employee_id FROM organization.assignments a, bounds
                 WHERE a.type = 'DEFINITIVE' AND a.start_date <= bounds.last AND (a.end_date IS NULL OR a.end_date >= bounds.first)),
     clocks AS (SELECT employee_id, (at AT TIME ZONE 'Asia/Jakarta')::date AS date,
                       min(at) FILTER (WHERE direction = 'IN') AS first_in, max(at) FILTER (WHERE direction = 'OUT') AS last_out
                  FROM attendance.clock_events, bounds
                 WHERE at >= (bounds.first::timestamp AT TIME ZONE 'Asia/Jakarta') AND at < ((bounds.last + 1)::timestamp AT TIME ZONE 'Asia/Jakarta')
                 GROUP BY 1, 2),
     leave AS (SELECT DISTINCT a.employee_id, d::date AS date FROM attendance.absences a, bounds, generate_series(greatest(a.start_date, bounds.first), least(a.end_date, bounds.last), interval '1 day') d
                WHERE a.status = 'APPROVED' AND a.start_date <= bounds.last AND a.end_date >= bounds.first),
     permitted AS (SELECT DISTINCT p.employee_id, p.date FROM attendance.permits p, bounds
                    WHERE p.status = 'APPROVED' AND p.type = 'LATE_ARRIVAL' AND p.date BETWEEN bounds.first AND bounds.last),
     employee_days AS (
       SELECT p.employee_id, l.date IS NOT NULL AS on_leave, c.first_in IS NULL AS absent, pm.date IS NOT NULL AS permitted,
              greatest(0, floor(extract(epoch FROM c.first_in - ((d.date + time '07:30') AT TIME ZONE 'Asia/Jakarta')) / 60)) AS late,
              greatest(0, floor(extract(epoch FROM ((d.date + CASE WHEN d.friday THEN time '16:30' ELSE time '16:00' END) AT TIME ZONE 'Asia/Jakarta') - c.last_out) / 60)) AS early
         FROM placed p CROSS JOIN days d
              LEFT JOIN clocks c ON c.employee_id = p.employee_id AND c.date = d.date
              LEFT JOIN leave l ON l.employee_id = p.employee_id AND l.date = d.date
              LEFT JOIN permitted pm ON pm.employee_id = p.employee_id AND pm.date = d.date),
     coded AS (
       SELECT employee_id, late, early,
              CASE WHEN on_leave THEN 'CS' WHEN absent THEN 'TK'
                   WHEN late > 0 AND NOT permitted THEN CASE WHEN late <= 30 THEN 'TL1' WHEN late <= 60 THEN 'TL2' WHEN late <= 90 THEN 'TL3' ELSE 'TL4' END
                   WHEN early > 0 THEN CASE WHEN early <= 30 THEN 'PSW1' WHEN early <= 60 THEN 'PSW2' WHEN early <= 90 THEN 'PSW3' ELSE 'PSW4' END
                   ELSE 'H' END AS code
         FROM employee_days),
     attendance AS (
       SELECT employee_id, count(*) AS working_days, count(*) FILTER (WHERE code = 'H') AS h, count(*) FILTER (WHERE code = 'TK') AS tk,
              count(*) FILTER (WHERE code = 'CS') AS cs, count(*) FILTER (WHERE code LIKE 'TL%') AS tl, count(*) FILTER (WHERE code LIKE 'PSW%') AS psw,
              coalesce(sum(late), 0) AS late_minutes, coalesce(sum(early), 0) AS early_minutes,
              sum(CASE code WHEN 'TK' THEN 5 WHEN 'TL1' THEN 0.5 WHEN 'TL2' THEN 1 WHEN 'TL3' THEN 1.25 WHEN 'TL4' THEN 1.5
                            WHEN 'PSW1' THEN 0.5 WHEN 'PSW2' THEN 1 WHEN 'PSW3' THEN 1.25 WHEN 'PSW4' THEN 1.5 ELSE 0 END) AS attendance_percent
         FROM coded GROUP BY employee_id),
     achievement AS (
       SELECT a.employee_id, sum(a.approved_minutes) AS approved_minutes, sum(a.claimed_minutes) FILTER (WHERE a.status = 'SUBMITTED') AS pending_minutes,
              count(*) FILTER (WHERE a.status = 'SUBMITTED') AS unreviewed
         FROM activity.activities a, bounds WHERE a.date BETWEEN bounds.first AND bounds.last GROUP BY a.employee_id),
     rating AS (
       SELECT DISTINCT ON (ap.employee_id) ap.employee_id, v.predikat
         FROM appraisal.appraisals ap JOIN appraisal.appraisal_versions v ON v.appraisal_id = ap.id
        WHERE ap.period = to_char($1::date, 'YYYY-MM') AND ap.period_length = 1
        ORDER BY ap.employee_id, v.number DESC)
     SELECT at.*, ac.approved_minutes, ac.pending_minutes, ac.unreviewed, r.predikat
       FROM attendance at LEFT JOIN achievement ac USING (employee_id) LEFT JOIN rating r USING (employee_id)`,
    [`${MONTH}-01`],
  );
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, rows: res.rowCount ?? 0 };
}

async function bench(): Promise<void> {
  const dataDir = path.join(os.tmpdir(), `e-performance-close-bench-${process.pid}`);
  const cluster = process.env.DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir });
  const adminUrl = process.env.DATABASE_URL ?? cluster!.urlFor('postgres');
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const results: Array<Record<string, unknown>> = [];
  let pgVersion = '';
  try {
    for (const size of SIZES) {
      const dbName = `eperformance_close_bench_${size}_${process.pid}`;
      await admin.query(`CREATE DATABASE ${dbName}`);
      const url = new URL(adminUrl);
      url.pathname = `/${dbName}`;
      const dbUrl = url.toString();
      try {
        await runMigrations(dbUrl);
        const db = new Client({ connectionString: dbUrl });
        db.on('error', () => undefined);
        await db.connect();
        pgVersion = (await db.query('SHOW server_version')).rows[0].server_version;
        const loaded = await loadMonthOfWork(db, { employees: size, month: MONTH });
        console.log(`${size} employees: loaded in ${loaded.seconds.toFixed(1)} s ${JSON.stringify(loaded.rows)}`);
        const floors: number[] = [];
        let floorRows = 0;
        for (let i = 0; i < FLOOR_RUNS; i++) {
          const f = await floor(db);
          floors.push(f.seconds);
          floorRows = f.rows;
        }
        const close = await closeInChild(dbUrl);
        const [check] = (
          await db.query(
            `SELECT (SELECT count(*)::int FROM remuneration.statements WHERE month = $1) AS statements,
                    (SELECT count(*)::int FROM platform.outbox WHERE type = 'remuneration.allowance-posted.v1') AS events`,
            [MONTH],
          )
        ).rows;
        await db.end();
        const floorMedian = [...floors].sort((a, b) => a - b)[Math.floor(floors.length / 2)];
        const result = {
          employees: size,
          loadSeconds: +loaded.seconds.toFixed(1),
          rows: loaded.rows,
          closeSeconds: +close.seconds.toFixed(2),
          employeesPerSecond: Math.round(size / close.seconds),
          peakRssMiB: close.maxRssMiB,
          chunks: close.chunks,
          inputsSecondsPerChunkMedian: close.inputsSecondsMedian,
          facadeSeconds: close.facadeSeconds,
          floorRunsSeconds: floors.map((s) => +s.toFixed(2)),
          floorMedianSeconds: +floorMedian.toFixed(2),
          floorRows,
          ratioToFloor: +(close.seconds / floorMedian).toFixed(1),
          statements: check.statements,
          events: check.events,
          status: close.status,
        };
        console.log(JSON.stringify(result));
        results.push(result);
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      }
    }
    const ten = results.find((r) => r.employees === 10_000);
    const hundred = results.find((r) => r.employees === 100_000);
    console.log(
      JSON.stringify(
        {
          node: process.version,
          postgres: pgVersion,
          cpus: os.cpus().length,
          totalMemGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
          results,
          growth100kOver10k: ten && hundred ? +((hundred.closeSeconds as number) / (ten.closeSeconds as number)).toFixed(1) : null,
        },
        null,
        2,
      ),
    );
  } finally {
    await admin.end();
    await cluster?.stop();
    if (cluster) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const main = process.argv[2] === '--close' ? closeInThisProcess(process.argv[3]) : bench();
main.catch((error) => {
  console.error(error);
  process.exit(1);
});
