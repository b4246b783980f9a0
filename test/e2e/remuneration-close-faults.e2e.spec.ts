import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import { loadMonthOfWork } from '../../bench/month-of-work';
import { AppModule } from '../../src/app.module';
import { MonthCloseJob } from '../../src/modules/remuneration/application/close/month-close.job';
import { MonthlyInputs } from '../../src/modules/remuneration/application/ports/monthly-inputs';
import { loadConfig } from '../../src/platform/config/app-config';
import { CLOCK } from '../../src/shared-kernel/clock';
import { OrgBuilder, PASSWORD } from '../support/org-builder';
import { untilClosed } from '../support/remuneration';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

/**
 * The close's faults on a real PostgreSQL: a close process killed outright, two instances at the scheduled
 * minute, and writers racing the close. Each ends with every statement and payroll event exactly once, and
 * nothing landing in the closed month after the close read it.
 */
const ROOT = path.resolve(__dirname, '../..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every statement and allowance-posted event of a month, and their duplicates (none, whatever happened). */
async function exactlyOnce(db: Client, month: string) {
  const [row] = (
    await db.query(
      `SELECT (SELECT count(*)::int FROM remuneration.statements WHERE month = $1) AS statements,
              (SELECT count(*)::int FROM (SELECT DISTINCT employee_id, month, version FROM remuneration.statements WHERE month = $1) s) AS "distinctStatements",
              (SELECT count(*)::int FROM platform.outbox WHERE type = 'remuneration.allowance-posted.v1' AND subject LIKE '%/months/' || $1) AS events,
              (SELECT count(DISTINCT subject)::int FROM platform.outbox WHERE type = 'remuneration.allowance-posted.v1' AND subject LIKE '%/months/' || $1) AS "distinctSubjects"`,
      [month],
    )
  ).rows;
  return row as { statements: number; distinctStatements: number; events: number; distinctSubjects: number };
}

/** Employees placed definitively on some day of the month: those the close owes a statement (every day of theirs pays here). */
async function placedIn(db: Client, month: string): Promise<number> {
  const [{ n }] = (
    await db.query(
      `SELECT count(DISTINCT employee_id)::int AS n FROM organization.assignments
        WHERE type = 'DEFINITIVE' AND start_date <= ($1::date + interval '1 month' - interval '1 day') AND (end_date IS NULL OR end_date >= $1::date)`,
      [`${month}-01`],
    )
  ).rows;
  return n;
}

describe('remuneration: the close process killed with SIGKILL in the middle of 10,000 employees', () => {
  const MONTH = '2026-06';
  const EMPLOYEES = 10_000;
  let t: TestApp;
  let db: Client;

  /** The close as a process of its own on the test database (test/support/close-process.ts). */
  const closeProcess = (): { child: ChildProcess; exit: Promise<number | null> } => {
    const child = spawn(process.execPath, ['-r', './test/support/swc-register.js', 'test/support/close-process.ts', t.databaseUrl, MONTH], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, exit };
  };
  const progress = async () =>
    (await db.query(`SELECT status, statement_count, progress_after FROM remuneration.periods WHERE month = $1`, [MONTH])).rows[0] as
      { status: string; statement_count: number; progress_after: string | null } | undefined;

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    // One activity a day keeps the load and the close short; attendance, leave, permits and ratings are whole.
    await loadMonthOfWork(db, { employees: EMPLOYEES, month: MONTH, activitiesPerDay: 1 });
  }, 180_000);
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('restarted, it finishes: every statement and every allowance-posted event exactly once', async () => {
    const owed = await placedIn(db, MONTH);
    expect(owed).toBe(EMPLOYEES);

    const first = closeProcess();
    // Killed once a few chunks have committed, at a moment that is most likely inside the next chunk.
    let exited = false;
    void first.exit.then(() => (exited = true));
    while (!exited && ((await progress())?.statement_count ?? 0) < 2000) await sleep(50);
    await sleep(150);
    first.child.kill('SIGKILL');
    expect(await first.exit).toBeNull();

    const killed = (await progress())!;
    expect(killed.status).toBe('CLOSING');
    expect(killed.statement_count).toBeGreaterThanOrEqual(2000);
    expect(killed.statement_count).toBeLessThan(owed);
    // A chunk commits its statements, their events and the progress together, or nothing of them.
    expect(await exactlyOnce(db, MONTH)).toEqual({
      statements: killed.statement_count,
      distinctStatements: killed.statement_count,
      events: killed.statement_count,
      distinctSubjects: killed.statement_count,
    });

    const second = closeProcess();
    expect(await second.exit).toBe(0);
    expect(await progress()).toMatchObject({ status: 'CLOSED', statement_count: owed });
    expect(await exactlyOnce(db, MONTH)).toEqual({ statements: owed, distinctStatements: owed, events: owed, distinctSubjects: owed });
    const [{ n: closings }] = (await db.query(`SELECT count(*)::int AS n FROM platform.audit_log WHERE action = 'ClosePeriod' AND target_id = $1`, [MONTH])).rows;
    expect(closings).toBe(1);
  }, 300_000);
});

