import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { addDays, isoDayOfWeek } from '../../src/shared-kernel/local-date';
import { localDateOf } from '../../src/shared-kernel/zone';
import { startTestApp, TestApp } from '../support/test-app';
import { OrgBuilder, PASSWORD } from '../support/org-builder';

/** How clock events come in (employee, device, HR import), who may file and decide requests, who may read what. */
describe('attendance: intake, requests and access', () => {
  let t: TestApp;
  let admin: string;
  let org: OrgBuilder;
  const ids: Record<string, string> = {};
  const nips: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  const count = async (table: string) => Number((await t.app.get(DataSource).query(`SELECT count(*) AS n FROM attendance.${table}`))[0].n);
  const day = async (employeeId: string, date: string, token = admin) => {
    const res = await t.get(`/api/v1/attendance/days?employeeId=${employeeId}&month=${date.slice(0, 7)}`, token);
    expect(res.status).toBe(200);
    return res.body.find((d: any) => d.date === date);
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    const dit = await org.unit('DIT', root.id);
    const other = await org.unit('OTHER', root.id);
    const headPos = await org.position('HEAD', dit.id, null, 'ADMINISTRATOR', 12);
    const staffPos = await org.position('STAFF', dit.id, headPos.id, 'PELAKSANA', 8);
    const otherPos = await org.position('OTHER-STAFF', other.id, null, 'PELAKSANA', 8);
    const people = {
      head: await org.placed('Head', headPos.id, '2026-06-01'),
      staff: await org.placed('Staff', staffPos.id, '2026-06-01'),
      peer: await org.placed('Peer', staffPos.id, '2026-06-01'),
      deputy: await org.placed('Deputy', staffPos.id, '2026-06-01'),
      outsider: await org.placed('Outsider', otherPos.id, '2026-06-01'),
    };
    for (const [k, v] of Object.entries(people)) {
      ids[k] = v.id;
      nips[k] = v.nip;
      tokens[k] = await t.login(v.nip, PASSWORD);
    }
    ids.dit = dit.id;
    ids.other = other.id;
    ids.headPos = headPos.id;
    expect((await t.post(`/api/v1/employees/${ids.outsider}/roles`, { role: 'UNIT_ADMIN', unitId: other.id }, admin)).status).toBeLessThan(300);
    tokens.outsider = await t.login(nips.outsider, PASSWORD);
  });
  afterAll(() => t.close());

  describe('the employee clocks in', () => {
    it('records now; a repeated Idempotency-Key returns the first result', async () => {
      const first = await t.request('POST', '/api/v1/attendance/clock', { token: tokens.staff, body: { direction: 'IN' }, headers: { 'idempotency-key': 'k-1' } });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ employeeId: ids.staff, direction: 'IN', source: 'SELF' });
      const again = await t.request('POST', '/api/v1/attendance/clock', { token: tokens.staff, body: { direction: 'IN' }, headers: { 'idempotency-key': 'k-1' } });
      expect(again.body).toEqual(first.body);
      expect(await count('clock_events')).toBe(1);
    });

    it('refuses a bad direction and an account without an employee, changing nothing', async () => {
      const bad = await t.post('/api/v1/attendance/clock', { direction: 'SIDEWAYS' }, tokens.staff);
      expect(bad.status).toBe(400);
      expect(bad.headers['content-type']).toContain('application/problem+json');
      expect((await t.post('/api/v1/attendance/clock', { direction: 'IN' }, admin)).status).toBe(403);
      expect(await count('clock_events')).toBe(1);
    });
  });

  describe('HR import', () => {
    it('reports accepted, duplicates and each rejected row with its index and code', async () => {
      const rows = [
        { nip: nips.peer, at: '2026-06-02T07:20:00+07:00', direction: 'IN' },
        { nip: nips.peer, at: '2026-06-02T00:20:00Z', direction: 'IN' },
        { nip: nips.peer, at: '2026-06-02T16:05:00+07:00' },
        { nip: '199901012020011999', at: '2026-06-02T07:20:00+07:00' },
        { nip: nips.peer, at: '2026-06-02 07:20' },
        { nip: nips.peer, at: '2026-06-02T07:21:00+07:00', direction: 'UP' },
        'not a row',
      ];
      const res = await t.post('/api/v1/attendance/clock-events/import', rows, admin);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        accepted: 2,
        duplicates: 1,
        rejected: [
          { index: 3, code: 'UNKNOWN_NIP', detail: expect.any(String) },
          { index: 4, code: 'INVALID_INSTANT', detail: expect.any(String) },
          { index: 5, code: 'INVALID_DIRECTION', detail: expect.any(String) },
          { index: 6, code: 'INVALID_ROW', detail: expect.any(String) },
        ],
      });
      const again = await t.post('/api/v1/attendance/clock-events/import', rows.slice(0, 3), admin);
      expect(again.body).toEqual({ accepted: 0, duplicates: 3, rejected: [] });
      // The untyped 16:05 punch, the day's latest, is the clock-out.
      expect(await day(ids.peer, '2026-06-02')).toMatchObject({ codes: ['H'], clockIn: '07:20:00', clockOut: '16:05:00' });
    });

    it('is for HR only', async () => {
      expect((await t.post('/api/v1/attendance/clock-events/import', [], tokens.staff)).status).toBe(403);
    });

    it('a correction is a new event with its reason; the recorded ones stay', async () => {
      const res = await t.post(
        '/api/v1/attendance/clock-events/corrections',
        { employeeId: ids.peer, at: '2026-06-03T07:25:00+07:00', direction: 'IN', reason: 'Mesin rusak' },
        admin,
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ source: 'CORRECTION', reason: 'Mesin rusak' });
      const list = await t.get(`/api/v1/attendance/clock-events?employeeId=${ids.peer}&from=2026-06-01&to=2026-06-30`, admin);
      expect(list.body.items.map((e: any) => e.source)).toEqual(['IMPORT', 'IMPORT', 'CORRECTION']);
    });
  });

  describe('attendance devices', () => {
    let a: { id: string; key: string };
    let b: { id: string; key: string };
    const push = (deviceId: string, key: string | null, body: unknown) =>
      t.request('POST', `/api/v1/attendance/devices/${deviceId}/events`, { body, headers: key === null ? {} : { 'x-device-key': key } });

    beforeAll(async () => {
      a = (await t.post('/api/v1/attendance/devices', { name: 'Lobby', unitId: ids.dit }, admin)).body;
      b = (await t.post('/api/v1/attendance/devices', { name: 'Gate' }, admin)).body;
    });

    it('issues the key once and never shows it again', async () => {
      expect(a.key).toMatch(/^[\w-]{40,}$/);
      const read = await t.get(`/api/v1/attendance/devices/${a.id}`, admin);
      expect(read.body).not.toHaveProperty('key');
      expect(JSON.stringify((await t.get('/api/v1/attendance/devices', admin)).body)).not.toContain(a.key);
    });

    it('a batch arriving three days late is classified on the days it happened', async () => {
      let date = addDays(localDateOf(new Date(), 'Asia/Jakarta'), -3);
      while (isoDayOfWeek(date) > 5) date = addDays(date, -1);
      const res = await push(a.id, a.key, [
        { nip: nips.deputy, at: `${date}T07:29:00+07:00` },
        { nip: nips.deputy, at: `${date}T16:31:00+07:00` },
      ]);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ accepted: 2, duplicates: 0, rejected: [] });
      expect(await day(ids.deputy, date)).toMatchObject({ codes: ['H'], clockIn: '07:29:00', clockOut: '16:31:00' });
    });

    it('a wrong or missing key is 401; one device cannot post for another', async () => {
      const row = [{ nip: nips.deputy, at: '2026-06-04T07:29:00+07:00' }];
      const before = await count('clock_events');
      expect((await push(a.id, 'wrong-key', row)).status).toBe(401);
      expect((await push(a.id, null, row)).status).toBe(401);
      const borrowed = await push(b.id, a.key, row);
      expect(borrowed.status).toBe(401);
      expect(borrowed.body.code).toBe('INVALID_DEVICE_KEY');
      const impersonating = await push(a.id, a.key, [{ ...row[0], deviceId: b.id }]);
      expect(impersonating.body.rejected).toEqual([{ index: 0, code: 'DEVICE_MISMATCH', detail: expect.any(String) }]);
      expect(await count('clock_events')).toBe(before);
    });

    it('a revoked key is 401', async () => {
      const revoked = await t.post(`/api/v1/attendance/devices/${b.id}/revoke`, { reason: 'stolen' }, admin);
      expect(revoked.status).toBe(200);
      expect(revoked.body.revokedAt).not.toBeNull();
      expect((await push(b.id, b.key, [{ nip: nips.deputy, at: '2026-06-04T07:29:00+07:00' }])).status).toBe(401);
    });

    it('a unit admin registers devices only in their units', async () => {
      expect((await t.post('/api/v1/attendance/devices', { name: 'X', unitId: ids.dit }, tokens.outsider)).status).toBe(403);
      expect((await t.post('/api/v1/attendance/devices', { name: 'X', unitId: ids.other }, tokens.outsider)).status).toBe(201);
    });
  });

  describe('absences and permits', () => {
    it('the employee files, a colleague may not decide, the supervisor on that date approves', async () => {
      const filed = await t.post('/api/v1/absences', { employeeId: ids.staff, type: 'CS', startDate: '2026-06-08', endDate: '2026-06-12', reason: 'Demam berdarah' }, tokens.staff);
      expect(filed.status).toBe(201);
      expect(filed.body).toMatchObject({ id: expect.any(String), status: 'SUBMITTED' });
      expect((await day(ids.staff, '2026-06-08')).codes).toEqual(['TK']);

      const byPeer = await t.post(`/api/v1/absences/${filed.body.id}/approve`, {}, tokens.peer);
      expect(byPeer.status).toBe(403);
      const bySelf = await t.post(`/api/v1/absences/${filed.body.id}/approve`, {}, tokens.staff);
      expect(bySelf.status).toBe(403);
      const inbox = await t.get('/api/v1/absences?awaitingMyDecision=true', tokens.head);
      expect(inbox.body.items.map((a: any) => a.id)).toEqual([filed.body.id]);

      const approved = await t.post(`/api/v1/absences/${filed.body.id}/approve`, {}, tokens.head);
      expect(approved.status).toBe(200);
      expect(approved.body.status).toBe('APPROVED');
      expect((await t.post(`/api/v1/absences/${filed.body.id}/reject`, { reason: 'too late' }, tokens.head)).status).toBe(409);

      // Sick leave: the first three working days of the episode are free, then 1 % a day.
      const summary = (await t.get(`/api/v1/attendance/summary?employeeId=${ids.staff}&month=2026-06`, admin)).body;
      expect(summary.counts.CS).toBe(5);
      expect(summary.leavePercent).toBe('2');
    });

    it('a Plh of the head position decides while appointed', async () => {
      expect(
        (await t.post(`/api/v1/employees/${ids.deputy}/assignments`, { positionId: ids.headPos, type: 'PLH', startDate: '2026-06-22', endDate: '2026-06-26' }, admin)).status,
      ).toBe(201);
      const filed = await t.post('/api/v1/permits', { employeeId: ids.peer, type: 'EARLY_LEAVE', date: '2026-06-23', reason: 'Urusan bank' }, tokens.peer);
      expect(filed.body.status).toBe('SUBMITTED');
      expect((await t.post(`/api/v1/permits/${filed.body.id}/approve`, {}, tokens.head)).status).toBe(403);
      const approved = await t.post(`/api/v1/permits/${filed.body.id}/approve`, {}, tokens.deputy);
      expect(approved.status).toBe(200);
      expect(approved.body.status).toBe('APPROVED');
    });

    it('a rejection needs a reason', async () => {
      const filed = await t.post('/api/v1/absences', { employeeId: ids.peer, type: 'I', startDate: '2026-06-15', endDate: '2026-06-15', reason: 'Pindahan rumah' }, tokens.peer);
      const noReason = await t.post(`/api/v1/absences/${filed.body.id}/reject`, {}, tokens.head);
      expect(noReason.status).toBe(400);
      const rejected = await t.post(`/api/v1/absences/${filed.body.id}/reject`, { reason: 'Ada rapat penting' }, tokens.head);
      expect(rejected.body).toMatchObject({ status: 'REJECTED', decisionReason: 'Ada rapat penting' });
    });

    it('refuses overlapping absences and annual leave beyond the entitlement, changing nothing', async () => {
      const before = await count('absences');
      const overlap = await t.post('/api/v1/absences', { employeeId: ids.staff, type: 'CT', startDate: '2026-06-12', endDate: '2026-06-15', reason: 'Liburan' }, admin);
      expect(overlap.status).toBe(422);
      expect(overlap.body).toMatchObject({ code: 'ABSENCES_OVERLAP', status: 422 });
      expect(overlap.headers['content-type']).toContain('application/problem+json');
      // July 2026 – 4 August: 25 working days, beyond the 12 of a first year.
      const tooMuch = await t.post('/api/v1/absences', { employeeId: ids.staff, type: 'CT', startDate: '2026-07-01', endDate: '2026-08-04', reason: 'Umrah' }, admin);
      expect(tooMuch.status).toBe(422);
      expect(tooMuch.body.code).toBe('ANNUAL_LEAVE_EXCEEDS_ENTITLEMENT');
      const inverted = await t.post('/api/v1/absences', { employeeId: ids.staff, type: 'CT', startDate: '2026-07-02', endDate: '2026-07-01', reason: 'x y z' }, admin);
      expect(inverted.status).toBe(400);
      expect(await count('absences')).toBe(before);
      const ok = await t.post('/api/v1/absences', { employeeId: ids.staff, type: 'CT', startDate: '2026-07-01', endDate: '2026-07-16', reason: 'Umrah' }, admin);
      expect(ok.status).toBe(201);
      const balance = await t.get(`/api/v1/attendance/annual-leave?employeeId=${ids.staff}&year=2026`, tokens.staff);
      expect(balance.body).toMatchObject({ entitlement: 12, carriedOver: 0, used: 12, remaining: 0 });
    });

    it('someone else cannot file for an employee, nor read their requests', async () => {
      expect((await t.post('/api/v1/absences', { employeeId: ids.staff, type: 'I', startDate: '2026-06-29', endDate: '2026-06-29', reason: 'abc' }, tokens.peer)).status).toBe(403);
      const mine = (await t.get('/api/v1/absences', tokens.staff)).body.items;
      expect(mine.length).toBeGreaterThan(0);
      expect((await t.get(`/api/v1/absences/${mine[0].id}`, tokens.peer)).status).toBe(404);
      expect((await t.get(`/api/v1/absences/${mine[0].id}`, tokens.head)).status).toBe(200);
      expect((await t.get('/api/v1/absences', tokens.peer)).body.items.every((a: any) => a.employeeId === ids.peer)).toBe(true);
    });
  });

  describe('who reads what', () => {
    it('an employee reads their own days, not a colleague’s; the supervisor reads their subordinate’s', async () => {
      expect((await t.get(`/api/v1/attendance/days?employeeId=${ids.staff}&month=2026-06`, tokens.staff)).status).toBe(200);
      const peer = await t.get(`/api/v1/attendance/days?employeeId=${ids.staff}&month=2026-06`, tokens.peer);
      expect(peer.status).toBe(403);
      expect(peer.headers['content-type']).toContain('application/problem+json');
      expect((await t.get(`/api/v1/attendance/summary?employeeId=${ids.staff}&month=2026-06`, tokens.peer)).status).toBe(403);
      expect((await t.get(`/api/v1/attendance/days?employeeId=${ids.staff}&month=2026-06`, tokens.head)).status).toBe(200);
    });

    it('a unit admin reads and recaps only their subtree', async () => {
      expect((await t.get(`/api/v1/attendance/days?employeeId=${ids.staff}&month=2026-06`, tokens.outsider)).status).toBe(403);
      expect((await t.get(`/api/v1/attendance/recap?unitId=${ids.dit}&month=2026-06`, tokens.outsider)).status).toBe(403);
      const own = await t.get(`/api/v1/attendance/recap?unitId=${ids.other}&month=2026-06`, tokens.outsider);
      expect(own.status).toBe(200);
      expect(own.body.items.map((r: any) => r.employeeId)).toEqual([ids.outsider]);
      expect((await t.get(`/api/v1/attendance/recap?unitId=${ids.dit}&month=2026-06`, tokens.staff)).status).toBe(403);
    });

    it('the unit recap lists the subtree and downloads as a workbook', async () => {
      const recap = await t.get(`/api/v1/attendance/recap?unitId=${ids.dit}&month=2026-06`, admin);
      expect(recap.body.items).toHaveLength(4);
      const staff = recap.body.items.find((r: any) => r.employeeId === ids.staff);
      expect(staff).toMatchObject({ nip: nips.staff, name: 'Staff', workingDays: 22, leavePercent: '2' });
      const file = await t.app.inject({ method: 'GET', url: `/api/v1/attendance/recap.xlsx?unitId=${ids.dit}&month=2026-06`, headers: { authorization: `Bearer ${admin}` } });
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file.rawPayload as any);
      const sheet = workbook.worksheets[0];
      // The title, the column headers, then one row per employee.
      expect(sheet.rowCount).toBe(6);
      const nipsInSheet = [3, 4, 5, 6].map((r) => sheet.getRow(r).getCell(1).value);
      expect(nipsInSheet).toContain(nips.staff);
    });
  });

  describe('discipline alerts', () => {
    it('raises each PP 94/2021 threshold once, for HR and the unit admin in scope', async () => {
      // The outsider has no clock event at all: 1–4 June are four TK days (3: oral, 4: written reprimand).
      const scan = await t.post('/api/v1/attendance/discipline-alerts/scan', { year: 2026, through: '2026-06-04' }, admin);
      expect(scan.status).toBe(200);
      const again = await t.post('/api/v1/attendance/discipline-alerts/scan', { year: 2026, through: '2026-06-04' }, admin);
      expect(again.body.alertsRaised).toBe(0);
      const forHr = (await t.get(`/api/v1/attendance/discipline-alerts?employeeId=${ids.outsider}`, admin)).body.items;
      expect(forHr.map((a: any) => [a.tkDays, a.severity])).toEqual(
        expect.arrayContaining([
          [3, 'RINGAN'],
          [4, 'RINGAN'],
        ]),
      );
      expect(forHr).toHaveLength(2);
      const forUnitAdmin = (await t.get('/api/v1/attendance/discipline-alerts', tokens.outsider)).body.items;
      expect(forUnitAdmin.every((a: any) => a.employeeId === ids.outsider)).toBe(true);
      expect(forUnitAdmin.length).toBe(2);
      expect((await t.get('/api/v1/attendance/discipline-alerts', tokens.staff)).status).toBe(403);
    });
  });
});
