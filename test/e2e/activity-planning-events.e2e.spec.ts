import { Client } from 'pg';
import { approvedPlans, buildPlanningOrg, expectStatus, PlanningOrg } from '../support/planning-org';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

/** Every SQL statement any pool client sends while `work` runs (BEGIN and COMMIT included). */
async function statementsOf<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  // Wraps the driver itself, so every statement is counted whoever sends it; `apply` below keeps `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const original = Client.prototype.query;
  Client.prototype.query = function (this: Client, ...args: unknown[]) {
    const query = args[0] as string | { text?: string };
    statements.push(typeof query === 'string' ? query : (query?.text ?? JSON.stringify(query)));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    return { result: await work(), statements };
  } finally {
    Client.prototype.query = original;
  }
}

describe('activity logging and planning: every decision reaches the outbox; an entry reads what changes rarely once', () => {
  let t: TestApp;
  let o: PlanningOrg;
  let plans: Awaited<ReturnType<typeof approvedPlans>>;
  let db: Client;
  // Saturday 20 June 2026, 09:00 in Makassar (the directorate's zone).
  const clock = new TestClock(new Date('2026-06-20T01:00:00Z'));

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    o = await buildPlanningOrg(t);
    plans = await approvedPlans(t, o);
    await expectStatus(t, '/api/v1/activity-catalog', { code: 'LAP', name: 'Menyusun laporan', outputUnit: 'laporan', minutesPerUnit: 60 }, o.tokens.admin, 201);
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  const outbox = async (type: string, subject: string) =>
    (await db.query(`SELECT type, source, subject, payload FROM platform.outbox WHERE type = $1 AND subject = $2 ORDER BY position`, [type, subject])).rows;
  const log = (body: Record<string, unknown>, token = o.tokens.staff) =>
    t.post('/api/v1/activities', { catalogCode: 'LAP', quantity: '1', description: 'Menyusun laporan', additionalTask: true, ...body }, token);

  describe('planning', () => {
    it('drafting, adding a result, submitting and approving a plan each leave their event', async () => {
      const rows = (await db.query(`SELECT type, payload FROM platform.outbox WHERE subject = $1 ORDER BY position`, [`plans/${plans.staffPlanId}`])).rows;
      const plan = { planId: plans.staffPlanId, employeeId: o.ids.staff, year: 2026, version: 1 };
      expect(rows).toEqual([
        { type: 'planning.plan-drafted.v1', payload: { ...plan, periodStart: '2026-01-01', periodEnd: '2026-12-31' } },
        { type: 'planning.planned-result-added.v1', payload: { ...plan, resultId: plans.staffResultId } },
        { type: 'planning.plan-submitted.v1', payload: plan },
        { type: 'planning.plan-approved.v1', payload: { ...plan, periodStart: '2026-01-01', periodEnd: '2026-12-31' } },
      ]);
    });

    it('a revision, a return with its reason and a closing each leave their event', async () => {
      const target = await expectStatus(
        t,
        '/api/v1/unit-targets',
        { unitId: o.subdirectorate, year: 2026, kind: 'IKU', code: 'IKU-SUB-1', name: 'Pembinaan', volume: '4', outputUnit: 'laporan' },
        o.tokens.admin,
        201,
      );
      const draft = await expectStatus(t, '/api/v1/performance-plans', { employeeId: o.ids.kasubdit, year: 2026 }, o.tokens.kasubdit, 201);
      await expectStatus(
        t,
        `/api/v1/performance-plans/${draft.id}/results`,
        { title: 'Pembinaan subdirektorat', unitTargetId: target.id, indicators: [{ name: 'Laporan', target: '4', unit: 'laporan' }] },
        o.tokens.kasubdit,
        201,
      );
      await expectStatus(t, `/api/v1/performance-plans/${draft.id}/submit`, {}, o.tokens.kasubdit, 200);
      await expectStatus(t, `/api/v1/performance-plans/${draft.id}/return`, { reason: 'Target terlalu rendah' }, o.tokens.head, 200);
      await expectStatus(t, `/api/v1/performance-plans/${draft.id}/submit`, {}, o.tokens.kasubdit, 200);
      await expectStatus(t, `/api/v1/performance-plans/${draft.id}/approve`, {}, o.tokens.head, 200);
      await expectStatus(t, `/api/v1/performance-plans/${draft.id}/revise`, {}, o.tokens.kasubdit, 200);
      await expectStatus(t, `/api/v1/performance-plans/${draft.id}/close`, { lastDay: '2026-06-30', reason: 'Mutasi' }, o.tokens.admin, 200);
      const subject = `plans/${draft.id}`;
      const plan = { planId: draft.id, employeeId: o.ids.kasubdit, year: 2026 };
      expect(await outbox('planning.plan-returned.v1', subject)).toEqual([
        { type: 'planning.plan-returned.v1', source: 'performance-planning', subject, payload: { ...plan, version: 1, returnedBy: o.ids.head, reason: 'Target terlalu rendah' } },
      ]);
      expect((await outbox('planning.plan-revision-started.v1', subject)).map((r) => r.payload)).toEqual([{ ...plan, version: 2, previousApprovedVersion: 1 }]);
      expect((await outbox('planning.plan-closed.v1', subject)).map((r) => r.payload)).toEqual([{ ...plan, version: 2, periodEnd: '2026-06-30' }]);
    });
  });

  describe('activities', () => {
    it('adding a catalogue item leaves its event', async () => {
      const item = await expectStatus(
        t,
        '/api/v1/activity-catalog',
        { code: 'RAPAT', name: 'Rapat', outputUnit: 'rapat', minutesPerUnit: 90, unitId: o.directorate },
        o.tokens.admin,
        201,
      );
      expect(await outbox('activity-logging.catalog-item-added.v1', item.id)).toEqual([
        { type: 'activity-logging.catalog-item-added.v1', source: 'activity-logging', subject: item.id, payload: { itemId: item.id, code: 'RAPAT', unitId: o.directorate } },
      ]);
    });

    it('logging, approving a reduced quantity, rejecting and resubmitting each leave their event', async () => {
      const a1 = await expectStatus(
        t,
        '/api/v1/activities',
        { date: '2026-06-15', startTime: '08:00', endTime: '10:00', catalogCode: 'LAP', quantity: '2', description: 'Laporan', resultId: plans.staffResultId },
        o.tokens.staff,
        201,
      );
      const a2 = (await log({ date: '2026-06-15', startTime: '10:00', endTime: '11:00' })).body;
      await expectStatus(t, `/api/v1/activities/${a1.id}/approve`, { approvedQuantity: '1.5', note: 'Satu laporan belum final' }, o.tokens.head, 200);
      await expectStatus(t, `/api/v1/activities/${a2.id}/reject`, { reason: 'Tidak ada bukti' }, o.tokens.head, 200);
      await expectStatus(
        t,
        `/api/v1/activities/${a2.id}/resubmit`,
        { startTime: '10:00', endTime: '10:30', catalogCode: 'LAP', quantity: '0.5', description: 'Laporan', additionalTask: true },
        o.tokens.staff,
        200,
      );

      const day = { employeeId: o.ids.staff, date: '2026-06-15', month: '2026-06' };
      const payloads = async (type: string) => (await outbox(type, o.ids.staff)).map((r) => r.payload);
      expect(await payloads('activity-logging.activity-logged.v1')).toEqual([
        { activityId: a1.id, ...day, claimedMinutes: 120 },
        { activityId: a2.id, ...day, claimedMinutes: 60 },
      ]);
      expect(await payloads('activity-logging.activity-reviewed.v1')).toEqual([
        { activityId: a1.id, ...day, status: 'APPROVED', approvedMinutes: 90, reviewerId: o.ids.head },
        { activityId: a2.id, ...day, status: 'REJECTED', approvedMinutes: 0, reviewerId: o.ids.head },
      ]);
      expect(await payloads('activity-logging.activity-resubmitted.v1')).toEqual([{ activityId: a2.id, ...day, claimedMinutes: 30 }]);
      expect((await outbox('activity-logging.activity-reviewed.v1', o.ids.staff))[0]).toMatchObject({ source: 'activity-logging', subject: o.ids.staff });
    });

    it('an imported reviewed activity is logged and reviewed in the outbox too', async () => {
      const nip = (await t.get(`/api/v1/employees/${o.ids.staff2}`, o.tokens.admin)).body.nip;
      const row = {
        nip,
        date: '2026-06-10',
        startTime: '08:00',
        endTime: '09:00',
        catalogCode: 'LAP',
        quantity: '1',
        description: 'Laporan',
        additionalTask: true,
        status: 'APPROVED',
      };
      expect(await expectStatus(t, '/api/v1/activities/import', [row], o.tokens.admin, 200)).toEqual({ accepted: 1, rejected: [] });
      const logged = await outbox('activity-logging.activity-logged.v1', o.ids.staff2);
      const reviewed = await outbox('activity-logging.activity-reviewed.v1', o.ids.staff2);
      expect(logged.map((r) => r.payload)).toEqual([{ activityId: expect.any(String), employeeId: o.ids.staff2, date: '2026-06-10', month: '2026-06', claimedMinutes: 60 }]);
      expect(reviewed.map((r) => r.payload)).toEqual([
        {
          activityId: logged[0].payload.activityId,
          employeeId: o.ids.staff2,
          date: '2026-06-10',
          month: '2026-06',
          status: 'APPROVED',
          approvedMinutes: 60,
          reviewerId: o.ids.head,
        },
      ]);
    });

    it('a bulk approval writes every audit row in one INSERT and every event in one INSERT', async () => {
      const ids: string[] = [];
      for (const [start, end] of [
        ['08:00', '09:00'],
        ['09:00', '10:00'],
        ['10:00', '11:00'],
      ])
        ids.push((await log({ date: '2026-06-16', startTime: start, endTime: end })).body.id);
      const { result, statements } = await statementsOf(() => t.post('/api/v1/supervision/activities/approve', { ids }, o.tokens.head));
      expect(result.status).toBe(200);
      expect(statements.filter((s) => s.includes('INSERT INTO platform.audit_log'))).toHaveLength(1);
      expect(statements.filter((s) => s.includes('INSERT INTO platform.outbox'))).toHaveLength(1);
      const audit = await db.query(`SELECT target_id FROM platform.audit_log WHERE action = 'ApproveActivity' AND target_id = ANY($1)`, [ids]);
      expect(audit.rowCount).toBe(3);
      const reviewed = (await outbox('activity-logging.activity-reviewed.v1', o.ids.staff)).filter((r) => ids.includes(r.payload.activityId));
      expect(reviewed.map((r) => [r.payload.status, r.payload.approvedMinutes])).toEqual(Array(3).fill(['APPROVED', 60]));
    });
  });

  describe('POST /activities reads what changes rarely once, and never after its change committed', () => {
    it('a warm entry: its transaction, the leave days, the day locked and read at once, the INSERT, its audit row and event in one statement', async () => {
      await log({ date: '2026-06-17', startTime: '07:00', endTime: '07:30' });
      const { result, statements } = await statementsOf(() => log({ date: '2026-06-17', startTime: '07:30', endTime: '08:00' }));
      expect(result.status).toBe(201);

      console.log(`POST /activities, warm: ${statements.length} statements:\n  ${statements.map((s) => s.replace(/\s+/g, ' ').slice(0, 100)).join('\n  ')}`);
      expect(statements.some((s) => s.includes('organization.'))).toBe(false);
      expect(statements.some((s) => s.includes('planning.'))).toBe(false);
      expect(statements.some((s) => s.includes('activity.catalog_items'))).toBe(false);
      expect(statements.some((s) => /RETURNING|SELECT \* FROM activity\.activities WHERE id/.test(s))).toBe(false);
      // The month's status and its shared lock (remuneration's PeriodLock) are the other two.
      expect(statements.filter((s) => !s.includes('remuneration.periods')).length).toBeLessThanOrEqual(6);
      expect(statements.length).toBeLessThanOrEqual(8);
    });

    it('a plan approved after an entry was refused for it is in force for the next entry', async () => {
      const plan = await expectStatus(t, '/api/v1/performance-plans', { employeeId: o.ids.staff2, year: 2026 }, o.tokens.staff2, 201);
      const added = await expectStatus(
        t,
        `/api/v1/performance-plans/${plan.id}/results`,
        { title: 'Laporan pendampingan', parentResultId: plans.headResultId, indicators: [{ name: 'Laporan', target: '12', unit: 'laporan' }] },
        o.tokens.staff2,
        201,
      );
      const entry = { date: '2026-06-17', startTime: '08:00', endTime: '09:00', resultId: added.resultId, additionalTask: undefined };
      expect((await log(entry, o.tokens.staff2)).body.code).toBe('RESULT_NOT_IN_OWN_APPROVED_PLAN');
      await expectStatus(t, `/api/v1/performance-plans/${plan.id}/submit`, {}, o.tokens.staff2, 200);
      await expectStatus(t, `/api/v1/performance-plans/${plan.id}/approve`, {}, o.tokens.head, 200);
      expect((await log(entry, o.tokens.staff2)).status).toBe(201);
    });

    it('a catalogue item added after an entry named it in vain is available to the next entry', async () => {
      const entry = { date: '2026-06-17', startTime: '09:00', endTime: '10:00', catalogCode: 'BARU' };
      expect((await log(entry)).body.code).toBe('UNKNOWN_CATALOG_ITEM');
      await expectStatus(t, '/api/v1/activity-catalog', { code: 'BARU', name: 'Kegiatan baru', outputUnit: 'kegiatan', minutesPerUnit: 60 }, o.tokens.admin, 201);
      expect((await log(entry)).status).toBe(201);
    });

    it("a unit's new time zone applies to the next entry of everyone in it", async () => {
      // 09:30 on the 20th has not come yet in Makassar (it is 09:00), but has in Jayapura (10:00).
      const entry = { date: '2026-06-20', startTime: '09:00', endTime: '09:30' };
      expect((await log(entry)).body.code).toBe('ACTIVITY_IN_FUTURE');
      await t.request('PATCH', `/api/v1/units/${o.directorate}`, { body: { timeZone: 'Asia/Jayapura' }, token: o.tokens.admin });
      expect((await log(entry)).status).toBe(201);
      await t.request('PATCH', `/api/v1/units/${o.directorate}`, { body: { timeZone: 'Asia/Makassar' }, token: o.tokens.admin });
    });

    it('a status change (unpaid leave) applies to the next entry of that day', async () => {
      expect((await log({ date: '2026-06-18', startTime: '08:00', endTime: '09:00' }, o.tokens.kasubdit)).status).toBe(201);
      await expectStatus(t, `/api/v1/employees/${o.ids.kasubdit}/status-changes`, { status: 'UNPAID_LEAVE', effectiveDate: '2026-06-18', reason: 'CLTN' }, o.tokens.admin, 201);
      expect((await log({ date: '2026-06-18', startTime: '09:00', endTime: '10:00' }, o.tokens.kasubdit)).body.code).toBe('ACTIVITY_ON_LEAVE_DAY');
    });
  });
});