describe('remuneration: two app instances at the scheduled minute', () => {
  const MONTH = '2026-06';
  // Day 5 of July, 02:00 Asia/Jakarta: June's close is due.
  const clock = new TestClock('2026-07-04T18:59:00Z');
  let t: TestApp;
  let db: Client;
  let other: Awaited<ReturnType<typeof secondInstance>>;

  /** A second application on the same database with the same clock, as a second server would be. */
  async function secondInstance() {
    const config = loadConfig({
      DATABASE_URL: t.databaseUrl,
      JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
      ADMIN_USERNAME: 'second.instance',
      ADMIN_PASSWORD: 'Second-Passw0rd',
      LOG_LEVEL: 'silent',
      BACKGROUND_JOBS: 'off',
    });
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config, t.databaseUrl)] })
      .overrideProvider(CLOCK)
      .useValue(clock)
      .compile();
    return moduleRef.init();
  }

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    other = await secondInstance();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    // Two chunks of the close (1,000 employees each).
    await loadMonthOfWork(db, { employees: 1500, month: MONTH, activitiesPerDay: 1 });
  }, 120_000);
  afterAll(async () => {
    await db.end();
    await other.close();
    await t.close();
  });

  it('both run the schedule; one close happens (one set of statements), the other instance does nothing', async () => {
    const instances = [t.app, other];
    const chunksRead = [0, 0];
    instances.forEach((app, i) => {
      const inputs = app.get(MonthlyInputs);
      const of = inputs.of.bind(inputs);
      inputs.of = (ids, month, target) => {
        chunksRead[i]++;
        return of(ids, month, target);
      };
    });
    const jobs = instances.map((app) => app.get(MonthCloseJob));

    await Promise.all(jobs.map((job) => job.runOnce()));
    expect((await db.query(`SELECT count(*)::int AS n FROM remuneration.periods WHERE month = $1`, [MONTH])).rows[0].n).toBe(0);

    clock.set('2026-07-04T19:00:00Z');
    await Promise.all(jobs.map((job) => job.runOnce()));
    expect(chunksRead.sort()).toEqual([0, 2]);
    const owed = await placedIn(db, MONTH);
    expect(await exactlyOnce(db, MONTH)).toEqual({ statements: owed, distinctStatements: owed, events: owed, distinctSubjects: owed });
    expect((await db.query(`SELECT status FROM remuneration.periods WHERE month = $1`, [MONTH])).rows).toEqual([{ status: 'CLOSED' }]);
    expect((await db.query(`SELECT count(*)::int AS n FROM platform.audit_log WHERE action = 'ClosePeriod' AND target_id = $1`, [MONTH])).rows[0].n).toBe(1);

    // The next minute, both again: nothing more.
    clock.set('2026-07-04T19:01:00Z');
    await Promise.all(jobs.map((job) => job.runOnce()));
    expect(chunksRead.sort()).toEqual([0, 2]);
    expect(await exactlyOnce(db, MONTH)).toEqual({ statements: owed, distinctStatements: owed, events: owed, distinctSubjects: owed });
  }, 180_000);
});

