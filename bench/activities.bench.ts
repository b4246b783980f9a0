import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client, Pool } from 'pg';
import { createApp } from '../src/bootstrap';
import { IdentityFacade } from '../src/modules/identity/public/identity.facade';
import { SupervisionFacade } from '../src/modules/organization/public/supervision.facade';
import { loadConfig } from '../src/platform/config/app-config';
import { addMonths, firstDayOf, lastDayOf, yearMonthOf } from '../src/shared-kernel/year-month';
import { localDateOf } from '../src/shared-kernel/zone';
import { api, benchDatabase } from './harness';
import { POSITION_KELAS_FROM_THE_START } from './month-of-work';
import { ActivitySlots, LoadJob, LoadResult } from './load-generator';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const Fastify = require('fastify');

const SUPERVISORS = 333;
const TEAM = 30;
/** Enough loggers that every POST of warm-up + runs is a distinct valid slot: 2,250 slots each. */
const LOGGERS = Number(process.env.BENCH_LOGGERS ?? 100);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** `post` or `inbox` to measure one of them only (profiling); the floors always run. */
const ONLY = process.env.BENCH_ONLY ?? '';
const ADMIN = { username: 'bench.admin', password: 'Bench-Passw0rd' };
const PASSWORD = 'Secret-Passw0rd';

/** autocannon runs in a forked child process, not in the event loop of the application it measures. */
const loadGenerator = fork(path.join(__dirname, 'load-generator.js'), [], { stdio: 'inherit', execArgv: [] });
let slot = 0;

function run(job: Omit<LoadJob, 'connections' | 'duration'> & { duration?: number }): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    loadGenerator.once('message', (m: any) => {
      if (!m.ok) return reject(new Error(m.error));
      if (job.slots) slot += m.result.used;
      resolve(m.result);
    });
    loadGenerator.send({ connections: CONNECTIONS, duration: DURATION, ...job });
  });
}

/** Median over RUNS runs after one warm-up (benchmarks.md); POST jobs take their slots where the last left off. */
async function measure(label: string, job: () => Omit<LoadJob, 'connections' | 'duration'>) {
  const withSlot = () => {
    const j = job();
    return j.slots ? { ...j, slots: { ...j.slots, start: slot } } : j;
  };
  await run({ ...withSlot(), duration: 3 });
  const results: LoadResult[] = [];
  for (let i = 0; i < RUNS; i++) results.push(await run(withSlot()));
  results.sort((a, b) => a.reqPerSec - b.reqPerSec);
  const median = results[Math.floor(results.length / 2)];
  const non2xx = results.reduce((n, r) => n + r.non2xx, 0);
  const row = { label, reqPerSec: median.reqPerSec, p50: median.p50, p99: median.p99, non2xx };
  console.log(JSON.stringify(row));
  return row;
}

async function seed(url: string, month: string, supervisorPositions: string[], unitId: string) {
  const c = new Client({ connectionString: url });
  await c.connect();
  // Staff of every supervisor post but the two the benchmark logs in to: 30 each, with a month of activities.
  await c.query(
    `WITH s AS (SELECT p.id AS sup, g AS n FROM unnest($1::uuid[]) WITH ORDINALITY p(id, o), generate_series(1, $2) g),
          pos AS (INSERT INTO organization.positions (id, code, name, kind, kelas, unit_id, parent_position_id)
                  SELECT gen_random_uuid(), 'ST-' || sup || '-' || n, 'Staff', 'PELAKSANA', 7, $3, sup FROM s RETURNING id),
          emp AS (SELECT id AS position_id, gen_random_uuid() AS employee_id, row_number() OVER () AS k FROM pos),
          e AS (INSERT INTO organization.employees (id, nip, name, birth_date, sex)
                SELECT employee_id, '19850714' || (2000 + k / 1000)::text || '07' || '1' || lpad((k % 1000)::text, 3, '0'), 'Pegawai ' || k, '1985-07-14', 'MALE' FROM emp RETURNING id),
          st AS (INSERT INTO organization.employee_statuses (id, employee_id, status, effective_date) SELECT gen_random_uuid(), employee_id, 'PNS', '2015-01-01' FROM emp)
     INSERT INTO organization.assignments (id, employee_id, position_id, type, start_date) SELECT gen_random_uuid(), employee_id, position_id, 'DEFINITIVE', '2020-01-01' FROM emp`,
    [supervisorPositions, TEAM, unitId],
  );
  await c.query(POSITION_KELAS_FROM_THE_START);
  const { rows } = await c.query(
    `INSERT INTO activity.activities (id, employee_id, date, start_time, end_time, catalog_code, minutes_per_unit, quantity, claimed_minutes, description, status, submitted_at)
     SELECT gen_random_uuid(), a.employee_id, d::date, s.st, s.en, 'LAP', 60, 2, 120, 'Menyusun laporan', 'SUBMITTED', now()
       FROM organization.assignments a
       CROSS JOIN generate_series($1::date, $2::date, '1 day') d
       CROSS JOIN (VALUES ('08:00', '10:00'), ('10:00', '12:00')) s(st, en)
      WHERE extract(isodow FROM d) < 6
     RETURNING 1`,
    [firstDayOf(month), lastDayOf(month)],
  );
  const count = (await c.query(`SELECT count(*)::int AS n FROM organization.employees`)).rows[0].n;
  await c.query('ANALYZE');
  await c.end();
  return { employees: count, activities: rows.length };
}

