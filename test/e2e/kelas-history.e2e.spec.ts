import { Client } from 'pg';
import { WorkCalendarsFacade } from '../../src/modules/organization/public/work-calendars.facade';
import { UnitOfWork } from '../../src/platform/database/unit-of-work';
import { Outbox } from '../../src/platform/outbox/outbox';
import { OutboxRelay } from '../../src/platform/outbox/outbox-relay';
import { OrgBuilder, PASSWORD } from '../support/org-builder';
import { untilClosed } from '../support/remuneration';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

/**
 * Kelas has a history (a regrade counts from its date, paid per calendar day), no organization write reaches
 * silently into a closed month, and decisions elsewhere mark closed months' statements stale.
 */
describe('kelas history, organization writes against closed months, statements going stale', () => {
  let t: TestApp;
  let db: Client;
  let admin: string;
  let relay: OutboxRelay;
  // 1 July 2026, 10:00 WIB: June is over and still open.
  const clock = new TestClock('2026-07-01T03:00:00Z');
  const ids: Record<string, string> = {};
  const nips: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  const ok = async (path: string, body: unknown, token = admin) => {
    const res = await t.post(path, body, token);
    if (res.status >= 300) throw new Error(`POST ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const statement = (who: string, suffix = '') => t.get(`/api/v1/employees/${ids[who]}/statements/2026-06${suffix}`, admin);
  const stale = async (who: string) =>
    (await db.query(`SELECT bool_or(stale) AS stale FROM remuneration.statements WHERE employee_id = $1 AND month = '2026-06'`, [ids[who]])).rows[0].stale;
  const expectMonthClosed = (res: { status: number; body: any }) => {
    expect([res.status, res.body.code]).toEqual([409, 'MONTH_CLOSED']);
    expect(res.body.detail).toContain('2026-06, a closed month');
    expect(res.body.detail).toContain('ask HR to correct');
  };

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    admin = await t.adminToken();
    relay = t.app.get(OutboxRelay);
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    const org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    const dit = await org.unit('DIT', root.id);
    const other = await org.unit('OTHER', root.id);
    const empty = await org.unit('EMPTY', root.id);
    const analis = await org.position('ANALIS', dit.id, null, 'PELAKSANA', 8);
    const pengadmin = await org.position('PENGADMIN', dit.id, null, 'PELAKSANA', 7);
    const otherPos = await org.position('OTHER-STAFF', other.id, null, 'PELAKSANA', 8);
    const people = {
      x: await org.placed('Pegawai X', analis.id),
      y: await org.placed('Pegawai Y', pengadmin.id),
      ditAdmin: await org.placed('Admin DIT', pengadmin.id),
      outsider: await org.placed('Admin Lain', otherPos.id),
    };
    for (const [k, v] of Object.entries(people)) {
      ids[k] = v.id;
      nips[k] = v.nip;
    }
    Object.assign(ids, { root: root.id, dit: dit.id, other: other.id, empty: empty.id, analis: analis.id, pengadmin: pengadmin.id });
    await ok(`/api/v1/employees/${ids.ditAdmin}/roles`, { role: 'UNIT_ADMIN', unitId: dit.id });
    await ok(`/api/v1/employees/${ids.outsider}/roles`, { role: 'UNIT_ADMIN', unitId: other.id });
    for (const k of Object.keys(nips)) tokens[k] = await t.login(nips[k], PASSWORD);
    // X works every working day of June on time, so the statement has an amount a sanction can move.
    const workingDays = ['01', '02', '03', '04', '05', '08', '09', '10', '11', '12', '15', '16', '17', '18', '19', '22', '23', '24', '25', '26', '29', '30'];
    const clockEvents = workingDays.flatMap((d) => [
      { nip: nips.x, at: `2026-06-${d}T07:25:00+07:00`, direction: 'IN' },
      { nip: nips.x, at: `2026-06-${d}T${['05', '12', '19', '26'].includes(d) ? '16:35' : '16:05'}:00+07:00`, direction: 'OUT' },
    ]);
    expect(await ok('/api/v1/attendance/clock-events/import', clockEvents)).toMatchObject({ accepted: clockEvents.length, rejected: [] });
  }, 180_000);
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  describe('a regrade takes an effective date (HR only)', () => {
    it('anyone but HR is refused 403: an employee, a unit admin of another unit, even the unit’s own admin', async () => {
      const body = { kelas: 9, effectiveDate: '2026-06-16' };
      for (const who of ['x', 'outsider', 'ditAdmin']) {
        const res = await t.post(`/api/v1/positions/${ids.analis}/regrades`, body, tokens[who]);
        expect([who, res.status]).toEqual([who, 403]);
      }
      // The edit form's kelas is a regrade too: a unit admin may rename the post but not regrade it.
      const patch = await t.request('PATCH', `/api/v1/positions/${ids.pengadmin}`, { body: { kelas: 9 }, token: tokens.ditAdmin });
      expect(patch.status).toBe(403);
      expect((await t.request('PATCH', `/api/v1/positions/${ids.pengadmin}`, { body: { name: 'Pengadministrasi Umum' }, token: tokens.ditAdmin })).status).toBe(200);
      expect((await t.get(`/api/v1/positions/${ids.analis}`, admin)).body.kelas).toBe(8);
    });

    it('refuses a regrade after today, one keeping the kelas, and a bad request', async () => {
      const future = await t.post(`/api/v1/positions/${ids.analis}/regrades`, { kelas: 9, effectiveDate: '2026-07-02' }, admin);
      expect([future.status, future.body.code]).toEqual([400, 'REGRADE_IN_FUTURE']);
      const same = await t.post(`/api/v1/positions/${ids.analis}/regrades`, { kelas: 8, effectiveDate: '2026-06-16' }, admin);
      expect([same.status, same.body.code]).toEqual([400, 'KELAS_UNCHANGED']);
      const bad = await t.post(`/api/v1/positions/${ids.analis}/regrades`, { kelas: 18, effectiveDate: '16-06-2026' }, admin);
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: any) => e.field).sort()).toEqual(['effectiveDate']);
      const unknown = await t.post(`/api/v1/positions/00000000-0000-4000-8000-000000000000/regrades`, { kelas: 9, effectiveDate: '2026-06-16' }, admin);
      expect(unknown.status).toBe(404);
    });

    it('HR regrades ANALIS to kelas 9 from 16 June: audited, published as organization.position-regraded.v1', async () => {
      const res = await t.post(`/api/v1/positions/${ids.analis}/regrades`, { kelas: 9, effectiveDate: '2026-06-16', reason: 'SK 12/2026' }, admin);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        positionId: ids.analis,
        history: [
          { effectiveFrom: null, kelas: 8, reason: null },
          { effectiveFrom: '2026-06-16', kelas: 9, reason: 'SK 12/2026' },
        ],
      });
      expect((await t.get(`/api/v1/positions/${ids.analis}`, admin)).body.kelas).toBe(9);
      const events = await db.query(`SELECT type, subject, payload FROM platform.outbox WHERE type = 'organization.position-regraded.v1'`);
      expect(events.rows).toEqual([
        {
          type: 'organization.position-regraded.v1',
          subject: `positions/${ids.analis}`,
          payload: { positionId: ids.analis, unitId: ids.dit, kelas: 9, previousKelas: 8, effectiveDate: '2026-06-16', reason: 'SK 12/2026' },
        },
      ]);
      const audit = await db.query(`SELECT action, reason FROM platform.audit_log WHERE target_id = $1 AND action = 'RegradePosition'`, [ids.analis]);
      expect(audit.rows).toEqual([{ action: 'RegradePosition', reason: 'SK 12/2026' }]);
      const again = await t.post(`/api/v1/positions/${ids.analis}/regrades`, { kelas: 10, effectiveDate: '2026-06-10' }, admin);
      expect([again.status, again.body.code]).toEqual([409, 'REGRADE_BEFORE_LAST']);
    });

    it('the work-calendars facade gives each day, definitive or acting, the kelas it had', async () => {
      const calendars = await t.app.get(WorkCalendarsFacade).workCalendars([ids.x, ids.y], '2026-06-14', '2026-06-17');
      expect(calendars.get(ids.x)!.map((d) => [d.date, d.kelas])).toEqual([
        ['2026-06-14', 8],
        ['2026-06-15', 8],
        ['2026-06-16', 9],
        ['2026-06-17', 9],
      ]);
      expect(calendars.get(ids.y)!.map((d) => d.kelas)).toEqual([7, 7, 7, 7]);
    });
  });

  describe('the close pays a mid-month regrade per calendar day', () => {
    it('gross = (15 days × 4,595,150 + 15 days × 5,079,200) / 30 = 4,837,175', async () => {
      // Events of writes committed before the close are delivered whenever the relay runs; delivered after the
      // close they would (harmlessly) mark statements stale, so the test delivers them first.
      await relay.drain();
      expect((await t.post('/api/v1/periods/2026-06/close', {}, admin)).status).toBe(202);
      await untilClosed(t, admin, '2026-06');
      const res = await statement('x');
      expect(res.status).toBe(200);
      expect(res.body.gross).toBe(4837175);
      const kelasByDay = res.body.inputs.days.map((d: any) => d.kelas);
      expect(kelasByDay).toEqual([...Array(15).fill(8), ...Array(15).fill(9)]);
      expect(JSON.stringify(res.body.inputs)).not.toContain('current kelas');
      // Y's position was never regraded: kelas 7 all month.
      expect((await statement('y')).body.gross).toBe(3915950);
    });
  });

  describe('no organization write changes a closed month: 409 MONTH_CLOSED, nothing written', () => {
    it('a regrade effective in June; from July it is accepted (and the edit form regrades from today)', async () => {
      expectMonthClosed(await t.post(`/api/v1/positions/${ids.pengadmin}/regrades`, { kelas: 8, effectiveDate: '2026-06-20' }, admin));
      expect((await t.get(`/api/v1/positions/${ids.pengadmin}`, admin)).body.kelas).toBe(7);
      const patched = await t.request('PATCH', `/api/v1/positions/${ids.pengadmin}`, { body: { kelas: 8 }, token: admin });
      expect([patched.status, patched.body.kelas]).toEqual([200, 8]);
      const history = await db.query(`SELECT effective_from::text, kelas FROM organization.position_kelas WHERE position_id = $1 ORDER BY effective_from`, [ids.pengadmin]);
      expect(history.rows).toEqual([
        { effective_from: '-infinity', kelas: 7 },
        { effective_from: '2026-07-01', kelas: 8 },
      ]);
      const event = await db.query(`SELECT payload FROM platform.outbox WHERE type = 'organization.position-regraded.v1' AND subject = $1`, [`positions/${ids.pengadmin}`]);
      expect(event.rows).toEqual([{ payload: { positionId: ids.pengadmin, unitId: ids.dit, kelas: 8, previousKelas: 7, effectiveDate: '2026-07-01', reason: null } }]);
    });

    it('a status change effective in June; from July it is accepted', async () => {
      expectMonthClosed(await t.post(`/api/v1/employees/${ids.y}/status-changes`, { status: 'STUDY_ASSIGNMENT', effectiveDate: '2026-06-10' }, admin));
      expect((await t.post(`/api/v1/employees/${ids.y}/status-changes`, { status: 'STUDY_ASSIGNMENT', effectiveDate: '2026-07-01' }, admin)).status).toBe(201);
    });

    it('an assignment starting in June, and ending one so that June days are no longer held', async () => {
      const newcomer = await new OrgBuilder(t, admin).employee('Pegawai Baru', { since: '2026-06-01' });
      ids.newcomer = newcomer.id;
      expectMonthClosed(await t.post(`/api/v1/employees/${newcomer.id}/assignments`, { positionId: ids.pengadmin, type: 'DEFINITIVE', startDate: '2026-06-01' }, admin));
      const placed = await ok(`/api/v1/employees/${newcomer.id}/assignments`, { positionId: ids.pengadmin, type: 'DEFINITIVE', startDate: '2026-07-01' });
      expect(placed.startDate).toBe('2026-07-01');
      const [yAssignment] = (await db.query(`SELECT id FROM organization.assignments WHERE employee_id = $1`, [ids.y])).rows;
      expectMonthClosed(await t.post(`/api/v1/employees/${ids.y}/assignments/${yAssignment.id}/end`, { endDate: '2026-06-20' }, admin));
      expect((await t.post(`/api/v1/employees/${ids.y}/assignments/${yAssignment.id}/end`, { endDate: '2026-07-10' }, admin)).status).toBeLessThan(300);
    });

    it('a holiday and a roster entry in June', async () => {
      expectMonthClosed(await t.post('/api/v1/holidays', { date: '2026-06-18', name: 'Hari jadi', unitId: ids.dit }, admin));
      expect((await t.post('/api/v1/holidays', { date: '2026-07-17', name: 'Hari jadi', unitId: ids.dit }, admin)).status).toBe(201);
      const shift = await ok('/api/v1/shifts', { code: 'MALAM', name: 'Malam', start: '22:00', end: '06:00', breakMinutes: 60 });
      expectMonthClosed(
        await t.post(
          '/api/v1/rosters',
          {
            entries: [
              { employeeId: ids.x, date: '2026-07-02', shiftId: shift.id },
              { employeeId: ids.x, date: '2026-06-20', shiftId: shift.id },
            ],
          },
          admin,
        ),
      );
      expect((await db.query(`SELECT count(*)::int AS n FROM organization.roster_entries WHERE employee_id = $1`, [ids.x])).rows[0].n).toBe(0);
      expect((await t.post('/api/v1/rosters', { entries: [{ employeeId: ids.x, date: '2026-07-02', shiftId: shift.id }] }, admin)).status).toBeLessThan(300);
    });

    it('a unit’s time zone, when anyone was placed in it in a closed month; a unit never staffed may change', async () => {
      expectMonthClosed(await t.request('PATCH', `/api/v1/units/${ids.dit}`, { body: { timeZone: 'Asia/Makassar' }, token: admin }));
      expect((await t.get(`/api/v1/units/${ids.dit}`, admin)).body.timeZone).toBe('Asia/Jakarta');
      const renamed = await t.request('PATCH', `/api/v1/units/${ids.dit}`, { body: { name: 'Direktorat' }, token: admin });
      expect(renamed.status).toBe(200);
      const empty = await t.request('PATCH', `/api/v1/units/${ids.empty}`, { body: { timeZone: 'Asia/Jayapura' }, token: admin });
      expect([empty.status, empty.body.timeZone]).toEqual([200, 'Asia/Jayapura']);
    });
  });

  describe('statements go stale from the decisions that move money, and recompute issues version n+1', () => {
    it('a sanction on June: stale → recompute → version 2 with previousNet and delta', async () => {
      const v1 = (await statement('x')).body;
      expect(v1.net).toBeGreaterThan(0);
      await ok('/api/v1/sanctions', { employeeId: ids.x, percent: '25', startMonth: '2026-06', months: 1, reason: 'Pelanggaran disiplin', decreeNumber: 'K-9' });
      expect(await stale('x')).toBe(true);
      expect((await t.post('/api/v1/periods/2026-06/recompute', {}, admin)).body).toEqual({ month: '2026-06', stale: 1, recomputed: 1 });
      const v2 = (await statement('x')).body;
      expect(v2).toMatchObject({ version: 2, gross: 4837175, previousNet: v1.net, delta: v2.net - v1.net });
      expect(v2.lines[0]).toEqual({ code: 'SANCTION', percent: '25', amount: Math.round((4837175 * 25) / 100) });
      expect(await stale('x')).toBe(false);
    });

    it('published integration events mark the closed month’s statements stale, only where they reach', async () => {
      const uow = t.app.get(UnitOfWork);
      const outbox = t.app.get(Outbox);
      const publish = (type: string, subject: string, data: unknown) => uow.run(() => outbox.publishAll([{ type, source: 'test', subject, data }]));
      await relay.drain();
      const [{ last }] = (await db.query(`SELECT coalesce(max(id), 0) AS last FROM platform.audit_log`)).rows;
      const absence = {
        absenceId: ids.y,
        employeeId: ids.y,
        type: 'CT',
        startDate: '2026-06-29',
        endDate: '2026-07-02',
        decidedBy: null,
        decidedAt: '2026-07-01T03:00:00Z',
        reason: null,
        months: ['2026-07', '2026-06'],
      };
      const permit = {
        permitId: ids.y,
        employeeId: ids.y,
        type: 'DL',
        date: '2026-06-30',
        time: null,
        decidedBy: null,
        decidedAt: '2026-07-01T03:00:00Z',
        reason: null,
        months: ['2026-06'],
      };
      const cases: Array<[string, string, unknown, string]> = [
        ['organization.employee-status-changed.v1', `employees/${ids.y}`, { employeeId: ids.y, status: 'CPNS', effectiveDate: '2026-06-10' }, 'y'],
        [
          'organization.employee-assigned.v1',
          `employees/${ids.y}`,
          { employeeId: ids.y, assignmentId: ids.y, positionId: ids.pengadmin, unitId: ids.dit, type: 'PLT', startDate: '2026-06-01', endDate: '2026-06-30' },
          'y',
        ],
        ['organization.assignment-ended.v1', `employees/${ids.y}`, { employeeId: ids.y, assignmentId: ids.y, endDate: '2026-06-20' }, 'y'],
        [
          'organization.position-regraded.v1',
          `positions/${ids.analis}`,
          { positionId: ids.analis, unitId: ids.dit, kelas: 9, previousKelas: 8, effectiveDate: '2026-06-16', reason: null },
          'x',
        ],
        [
          'appraisal.rating-changed.v1',
          `employees/${ids.x}`,
          {
            appraisalId: ids.x,
            employeeId: ids.x,
            period: '2026-06',
            kind: 'PERIODIC',
            months: ['2026-06'],
            version: 2,
            predikat: 'BAIK',
            previousPredikat: null,
            ratingMultiplier: '1',
            ratedOn: '2026-07-01',
          },
          'x',
        ],
        ['attendance.absence-decided.v1', `employees/${ids.y}`, { ...absence, status: 'APPROVED' }, 'y'],
        ['attendance.permit-decided.v1', `employees/${ids.y}`, { ...permit, status: 'APPROVED' }, 'y'],
        [
          'attendance.clock-event-corrected.v1',
          `employees/${ids.x}`,
          {
            clockEventId: ids.x,
            employeeId: ids.x,
            at: '2026-06-30T00:25:00Z',
            direction: 'IN',
            reason: 'Mesin rusak',
            localDate: '2026-06-30',
            month: '2026-06',
            timeZone: 'Asia/Jakarta',
          },
          'x',
        ],
        ['activity-logging.activity-reviewed.v1', `employees/${ids.y}`, { activityId: ids.y, employeeId: ids.y, date: '2026-06-30', month: '2026-06', status: 'REJECTED' }, 'y'],
      ];
      for (const [type, subject, data, who] of cases) {
        await db.query(`UPDATE remuneration.statements SET stale = false`);
        await publish(type, subject, data);
        await relay.drain();
        expect([type, await stale(who), await stale(who === 'x' ? 'y' : 'x')]).toEqual([type, true, false]);
      }
      // Delivered again (a relay died before marking it published): the inbox makes it a no-op.
      await db.query(`UPDATE remuneration.statements SET stale = false`);
      await db.query(`UPDATE platform.outbox SET published_at = NULL WHERE type = 'appraisal.rating-changed.v1' AND subject = $1`, [`employees/${ids.x}`]);
      expect(await relay.drain()).toBe(1);
      expect(await stale('x')).toBe(false);
      // An event reaching only July (open: no statements yet), or a rejection, marks nothing.
      await db.query(`UPDATE remuneration.statements SET stale = false`);
      await publish('organization.employee-status-changed.v1', `employees/${ids.x}`, { employeeId: ids.x, status: 'PNS', effectiveDate: '2026-07-05' });
      await publish('attendance.absence-decided.v1', `employees/${ids.y}`, { ...absence, status: 'REJECTED' });
      await publish('attendance.permit-decided.v1', `employees/${ids.y}`, { ...permit, status: 'REJECTED' });
      await relay.drain();
      expect([await stale('x'), await stale('y')]).toEqual([false, false]);
      const audit = await db.query(`SELECT action, target_type, target_id, reason, after FROM platform.audit_log WHERE action = 'MarkStatementsStale' AND id > $1 ORDER BY id`, [
        last,
      ]);
      expect(audit.rows.map((r) => [r.target_type, r.reason.split(' ')[0], r.after.marked])).toEqual([
        ['Employee', 'organization.employee-status-changed.v1', 1],
        ['Employee', 'organization.employee-assigned.v1', 1],
        ['Employee', 'organization.assignment-ended.v1', 1],
        ['Position', 'organization.position-regraded.v1', 2], // X's versions 1 and 2
        ['Employee', 'appraisal.rating-changed.v1', 2],
        ['Employee', 'attendance.absence-decided.v1', 1],
        ['Employee', 'attendance.permit-decided.v1', 1],
        ['Employee', 'attendance.clock-event-corrected.v1', 2],
        ['Employee', 'activity-logging.activity-reviewed.v1', 1],
      ]);
    });

    it('recomputing after an event that changed nothing issues no new version and leaves nothing stale', async () => {
      await db.query(`UPDATE remuneration.statements SET stale = true WHERE employee_id = $1`, [ids.y]);
      const before = (await statement('y')).body;
      expect((await t.post('/api/v1/periods/2026-06/recompute', {}, admin)).body).toEqual({ month: '2026-06', stale: 1, recomputed: 0 });
      expect((await statement('y')).body.version).toBe(before.version);
      expect(await stale('y')).toBe(false);
    });
  });

  describe('the month lock over a range of months', () => {
    it('creates no period for months nobody wrote or closed (assignments reach back to 2020)', async () => {
      const months = (await db.query(`SELECT month FROM remuneration.periods ORDER BY month`)).rows.map((r) => r.month);
      expect(months.filter((m) => m < '2026-06')).toEqual([]);
    });

    it('a close creating its month’s period waits for a write that reached back over it without one', async () => {
      const writer = new Client({ connectionString: t.databaseUrl });
      await writer.connect();
      try {
        await writer.query('BEGIN');
        // What an organization write reaching back over April holds until it commits.
        await writer.query(`SELECT pg_advisory_xact_lock_shared(hashtextextended('remuneration.period-creation', 0))`);
        let answered = false;
        const close = t.post('/api/v1/periods/2026-04/close', {}, admin).then((res) => ((answered = true), res));
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(answered).toBe(false);
        await writer.query('COMMIT');
        expect((await close).status).toBe(202);
        await untilClosed(t, admin, '2026-04');
      } finally {
        await writer.end();
      }
    });
  });
});
