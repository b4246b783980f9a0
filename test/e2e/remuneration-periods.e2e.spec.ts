import { Client } from 'pg';
import { UnitOfWork } from '../../src/platform/database/unit-of-work';
import { PolicyVersions } from '../../src/modules/remuneration/application/ports/policy-versions';
import { PeriodLock } from '../../src/platform/period-lock/period-lock';
import { OrgBuilder, PASSWORD } from '../support/org-builder';
import { untilClosed } from '../support/remuneration';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Periods OPEN → CLOSING → CLOSED and the month lock every writer takes, on a real PostgreSQL. */
describe('remuneration: periods and the month lock', () => {
  let t: TestApp;
  let db: Client;
  let admin: string;
  const clock = new TestClock('2026-07-01T03:00:00Z');
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  const period = async (month: string) => (await t.get(`/api/v1/periods/${month}`, admin)).body;
  /** A writer of the month's data, in its own transaction, holding the month until `release` resolves. */
  const writer = (month: string, release: Promise<void>) =>
    t.app.get(UnitOfWork).run(async () => {
      await t.app.get(PeriodLock).assertOpen(month);
      await release;
      await t.app.get(UnitOfWork).query(`INSERT INTO platform.idempotency_keys (scope, key, status, body) VALUES ('test.write', $1, 200, '{}')`, [month]);
    });

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    admin = await t.adminToken();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    const org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    const dit = await org.unit('DIT', root.id);
    const head = await org.position('HEAD', dit.id, null, 'ADMINISTRATOR', 12);
    const staff = await org.position('STAFF', dit.id, head.id, 'PELAKSANA', 8);
    for (const [name, position] of [
      ['head', head.id],
      ['staff', staff.id],
      ['unitAdmin', staff.id],
      ['payroll', staff.id],
    ] as const) {
      const e = await org.placed(name, position, '2026-01-01');
      ids[name] = e.id;
      tokens[name] = await t.login(e.nip, PASSWORD);
    }
    ids.dit = dit.id;
    expect((await t.post(`/api/v1/employees/${ids.unitAdmin}/roles`, { role: 'UNIT_ADMIN', unitId: dit.id }, admin)).status).toBeLessThan(300);
    expect((await t.post(`/api/v1/employees/${ids.payroll}/roles`, { role: 'PAYROLL' }, admin)).status).toBeLessThan(300);
    tokens.unitAdmin = await t.login((await db.query(`SELECT nip FROM organization.employees WHERE id = $1`, [ids.unitAdmin])).rows[0].nip, PASSWORD);
    tokens.payroll = await t.login((await db.query(`SELECT nip FROM organization.employees WHERE id = $1`, [ids.payroll])).rows[0].nip, PASSWORD);
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('a month nothing has touched is OPEN with no statements', async () => {
    expect(await period('2026-03')).toEqual({ month: '2026-03', status: 'OPEN', closedAt: null, statementCount: 0, staleCount: 0 });
  });

  it('refuses a month that is not YYYY-MM, naming the field', async () => {
    const res = await t.get('/api/v1/periods/2026-13', admin);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: any) => e.field)).toEqual(['month']);
    expect((await t.post('/api/v1/periods/june/close', {}, admin)).status).toBe(400);
  });

  it('only HR closes a month: employees, supervisors, unit admins and payroll are refused', async () => {
    for (const who of ['staff', 'head', 'unitAdmin', 'payroll']) {
      const res = await t.post('/api/v1/periods/2026-04/close', {}, tokens[who]);
      expect([who, res.status, res.headers['content-type']]).toEqual([who, 403, expect.stringContaining('application/problem+json')]);
    }
    expect((await period('2026-04')).status).toBe('OPEN');
  });

  it('a month that is not over cannot be closed, even by HR', async () => {
    const res = await t.post('/api/v1/periods/2026-07/close', {}, admin);
    expect([res.status, res.body.code]).toEqual([422, 'MONTH_NOT_OVER']);
    expect((await period('2026-07')).status).toBe('OPEN');
  });

  it('HR closes a month early: 202, CLOSED once computed, with its audit row and events; repeating changes nothing', async () => {
    const res = await t.post('/api/v1/periods/2026-05/close', {}, admin);
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ month: '2026-05', status: 'CLOSING' });
    const closed = await untilClosed(t, admin, '2026-05');
    expect(closed).toMatchObject({ month: '2026-05', status: 'CLOSED', closedAt: expect.any(String) });
    const again = await t.post('/api/v1/periods/2026-05/close', {}, admin);
    expect([again.status, again.body]).toEqual([202, { month: '2026-05', status: 'CLOSED' }]);
    expect(await period('2026-05')).toEqual(closed);
    const audit = await db.query(`SELECT action, actor_name FROM platform.audit_log WHERE target_type = 'Period' AND target_id = '2026-05' ORDER BY id`);
    expect(audit.rows).toEqual([
      { action: 'ClosePeriod', actor_name: 'test.admin' },
      // The statements are computed behind the answer, still on behalf of the HR admin who closed.
      { action: 'IssueAllowanceStatements', actor_name: 'test.admin' },
      { action: 'CompletePeriodClose', actor_name: 'test.admin' },
    ]);
    const events = await db.query(`SELECT type, subject, payload FROM platform.outbox WHERE subject = 'months/2026-05' ORDER BY position`);
    expect(events.rows).toEqual([
      { type: 'remuneration.period-closing.v1', subject: 'months/2026-05', payload: { month: '2026-05', at: expect.any(String) } },
      { type: 'remuneration.period-closed.v1', subject: 'months/2026-05', payload: { month: '2026-05', closedAt: closed.closedAt, statementCount: closed.statementCount } },
    ]);
  });

  it('a writer holding the month delays the close until it commits; its write is in, and the next write is refused 409', async () => {
    let release!: () => void;
    const held = writer('2026-06', new Promise<void>((resolve) => (release = resolve)));
    await sleep(100);
    const closing = t.post('/api/v1/periods/2026-06/close', {}, admin);
    await sleep(300);
    // The close waits for the writer's hold (here on the row the writer created): the month has not left OPEN.
    expect((await db.query(`SELECT count(*)::int AS n FROM remuneration.periods WHERE month = '2026-06' AND status <> 'OPEN'`)).rows[0].n).toBe(0);
    expect((await period('2026-06')).status).toBe('OPEN');
    release();
    await held;
    expect((await closing).status).toBe(202);
    expect((await db.query(`SELECT count(*)::int AS n FROM platform.idempotency_keys WHERE scope = 'test.write' AND key = '2026-06'`)).rows[0].n).toBe(1);
    await expect(writer('2026-06', Promise.resolve())).rejects.toMatchObject({ code: 'MONTH_CLOSED' });
    await untilClosed(t, admin, '2026-06');
  });

  it('a writer that arrives while the close holds the month waits for it and is then refused', async () => {
    // The close's own exclusive hold, taken by hand so the writer provably arrives during it.
    const closer = new Client({ connectionString: t.databaseUrl });
    await closer.connect();
    await closer.query('BEGIN');
    await closer.query(`INSERT INTO remuneration.periods (month) VALUES ('2026-04') ON CONFLICT DO NOTHING`);
    await closer.query(`SELECT status FROM remuneration.periods WHERE month = '2026-04' FOR UPDATE`);
    const late = writer('2026-04', Promise.resolve()).then(
      () => 'written',
      (e) => e.code,
    );
    await sleep(200);
    await closer.query(`UPDATE remuneration.periods SET status = 'CLOSING', closing_started_at = now(), policy_snapshot = '{}' WHERE month = '2026-04'`);
    await closer.query('COMMIT');
    await closer.end();
    expect(await late).toBe('MONTH_CLOSED');
    expect((await db.query(`SELECT count(*)::int AS n FROM platform.idempotency_keys WHERE scope = 'test.write' AND key = '2026-04'`)).rows[0].n).toBe(0);
  });

  it("HR's leave record for a closed month is refused 409 MONTH_CLOSED through HTTP", async () => {
    const res = await t.post('/api/v1/absences', { employeeId: ids.staff, type: 'CT', startDate: '2026-05-11', endDate: '2026-05-12', reason: 'cuti tahunan' }, admin);
    expect([res.status, res.body.code]).toEqual([409, 'MONTH_CLOSED']);
    const open = await t.post('/api/v1/absences', { employeeId: ids.staff, type: 'CT', startDate: '2026-07-13', endDate: '2026-07-14', reason: 'cuti tahunan' }, admin);
    expect(open.status).toBe(201);
  });

  it('the lock outside a transaction is a programming error, not a silent pass', async () => {
    await expect(t.app.get(PeriodLock).assertOpen('2026-08')).rejects.toThrow('inside the writer');
  });

  describe('allowance tables', () => {
    const perpres71: Record<string, number> = { 1: 2531250, 2: 2708250, 3: 2898000, 4: 2985000, 5: 3134250, 6: 3510400, 7: 3915950, 8: 4595150, 9: 5079200 };
    Object.assign(perpres71, { 10: 5979200, 11: 8757600, 12: 9896000, 13: 10936000, 14: 17064000, 15: 19280000, 16: 27577500, 17: 33240000 });
    const raised = Object.fromEntries(Object.entries(perpres71).map(([kelas, amount]) => [kelas, Math.round(amount * 1.1)]));

    it('Perpres 71/2023 is there from the start, readable by anyone signed in', async () => {
      const res = await t.get('/api/v1/allowance-tables', tokens.staff);
      expect(res.body).toEqual({ items: [{ id: expect.any(String), regulation: 'Perpres 71/2023', effectiveFrom: '2023-10-16', baseAmounts: perpres71 }], next: null });
    });

    it('HR enters a new table from a date: 201, audited, published; months from that date on are computed with it', async () => {
      const res = await t.post('/api/v1/allowance-tables', { regulation: 'Perpres 1/2027', effectiveFrom: '2027-01-01', baseAmounts: raised }, admin);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ id: expect.any(String), regulation: 'Perpres 1/2027', effectiveFrom: '2027-01-01', baseAmounts: raised });
      expect((await t.get(`/api/v1/allowance-tables/${res.body.id}`, tokens.payroll)).body).toEqual(res.body);
      expect((await db.query(`SELECT action FROM platform.audit_log WHERE target_id = $1`, [res.body.id])).rows).toEqual([{ action: 'EnactAllowanceTable' }]);
      const [event] = (await db.query(`SELECT type, payload FROM platform.outbox WHERE subject = $1`, [`allowance-tables/${res.body.id}`])).rows;
      expect(event).toEqual({
        type: 'remuneration.allowance-table-enacted.v1',
        payload: { ...res.body, baseAmounts: Object.fromEntries(Object.entries(raised).map(([k, v]) => [k, String(v)])) },
      });
      const policies = t.app.get(PolicyVersions);
      expect((await policies.forMonth('2026-12')).allowanceTables.map((table) => table.regulation)).toEqual(['Perpres 71/2023']);
      expect((await policies.forMonth('2027-01')).allowanceTables.map((table) => table.regulation)).toEqual(['Perpres 1/2027']);
    });

    it('refuses a second table on the same date, one reaching into a closed month, a missing kelas, and anyone but HR', async () => {
      const again = await t.post('/api/v1/allowance-tables', { regulation: 'Perpres 2/2027', effectiveFrom: '2027-01-01', baseAmounts: raised }, admin);
      expect([again.status, again.body.code]).toEqual([409, 'ALLOWANCE_TABLE_EXISTS']);
      const closed = await t.post('/api/v1/allowance-tables', { regulation: 'Perpres 9/2026', effectiveFrom: '2026-05-20', baseAmounts: raised }, admin);
      expect([closed.status, closed.body.code]).toEqual([409, 'MONTH_CLOSED']);
      const { 17: _missing, ...sixteen } = raised;
      const missing = await t.post('/api/v1/allowance-tables', { regulation: 'Perpres 3/2027', effectiveFrom: '2027-03-01', baseAmounts: sixteen }, admin);
      expect([missing.status, missing.body.errors.map((e: any) => e.field)]).toEqual([400, ['baseAmounts.17']]);
      const fractional = await t.post('/api/v1/allowance-tables', { regulation: 'Perpres 3/2027', effectiveFrom: '2027-03-01', baseAmounts: { ...raised, 8: 4595150.5 } }, admin);
      expect([fractional.status, fractional.body.errors.map((e: any) => e.field)]).toEqual([400, ['baseAmounts.8']]);
      const bad = await t.post('/api/v1/allowance-tables', { regulation: '', effectiveFrom: '2027-02-30', baseAmounts: 'lots' }, admin);
      expect([bad.status, [...new Set(bad.body.errors.map((e: any) => e.field))].sort()]).toEqual([400, ['baseAmounts', 'effectiveFrom', 'regulation']]);
      for (const who of ['staff', 'unitAdmin', 'payroll']) {
        expect((await t.post('/api/v1/allowance-tables', { regulation: 'Perpres 4/2027', effectiveFrom: '2027-04-01', baseAmounts: raised }, tokens[who])).status).toBe(403);
      }
      expect((await t.get('/api/v1/allowance-tables', admin)).body.items).toHaveLength(2);
    });
  });
});
