import { OrgBuilder, validNip } from '../support/org-builder';
import { startTestApp, TestApp } from '../support/test-app';

const ALL_OF_TIME = 'from=0001-01-01&to=9999-12-31';

describe('bounds: every span, list and import is limited', () => {
  let t: TestApp;
  let admin: string;
  let employee: { id: string; nip: string };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    const org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    employee = await org.placed('Bounded Person', (await org.position('STAFF', root.id, null)).id);
  });
  afterAll(() => t.close());

  describe('absences', () => {
    const file = (startDate: string, endDate: string, type = 'DL') => t.post('/api/v1/absences', { employeeId: employee.id, type, startDate, endDate, reason: 'Penugasan' }, admin);

    it('an absence of 0001-01-01 to 9999-12-31 is refused with 400 at once', async () => {
      const started = Date.now();
      const res = await file('0001-01-01', '9999-12-31');
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('ABSENCE_TOO_LONG');
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'endDate', code: 'ABSENCE_TOO_LONG' })]);
      expect(Date.now() - started).toBeLessThan(2000);
    });

    it('by default an absence spans at most a year (366 days, both ends included)', async () => {
      const tooLong = await file('2026-01-01', '2027-01-02');
      expect(tooLong.status).toBe(400);
      expect(tooLong.body.detail).toContain('366 calendar days');
      expect((await file('2026-01-01', '2027-01-01')).status).toBe(201);
    });

    it('the limit is a parameter of the attendance policy HR sets', async () => {
      const policy = await t.post('/api/v1/attendance/policies', { effectiveFrom: '2028-01-01', maxAbsenceCalendarDays: 30 }, admin);
      expect(policy.status).toBe(201);
      expect(policy.body.parameters.maxAbsenceCalendarDays).toBe(30);
      const refused = await file('2028-02-01', '2028-03-02');
      expect(refused.status).toBe(400);
      expect(refused.body.detail).toContain('at most 30 calendar days');
      expect((await file('2028-02-01', '2028-03-02', 'CM')).status).toBe(400);
      expect((await file('2028-02-01', '2028-03-01')).status).toBe(201);
      const tooBig = await t.post('/api/v1/attendance/policies', { effectiveFrom: '2029-01-01', maxAbsenceCalendarDays: 100000 }, admin);
      expect(tooBig.status).toBe(400);
      expect(tooBig.body.errors[0].field).toBe('maxAbsenceCalendarDays');
    });
  });

  describe('from/to queries', () => {
    const routes = () => [
      `/api/v1/attendance/clock-events?employeeId=${employee.id}&${ALL_OF_TIME}`,
      `/api/v1/absences?${ALL_OF_TIME}`,
      `/api/v1/permits?${ALL_OF_TIME}`,
      `/api/v1/supervision/activities?${ALL_OF_TIME}`,
      `/api/v1/holidays?${ALL_OF_TIME}`,
    ];

    it('0001-01-01 to 9999-12-31 is refused with 400 naming `to` on every from/to query', async () => {
      for (const path of routes()) {
        const res = await t.get(path, admin);
        expect({ path, status: res.status, code: res.body.code }).toEqual({ path, status: 400, code: 'VALIDATION_FAILED' });
        expect(res.body.errors).toEqual([expect.objectContaining({ field: 'to', code: 'maxSpan', message: expect.stringContaining('at most 366 days after from') })]);
      }
    });

    it('a year (366 days) is still answered', async () => {
      for (const path of routes()) {
        const res = await t.get(path.replace(ALL_OF_TIME, 'from=2026-01-01&to=2027-01-01'), admin);
        expect({ path, status: res.status }).toEqual({ path, status: 200 });
      }
    });

    it('a lone `from` years before the default end of the holidays range is refused', async () => {
      const res = await t.get('/api/v1/holidays?from=0001-01-01', admin);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('SPAN_TOO_LONG');
      expect(res.body.errors[0].field).toBe('to');
    });

    it('a year filter outside 2000–2100 is a 400, not a database error', async () => {
      for (const path of ['/api/v1/performance-plans?year=99999999999', '/api/v1/unit-targets?year=99999999999', '/api/v1/performance-plans?year=1']) {
        const res = await t.get(path, admin);
        expect({ path, status: res.status }).toEqual({ path, status: 400 });
        expect(res.body.errors[0].field).toBe('year');
      }
    });
  });

  describe('imports', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ nip: validNip(), at: new Date(Date.UTC(2026, 5, 1, 1, 0, i % 60)).toISOString() }));

    it('a clock-event import of more than 10,000 rows is refused with 413 naming the limit', async () => {
      const res = await t.post('/api/v1/attendance/clock-events/import', rows(10_001), admin);
      expect(res.status).toBe(413);
      expect(res.body.code).toBe('TOO_MANY_ROWS');
      expect(res.body.detail).toContain('at most 10000 rows');
      expect(res.body.errors).toEqual([expect.objectContaining({ field: '(body)', code: 'maxRows' })]);
    });

    it("a device's push of more than 10,000 rows is refused the same way", async () => {
      const device = (await t.post('/api/v1/attendance/devices', { name: 'Gate' }, admin)).body;
      const res = await t.request('POST', `/api/v1/attendance/devices/${device.id}/events`, { body: rows(10_001), headers: { 'x-device-key': device.key } });
      expect(res.status).toBe(413);
      expect(res.body.code).toBe('TOO_MANY_ROWS');
    });

    it('an activities import of more than 10,000 rows is refused with 400 naming the limit', async () => {
      const res = await t.post(
        '/api/v1/activities/import',
        Array.from({ length: 10_001 }, () => ({})),
        admin,
      );
      expect(res.status).toBe(400);
      expect(res.body.detail).toContain('10,000');
    });
  });
});
