import { Client } from 'pg';
import { startTestApp, TestApp, TestClock } from '../support/test-app';
import { OrgBuilder, PASSWORD } from '../support/org-builder';

/**
 * Every attendance decision that moves money leaves the module as a versioned integration event in the
 * outbox, written by the command pipeline in the same transaction as the change (the relay is off here).
 */
describe('attendance: decisions that move money reach the outbox', () => {
  let t: TestApp;
  let db: Client;
  let admin: string;
  let org: OrgBuilder;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  const clock = new TestClock('2026-07-02T03:00:00Z');

  /** The outbox rows about one subject, oldest first, without what the database adds (id, position, times). */
  const outbox = async (subject: string, type: string) =>
    (await db.query(`SELECT type, source, subject, payload FROM platform.outbox WHERE subject = $1 AND type = $2 ORDER BY position`, [subject, type])).rows;

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    admin = await t.adminToken();
    org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    const east = await org.unit('JYP', root.id, { timeZone: 'Asia/Jayapura' });
    const headPos = await org.position('HEAD', root.id, null, 'ADMINISTRATOR', 12);
    const staffPos = await org.position('STAFF', root.id, headPos.id);
    ids.eastPos = (await org.position('EAST', east.id, null)).id;
    const head = await org.placed('Head', headPos.id, '2026-01-01');
    const staff = await org.employee('Staff');
    await org.assign(staff.id, staffPos.id, 'DEFINITIVE', '2026-01-01', '2026-05-31');
    const mover = await org.placed('Mover', staffPos.id, '2026-01-01');
    Object.assign(ids, { head: head.id, staff: staff.id, mover: mover.id });
    tokens.head = await t.login(head.nip, PASSWORD);
    tokens.staff = await t.login(staff.nip, PASSWORD);
    tokens.mover = await t.login(mover.nip, PASSWORD);
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('an absence: filed by the employee, then approved by the supervisor — each an event with the months it touches', async () => {
    const filed = await t.post('/api/v1/absences', { employeeId: ids.mover, type: 'CS', startDate: '2026-06-29', endDate: '2026-07-01', reason: 'Demam tinggi' }, tokens.mover);
    expect(filed.status).toBe(201);
    const approved = await t.post(`/api/v1/absences/${filed.body.id}/approve`, { note: 'Semoga lekas sembuh' }, tokens.head);
    expect(approved.status).toBe(200);
    const common = { absenceId: filed.body.id, employeeId: ids.mover, type: 'CS', startDate: '2026-06-29', endDate: '2026-07-01' };
    expect(await outbox(ids.mover, 'attendance.absence-filed.v1')).toEqual([
      { type: 'attendance.absence-filed.v1', source: 'attendance', subject: ids.mover, payload: { ...common, filedBy: expect.any(String) } },
    ]);
    expect(await outbox(ids.mover, 'attendance.absence-decided.v1')).toEqual([
      {
        type: 'attendance.absence-decided.v1',
        source: 'attendance',
        subject: ids.mover,
        payload: {
          ...common,
          status: 'APPROVED',
          decidedBy: expect.any(String),
          decidedAt: '2026-07-02T03:00:00.000Z',
          reason: 'Semoga lekas sembuh',
          months: ['2026-06', '2026-07'],
        },
      },
    ]);
  });

  it('a rejected absence and one HR records (approved at once) are decisions too', async () => {
    const recorded = await t.post('/api/v1/absences', { employeeId: ids.mover, type: 'DL', startDate: '2026-07-08', endDate: '2026-07-09', reason: 'Dinas luar' }, admin);
    expect(recorded.body.status).toBe('APPROVED');
    const decisions = (await outbox(ids.mover, 'attendance.absence-decided.v1')).map((r) => r.payload);
    expect(decisions.find((d) => d.absenceId === recorded.body.id)).toMatchObject({ status: 'APPROVED', type: 'DL', months: ['2026-07'] });
    expect((await outbox(ids.mover, 'attendance.absence-filed.v1')).map((r) => r.payload.absenceId)).toContain(recorded.body.id);

    const other = await t.post('/api/v1/absences', { employeeId: ids.mover, type: 'I', startDate: '2026-07-13', endDate: '2026-07-13', reason: 'Pindahan rumah' }, tokens.mover);
    expect((await t.post(`/api/v1/absences/${other.body.id}/reject`, { reason: 'Ada rapat penting' }, tokens.head)).status).toBe(200);
    const rejected = (await outbox(ids.mover, 'attendance.absence-decided.v1')).map((r) => r.payload).find((d) => d.absenceId === other.body.id);
    expect(rejected).toMatchObject({ status: 'REJECTED', reason: 'Ada rapat penting', months: ['2026-07'] });
  });

  it('a permit: filed, then approved or rejected, and one HR records', async () => {
    const late = await t.post('/api/v1/permits', { employeeId: ids.mover, type: 'LATE_ARRIVAL', date: '2026-07-01', reason: 'Ban bocor' }, tokens.mover);
    const early = await t.post('/api/v1/permits', { employeeId: ids.mover, type: 'EARLY_LEAVE', date: '2026-07-01', reason: 'Ke dokter' }, tokens.mover);
    expect((await t.post(`/api/v1/permits/${late.body.id}/approve`, {}, tokens.head)).status).toBe(200);
    expect((await t.post(`/api/v1/permits/${early.body.id}/reject`, { reason: 'Tidak ada surat' }, tokens.head)).status).toBe(200);
    const punch = await t.post('/api/v1/permits', { employeeId: ids.mover, type: 'MISSING_PUNCH', date: '2026-06-30', time: '16:05', reason: 'Mesin mati' }, admin);
    expect(punch.body.status).toBe('APPROVED');

    expect((await outbox(ids.mover, 'attendance.permit-filed.v1')).map((r) => r.payload)).toEqual([
      { permitId: late.body.id, employeeId: ids.mover, type: 'LATE_ARRIVAL', date: '2026-07-01', time: null, filedBy: expect.any(String) },
      { permitId: early.body.id, employeeId: ids.mover, type: 'EARLY_LEAVE', date: '2026-07-01', time: null, filedBy: expect.any(String) },
      { permitId: punch.body.id, employeeId: ids.mover, type: 'MISSING_PUNCH', date: '2026-06-30', time: '16:05', filedBy: expect.any(String) },
    ]);
    const decided = await outbox(ids.mover, 'attendance.permit-decided.v1');
    expect(decided.map((r) => [r.source, r.subject])).toEqual([
      ['attendance', ids.mover],
      ['attendance', ids.mover],
      ['attendance', ids.mover],
    ]);
    expect(decided.map((r) => r.payload)).toEqual([
      expect.objectContaining({ permitId: late.body.id, status: 'APPROVED', reason: null, months: ['2026-07'], decidedAt: '2026-07-02T03:00:00.000Z' }),
      expect.objectContaining({ permitId: early.body.id, status: 'REJECTED', reason: 'Tidak ada surat', months: ['2026-07'] }),
      expect.objectContaining({ permitId: punch.body.id, status: 'APPROVED', type: 'MISSING_PUNCH', time: '16:05', months: ['2026-06'] }),
    ]);
  });

  it('a clock correction names the day and month it counts for, in the zone of the unit that day', async () => {
    // 16:30 UTC on 30 June is 23:30 in Jakarta but already 1 July in Jayapura.
    const at = '2026-06-30T16:30:00Z';
    const first = await t.post('/api/v1/attendance/clock-events/corrections', { employeeId: ids.staff, at, direction: 'OUT', reason: 'Mesin rusak' }, admin);
    expect(first.status).toBe(201);
    expect(await outbox(ids.staff, 'attendance.clock-event-corrected.v1')).toEqual([
      {
        type: 'attendance.clock-event-corrected.v1',
        source: 'attendance',
        subject: ids.staff,
        payload: {
          clockEventId: first.body.id,
          employeeId: ids.staff,
          at: '2026-06-30T16:30:00.000Z',
          direction: 'OUT',
          reason: 'Mesin rusak',
          localDate: '2026-06-30',
          month: '2026-06',
          timeZone: 'Asia/Jakarta',
        },
      },
    ]);

    // The employee is placed in Jayapura from June on: the placement this process remembered is dropped as the
    // assignment commits, so the next correction is read in the new zone at once.
    await org.assign(ids.staff, ids.eastPos, 'DEFINITIVE', '2026-06-01');
    const second = await t.post('/api/v1/attendance/clock-events/corrections', { employeeId: ids.staff, at: '2026-06-30T16:31:00Z', reason: 'Mesin rusak' }, admin);
    expect(second.status).toBe(201);
    const payloads = (await outbox(ids.staff, 'attendance.clock-event-corrected.v1')).map((r) => r.payload);
    expect(payloads[1]).toMatchObject({ clockEventId: second.body.id, direction: null, localDate: '2026-07-01', month: '2026-07', timeZone: 'Asia/Jayapura' });

    // A correction that repeats a recorded instant adds nothing, and so announces nothing.
    expect((await t.post('/api/v1/attendance/clock-events/corrections', { employeeId: ids.staff, at, reason: 'lagi' }, admin)).status).toBe(409);
    expect(await outbox(ids.staff, 'attendance.clock-event-corrected.v1')).toHaveLength(2);
  });

  it('a discipline alert is published once per threshold', async () => {
    // The head has no clock event in 2026: the first weekdays of January reach the first two thresholds.
    const scan = await t.post('/api/v1/attendance/discipline-alerts/scan', { year: 2026, through: '2026-01-06' }, admin);
    expect(scan.status).toBe(200);
    await t.post('/api/v1/attendance/discipline-alerts/scan', { year: 2026, through: '2026-01-06' }, admin);
    const alerts = await outbox(ids.head, 'attendance.discipline-threshold-reached.v1');
    expect(alerts.map((r) => [r.source, r.payload.tkDays, r.payload.severity])).toEqual([
      ['attendance', 3, 'RINGAN'],
      ['attendance', 4, 'RINGAN'],
    ]);
    expect(alerts[0].payload).toEqual({
      alertId: expect.any(String),
      employeeId: ids.head,
      unitId: expect.any(String),
      year: 2026,
      tkDays: 3,
      tkDaysCounted: 4,
      severity: 'RINGAN',
      sanction: 'teguran lisan',
      sanctionEn: 'oral reprimand',
    });
  });

  it('clocking in is the month lock, one INSERT and its audit row in one transaction once the placement is known', async () => {
    const perRequest: string[][] = [];
    let statements: string[] = [];
    const query = (Client.prototype as any).query;
    (Client.prototype as any).query = function (this: unknown, ...args: any[]) {
      const sql = typeof args[0] === 'string' ? args[0] : args[0]?.text;
      statements.push(String(sql).trim().split(/\s+/).slice(0, 3).join(' '));
      return query.apply(this, args);
    };
    try {
      for (const minute of ['10', '11']) {
        clock.set(`2026-07-02T01:${minute}:00Z`);
        perRequest.push((statements = []));
        const res = await t.post('/api/v1/attendance/clock', { direction: 'IN' }, tokens.mover);
        expect(res.status).toBe(201);
      }
    } finally {
      (Client.prototype as any).query = query;
    }
    // The first clock-in of the day reads the placement (for the zone, hence the month); the next ones do not.
    // The month's period row is held shared until the commit, so the close cannot slip in between.
    expect(perRequest[0]).toContain('SELECT e.id AS');
    expect(perRequest[1]).toEqual(['START TRANSACTION', 'SELECT status FROM', 'INSERT INTO attendance.clock_events', 'INSERT INTO platform.audit_log', 'COMMIT']);
  });
});
