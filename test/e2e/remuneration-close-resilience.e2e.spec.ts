import { Client } from 'pg';
import { EntityManager } from 'typeorm';
import { MonthClose } from '../../src/modules/remuneration/application/close/month-close';
import { MonthCloseJob } from '../../src/modules/remuneration/application/close/month-close.job';
import { MonthlyInputs } from '../../src/modules/remuneration/application/ports/monthly-inputs';
import { ActivityLoggingFacade } from '../../src/modules/activity-logging/public/activity-logging.facade';
import { AttendanceClassifier } from '../../src/modules/attendance/application/attendance-classifier';
import { AttendanceFacade } from '../../src/modules/attendance/public/attendance.facade';
import { WorkCalendarsFacade } from '../../src/modules/organization/public/work-calendars.facade';
import { OrgBuilder } from '../support/org-builder';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

const METRICS_TOKEN = 'operators-scrape-token-0123456789abcdef';

/** The close is exactly-once: interrupted, it resumes; run twice at once, it runs once; scheduled, it comes on time. */
describe('remuneration: a close that survives interruption, concurrency and the schedule', () => {
  let t: TestApp;
  let db: Client;
  let close: MonthClose;
  const clock = new TestClock('2026-06-01T03:00:00Z');
  const employees: string[] = [];

  const count = async (sql: string, params: unknown[] = []) => (await db.query(`SELECT count(*)::int AS n FROM ${sql}`, params)).rows[0].n as number;
  const metrics = async () => (await t.request('GET', '/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).body as string;
  const exactlyOnce = async (month: string) => ({
    statements: await count(`remuneration.statements WHERE month = $1`, [month]),
    distinctEmployees: (await db.query(`SELECT count(DISTINCT employee_id)::int AS n FROM remuneration.statements WHERE month = $1`, [month])).rows[0].n,
    events: await count(`platform.outbox WHERE type = 'remuneration.allowance-posted.v1' AND subject LIKE $1`, [`%/months/${month}`]),
  });

  beforeAll(async () => {
    t = await startTestApp({ METRICS_TOKEN }, { clock });
    const admin = await t.adminToken();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    close = t.app.get(MonthClose);
    const org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    const pos = await org.position('STAFF', root.id, null, 'PELAKSANA', 5);
    for (let i = 0; i < 7; i++) employees.push((await org.placed(`Pegawai ${i}`, pos.id, '2025-01-01')).id);
    clock.set('2026-06-10T03:00:00Z');
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('a close interrupted after its first chunk resumes at the next one: every statement and event exactly once, its progress on /metrics meanwhile', async () => {
    const inputs = t.app.get(MonthlyInputs);
    const of = inputs.of.bind(inputs);
    let chunks = 0;
    inputs.of = async (ids, month, target) => {
      if (++chunks === 2) throw new Error('the process died');
      return of(ids, month, target);
    };
    try {
      expect((await close.begin('2026-03')).status).toBe('CLOSING');
      await expect(close.finish('2026-03', 3)).rejects.toThrow('the process died');
    } finally {
      inputs.of = of;
    }
    expect(await exactlyOnce('2026-03')).toEqual({ statements: 3, distinctEmployees: 3, events: 3 });
    const [progress] = (await db.query(`SELECT status, progress_after, statement_count FROM remuneration.periods WHERE month = '2026-03'`)).rows;
    expect(progress).toEqual({ status: 'CLOSING', progress_after: [...employees].sort()[2], statement_count: 3 });

    // The operators see the stopped close: begun 20 minutes ago, three statements written.
    clock.set('2026-06-10T03:20:00Z');
    const stopped = await metrics();
    expect(stopped).toContain('remuneration_close_statements_written{month="2026-03"} 3');
    expect(stopped).toContain('remuneration_close_running_seconds{month="2026-03"} 1200');
    expect(await close.finish('2026-03', 3)).toBe(true);
    expect(await exactlyOnce('2026-03')).toEqual({ statements: 7, distinctEmployees: 7, events: 7 });
    expect(await metrics()).not.toContain('month="2026-03"');
    clock.set('2026-06-10T03:00:00Z');
    expect((await t.get('/api/v1/periods/2026-03', await t.adminToken())).body).toMatchObject({ status: 'CLOSED', statementCount: 7 });
  });

  it('two processes finishing the same close at once: one runs it, the other returns at once', async () => {
    await close.begin('2026-04');
    const runs = await Promise.all([close.finish('2026-04', 2), close.finish('2026-04', 2)]);
    expect(runs.sort()).toEqual([false, true]);
    expect(await exactlyOnce('2026-04')).toEqual({ statements: 7, distinctEmployees: 7, events: 7 });
  });

  it('closing again, or finishing a closed month, changes nothing', async () => {
    expect(await close.begin('2026-04')).toEqual({ month: '2026-04', status: 'CLOSED' });
    expect(await close.finish('2026-04')).toBe(true);
    expect(await exactlyOnce('2026-04')).toEqual({ statements: 7, distinctEmployees: 7, events: 7 });
    expect(await count(`platform.outbox WHERE subject = 'months/2026-04'`)).toBe(2);
  });

  it('each chunk costs the same number of queries whatever its size (set-based, never one per employee)', async () => {
    const queriesOfChunk = async (month: string, chunkSize: number) => {
      await close.begin(month);
      const spy = jest.spyOn(EntityManager.prototype, 'query');
      try {
        await close.finish(month, chunkSize);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const oneChunk = await queriesOfChunk('2026-01', 7);
    const twoChunks = await queriesOfChunk('2026-02', 4);
    const sevenChunks = await queriesOfChunk('2025-12', 1);
    const perChunk = twoChunks - oneChunk;
    // The cost grows with the number of chunks only: seven employees in one chunk cost what one does.
    expect(sevenChunks - oneChunk).toBe(6 * perChunk);
    expect(perChunk).toBeLessThanOrEqual(40);
  });

  it('each chunk reads each input once: one work calendar read and one classification of the month, no second classification by activity logging', async () => {
    const calls = {
      workCalendars: jest.spyOn(WorkCalendarsFacade.prototype, 'workCalendars'),
      classifications: jest.spyOn(AttendanceClassifier.prototype as any, 'classifyChunk'),
      classifiedDayCodes: jest.spyOn(AttendanceFacade.prototype, 'classifiedDayCodes'),
      monthlyAchievements: jest.spyOn(ActivityLoggingFacade.prototype, 'monthlyAchievements'),
    };
    try {
      await close.begin('2025-09');
      await close.finish('2025-09', 4);
      expect(Object.fromEntries(Object.entries(calls).map(([name, spy]) => [name, spy.mock.calls.length]))).toEqual({
        workCalendars: 2,
        classifications: 2,
        classifiedDayCodes: 0,
        monthlyAchievements: 2,
      });
    } finally {
      Object.values(calls).forEach((spy) => spy.mockRestore());
    }
    expect(await exactlyOnce('2025-09')).toEqual({ statements: 7, distinctEmployees: 7, events: 7 });
  });

  it('a sanction entered while a chunk of its month is being written waits for that chunk', async () => {
    await close.begin('2025-10');
    // The hold a chunk of the close takes on its month, taken by hand so the sanction provably arrives during it.
    const chunk = new Client({ connectionString: t.databaseUrl });
    await chunk.connect();
    await chunk.query('BEGIN');
    await chunk.query(`SELECT month FROM remuneration.periods WHERE month = '2025-10' FOR UPDATE`);
    const sanction = t.post(
      '/api/v1/sanctions',
      { employeeId: employees[0], percent: '10', startMonth: '2025-10', months: 1, reason: 'Terlambat berulang', decreeNumber: 'K-7' },
      await t.adminToken(),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await count(`remuneration.sanctions WHERE employee_id = $1`, [employees[0]])).toBe(0);
    await chunk.query('COMMIT');
    await chunk.end();
    expect((await sanction).status).toBe(201);
    await close.finish('2025-10');
    const [line] = (await db.query(`SELECT lines->0 AS line FROM remuneration.statements WHERE employee_id = $1 AND month = '2025-10'`, [employees[0]])).rows;
    expect(line.line).toMatchObject({ code: 'SANCTION', percent: '10' });
  });

  it('the job closes last month once day 5, 02:00 WIB has come, and not before', async () => {
    const job = t.app.get(MonthCloseJob);
    clock.set('2026-06-05T01:59:00+07:00');
    await job.runOnce();
    expect((await db.query(`SELECT status FROM remuneration.periods WHERE month = '2026-05'`)).rows).toEqual([]);
    clock.set('2026-06-05T02:00:00+07:00');
    await job.runOnce();
    expect((await db.query(`SELECT status FROM remuneration.periods WHERE month = '2026-05'`)).rows).toEqual([{ status: 'CLOSED' }]);
    expect(await exactlyOnce('2026-05')).toEqual({ statements: 7, distinctEmployees: 7, events: 7 });
    await job.runOnce();
    expect(await exactlyOnce('2026-05')).toEqual({ statements: 7, distinctEmployees: 7, events: 7 });
  });

  it('the job finishes a close left CLOSING by a crash', async () => {
    await db.query(`INSERT INTO remuneration.periods (month, status, closing_started_at, policy_snapshot)
                    SELECT '2025-11', 'CLOSING', now(), policy_snapshot FROM remuneration.periods WHERE month = '2026-05'`);
    await t.app.get(MonthCloseJob).runOnce();
    expect((await db.query(`SELECT status, statement_count FROM remuneration.periods WHERE month = '2025-11'`)).rows).toEqual([{ status: 'CLOSED', statement_count: 7 }]);
  });
});