describe('remuneration: activity approvals and clock imports racing the close', () => {
  const MONTH = '2026-06';
  const clock = new TestClock('2026-07-01T03:00:00Z');
  const STAFF = 12;
  let t: TestApp;
  let db: Client;
  let admin: string;
  let supervisor: string;
  const staff: Array<{ id: string; nip: string }> = [];

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    admin = await t.adminToken();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    const org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    const head = await org.position('KASI', root.id, null, 'PENGAWAS', 9);
    const post = await org.position('STAF', root.id, head.id, 'PELAKSANA', 7);
    const boss = await org.placed('Kepala Seksi', head.id);
    supervisor = await t.login(boss.nip, PASSWORD);
    for (let i = 0; i < STAFF; i++) staff.push(await org.placed(`Staf ${i}`, post.id));
    // Four activities each awaiting review, on the last days of June.
    await db.query(
      `INSERT INTO activity.activities (id, employee_id, date, start_time, end_time, catalog_code, minutes_per_unit, quantity, claimed_minutes, description, status, submitted_at)
       SELECT gen_random_uuid(), e, d, s, '10:00', 'LAP', 60, 1, 60, 'Menyusun laporan', 'SUBMITTED', d + time '17:00'
         FROM unnest($1::uuid[]) e, unnest(ARRAY['2026-06-29', '2026-06-30']::date[]) d, unnest(ARRAY['08:00', '09:00']) s`,
      [staff.map((s) => s.id)],
    );
  }, 60_000);
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('each approval and import either commits before the close reads and is in the statements, or is refused 409; none lands in the closed month', async () => {
    const activities = (await db.query(`SELECT id FROM activity.activities ORDER BY employee_id, date, start_time`)).rows.map((r) => r.id as string);
    const approve = (id: string) => t.post(`/api/v1/activities/${id}/approve`, {}, supervisor);
    // 30 June, present: IN 07:20 and OUT 16:10 WIB.
    const clockIn = (nip: string) =>
      t.post(
        '/api/v1/attendance/clock-events/import',
        [
          { nip, at: '2026-06-30T07:20:00+07:00', direction: 'IN' },
          { nip, at: '2026-06-30T16:10:00+07:00', direction: 'OUT' },
        ],
        admin,
      );

    // Some before the close, the most racing it, some after.
    const before = [await approve(activities[0]), await clockIn(staff[0].nip)];
    const closing = t.post(`/api/v1/periods/${MONTH}/close`, {}, admin);
    const racing = await Promise.all([
      ...activities.slice(1, -1).map((id, i) => sleep(i * 3).then(() => approve(id))),
      ...staff.slice(1, -1).map((s, i) => sleep(i * 5).then(() => clockIn(s.nip))),
    ]);
    expect((await closing).status).toBe(202);
    await untilClosed(t, admin, MONTH);
    const after = [await approve(activities.at(-1)!), await clockIn(staff.at(-1)!.nip)];

    expect(before.map((r) => r.status)).toEqual([200, 200]);
    expect(before[1].body).toMatchObject({ accepted: 2, rejected: [] });
    expect([after[0].status, after[0].body.code]).toEqual([409, 'MONTH_CLOSED']);
    // An import names each refused row; a row of a month closing under it fails the batch with 409.
    const refusedImport = (r: { status: number; body: any }) =>
      r.status === 409 ? r.body.code === 'MONTH_CLOSED' : r.status === 200 && r.body.accepted === 0 && r.body.rejected.every((x: any) => x.code === 'MONTH_CLOSED');
    expect(refusedImport(after[1])).toBe(true);
    for (const r of racing) {
      const ok = r.status === 200 && (r.body.accepted === undefined || r.body.accepted === 2);
      expect(ok || (r.status === 409 && r.body.code === 'MONTH_CLOSED') || refusedImport(r)).toBe(true);
    }

    // What the database holds for June is exactly what each statement read.
    const statements = (await db.query(`SELECT employee_id, inputs FROM remuneration.statements WHERE month = $1`, [MONTH])).rows;
    expect(statements).toHaveLength(STAFF + 1);
    for (const s of staff) {
      const statement = statements.find((r) => r.employee_id === s.id)!.inputs;
      const [held] = (
        await db.query(
          `SELECT count(*) FILTER (WHERE status = 'SUBMITTED')::int AS unreviewed,
                  (SELECT count(*)::int FROM attendance.clock_events WHERE employee_id = $1) AS events
             FROM activity.activities WHERE employee_id = $1`,
          [s.id],
        )
      ).rows;
      // An approval the close read is no longer unreviewed; one it did not read is still awaiting review in the database.
      expect({ unreviewed: statement.unreviewedActivities, present: statement.facts.attendance.counts.H ?? 0 }).toEqual({
        unreviewed: held.unreviewed,
        present: held.events === 2 ? 1 : 0,
      });
    }
    const approvedByResponse = [before[0], ...racing.slice(0, activities.length - 2)].filter((r) => r.status === 200).length;
    expect((await db.query(`SELECT count(*)::int AS n FROM activity.activities WHERE status = 'APPROVED'`)).rows[0].n).toBe(approvedByResponse);
  }, 60_000);
});