async function main() {
  const { cluster, url, pgVersion } = await benchDatabase('bench');
  const port = 3900 + (process.pid % 50);
  const config = loadConfig({
    DATABASE_URL: url,
    JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256',
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'silent',
    BACKGROUND_JOBS: 'off',
  });
  const app = await createApp(config, url);
  await app.init();
  await app.get(IdentityFacade).ensureFirstAdmin(ADMIN.username, ADMIN.password);
  await app.listen({ port, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${port}/api/v1`;

  const hr = (await api(base, 'POST', '/auth/login', ADMIN)).accessToken;
  const unit = await api(base, 'POST', '/units', { code: 'KEMENSOS', name: 'Kementerian Sosial', type: 'MINISTRY', parentId: null, timeZone: 'Asia/Jakarta', isSatker: true }, hr);
  const top = await api(base, 'POST', '/positions', { code: 'SEKJEN', name: 'Sekjen', kind: 'JPT_MADYA', kelas: 17, unitId: unit.id, parentPositionId: null }, hr);
  const supervisorPositions: string[] = [];
  for (let i = 0; i < SUPERVISORS; i++) {
    supervisorPositions.push(
      (await api(base, 'POST', '/positions', { code: `KASI-${i}`, name: `Kasi ${i}`, kind: 'PENGAWAS', kelas: 9, unitId: unit.id, parentPositionId: top.id }, hr)).id,
    );
  }
  await api(base, 'POST', '/activity-catalog', { code: 'LAP', name: 'Menyusun laporan', outputUnit: 'laporan', minutesPerUnit: 60 }, hr);
  await api(base, 'POST', '/activity-catalog', { code: 'MIN', name: 'Tugas satu menit', outputUnit: 'tugas', minutesPerUnit: 1 }, hr);

  const today = localDateOf(new Date(), 'Asia/Jakarta');
  const month = addMonths(yearMonthOf(today), -1);
  const t0 = Date.now();
  const loaded = await seed(url, month, supervisorPositions.slice(2), unit.id);
  const seedSeconds = (Date.now() - t0) / 1000;

  let sequence = 0;
  const person = async (name: string, positionId: string) => {
    const nip = `199001012015011${String(++sequence).padStart(3, '0')}`;
    const e = await api(base, 'POST', '/employees', { nip, name, status: 'PNS', statusSince: '2015-01-01', password: PASSWORD }, hr);
    await api(base, 'POST', `/employees/${e.id}/assignments`, { positionId, type: 'DEFINITIVE', startDate: '2020-01-01' }, hr);
    return { id: e.id as string, token: (await api(base, 'POST', '/auth/login', { username: nip, password: PASSWORD })).accessToken as string };
  };
  // The inbox supervisor heads a team of 30 seeded staff, moved under the first post.
  const c = new Client({ connectionString: url });
  await c.connect();
  await c.query(`UPDATE organization.positions SET parent_position_id = $1 WHERE id IN (SELECT id FROM organization.positions WHERE parent_position_id = $2 LIMIT ${TEAM})`, [
    supervisorPositions[0],
    supervisorPositions[2],
  ]);
  const supervisor = await person('Kasi Bench', supervisorPositions[0]);
  const loggers: Array<{ id: string; token: string }> = [];
  for (let i = 0; i < LOGGERS; i++) {
    const pos = await api(
      base,
      'POST',
      '/positions',
      { code: `LOG-${i}`, name: 'Staff', kind: 'PELAKSANA', kelas: 7, unitId: unit.id, parentPositionId: supervisorPositions[1] },
      hr,
    );
    loggers.push(await person(`Logger ${i}`, pos.id));
  }
  const team = (
    await c.query(`SELECT a.employee_id FROM organization.assignments a JOIN organization.positions p ON p.id = a.position_id WHERE p.parent_position_id = $1`, [
      supervisorPositions[0],
    ])
  ).rows.map((r) => r.employee_id);
  if (process.env.BENCH_EXPLAIN) {
    // The inbox's page query over the supervision intervals, next to the floor's SELECT (benchmarks.md: EXPLAIN first).
    const intervals = await app.get(SupervisionFacade).supervisionIntervals(supervisor.id);
    const explain = async (label: string, sql: string, params: unknown[]) =>
      console.log(`EXPLAIN ${label}\n` + (await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)).rows.map((r) => r['QUERY PLAN']).join('\n'));
    await explain(
      'inbox page',
      `SELECT a.* FROM activity.activities a JOIN unnest($1::uuid[], $2::date[], $3::date[]) AS s(employee_id, from_date, to_date)
         ON a.employee_id = s.employee_id AND a.date BETWEEN s.from_date AND s.to_date WHERE a.status = 'SUBMITTED' ORDER BY a.date, a.id LIMIT 101`,
      [intervals.map((i) => i.employeeId), intervals.map((i) => i.from), intervals.map((i) => i.to ?? 'infinity')],
    );
    await explain('floor SELECT', `SELECT * FROM activity.activities WHERE employee_id = ANY($1::uuid[]) AND status = 'SUBMITTED' ORDER BY date, id LIMIT 101`, [team]);
  }
  await c.end();

  // POST /activities: every request a distinct one-minute slot (LOGGERS employees × 5 past days × 450 minutes).
  const slots = (withToken: boolean): ActivitySlots => ({ loggers, today, start: 0, withToken });
  const none = { label: '', reqPerSec: NaN, p50: NaN, p99: NaN, non2xx: 0 };
  const post = ONLY === 'inbox' ? none : await measure('POST /activities', () => ({ url: `${base}/activities`, method: 'POST', slots: slots(true) }));
  const inboxUrl = `${base}/supervision/activities?status=SUBMITTED`;
  const inbox = ONLY === 'post' ? none : await measure('GET /supervision/activities', () => ({ url: inboxUrl, headers: { authorization: `Bearer ${supervisor.token}` } }));
  const sample = await api(base, 'GET', '/supervision/activities?status=SUBMITTED', undefined, supervisor.token);
  await app.close();

  // Floors: bare Fastify + pg doing the same single INSERT, and the same SELECT of the team's pending activities.
  const pool = new Pool({ connectionString: url, max: 20 });
  const floor = Fastify();
  floor.post('/insert', async (req: any) => {
    const b = req.body;
    const id = randomUUID();
    await pool.query(
      `INSERT INTO activity.activities (id, employee_id, date, start_time, end_time, catalog_code, minutes_per_unit, quantity, claimed_minutes, description, status, submitted_at)
       VALUES ($1, $2, $3, $4, $5, 'MIN', 1, 1, 1, $6, 'SUBMITTED', now())`,
      [id, loggers[0].id, b.date, b.startTime, b.endTime, b.description],
    );
    return { id, status: 'SUBMITTED', claimedMinutes: 1 };
  });
  floor.get(
    '/inbox',
    async () => (await pool.query(`SELECT * FROM activity.activities WHERE employee_id = ANY($1::uuid[]) AND status = 'SUBMITTED' ORDER BY date, id LIMIT 101`, [team])).rows,
  );
  await floor.listen({ port: port + 1, host: '127.0.0.1' });
  const floorPost = await measure('floor: bare Fastify + pg INSERT', () => ({ url: `http://127.0.0.1:${port + 1}/insert`, method: 'POST', slots: slots(false) }));
  const floorInbox = await measure('floor: bare Fastify + pg SELECT', () => ({ url: `http://127.0.0.1:${port + 1}/inbox` }));
  await floor.close();
  await pool.end();
  await cluster.stop();
  loadGenerator.disconnect();

  const ratio = (a: number, b: number) => `${Math.round((a / b) * 1000) / 10} %`;
  console.log('\nmachine:', `${os.cpus().length} cores`, `${Math.round(os.totalmem() / 2 ** 30)} GiB`, `node ${process.version}`, `PostgreSQL ${pgVersion}`);
  console.log(
    `loaded: ${loaded.employees} employees, ${loaded.activities} activities of ${month} in ${seedSeconds.toFixed(1)} s; inbox team ${team.length}, first page ${sample.items.length} items`,
  );
  console.log(`| benchmark | req/s (median of ${RUNS}) | p50 ms | p99 ms | non-2xx | floor req/s | ratio to floor |`);
  console.log(`|---|---|---|---|---|---|---|`);
  console.log(`| POST /activities | ${post.reqPerSec} | ${post.p50} | ${post.p99} | ${post.non2xx} | ${floorPost.reqPerSec} | ${ratio(post.reqPerSec, floorPost.reqPerSec)} |`);
  console.log(
    `| GET /supervision/activities | ${inbox.reqPerSec} | ${inbox.p50} | ${inbox.p99} | ${inbox.non2xx} | ${floorInbox.reqPerSec} | ${ratio(inbox.reqPerSec, floorInbox.reqPerSec)} |`,
  );
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
