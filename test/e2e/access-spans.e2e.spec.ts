import { ACCESS_NOW, AccessOrg, buildAccessOrg } from '../support/access-org';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

/** Issue 10, point 3: a unit admin's scope holds on every day of what they record, and over every post they end. */
describe('access: scope is checked over the whole span', () => {
  let t: TestApp;
  let o: AccessOrg;
  let mover: { id: string; nip: string };

  beforeAll(async () => {
    t = await startTestApp({}, { clock: new TestClock(ACCESS_NOW) });
    o = await buildAccessOrg(t);
    // In balai A until 10 June, in balai B from 11 June.
    mover = await o.org.employee('Pindahan');
    await o.org.assign(mover.id, o.positions.staffA, 'DEFINITIVE', '2020-01-01', '2026-06-10');
    await o.org.assign(mover.id, o.positions.staffB, 'DEFINITIVE', '2026-06-11');
    // Building the organisation logs ten people in (argon2): on a busy machine that outlasts 30 s.
  }, 120_000);
  afterAll(() => t.close());

  const record = (employeeId: string, startDate: string, endDate: string, token: string) =>
    t.post('/api/v1/absences', { employeeId, type: 'DL', startDate, endDate, reason: 'Dinas luar kota' }, token);

  it('a unit admin may not record an absence whose later days fall after the employee left their unit', async () => {
    const across = await record(mover.id, '2026-06-08', '2026-06-12', o.tokens.adminA);
    expect(across.status).toBe(403);
    expect(across.body.code).toBe('FORBIDDEN');
    expect((await t.get(`/api/v1/absences?employeeId=${mover.id}`, o.tokens.admin)).body.items).toEqual([]);
  });

  it('nor one whose first days fall before the employee arrived in their unit', async () => {
    expect((await record(mover.id, '2026-06-09', '2026-06-12', o.tokens.adminB)).status).toBe(403);
  });

  it('each unit admin records the days the employee was theirs, and HR the whole span', async () => {
    expect((await record(mover.id, '2026-06-08', '2026-06-10', o.tokens.adminA)).status).toBe(201);
    expect((await record(mover.id, '2026-06-11', '2026-06-12', o.tokens.adminB)).status).toBe(201);
    expect((await record(o.ids.staffA1, '2026-06-01', '2026-06-05', o.tokens.adminA)).status).toBe(201);
    expect((await record(o.ids.staffB, '2026-06-01', '2026-06-05', o.tokens.admin)).status).toBe(201);
  });

  it('a lower role, a peer, a unit admin of another unit and a one-day Plh may not record one for someone else', async () => {
    for (const who of ['staffA1', 'staff2', 'adminB', 'deputy'] as const) {
      const res = await record(o.ids.staff, '2026-06-15', '2026-06-16', o.tokens[who]);
      expect([who, res.status]).toEqual([who, 403]);
    }
  });

  it('a unit admin corrects a clock event only on a day the employee was in their unit', async () => {
    const correct = (at: string, token: string) =>
      t.post('/api/v1/attendance/clock-events/corrections', { employeeId: mover.id, at, direction: 'IN', reason: 'Lupa absen' }, token);
    const beforeArrival = await correct('2026-06-09T07:30:00+07:00', o.tokens.adminB);
    expect(beforeArrival.status).toBe(403);
    expect(beforeArrival.body.code).toBe('FORBIDDEN');
    expect((await t.get(`/api/v1/attendance/clock-events?employeeId=${mover.id}&from=2026-06-09&to=2026-06-09`, o.tokens.admin)).body.items).toEqual([]);
    expect((await correct('2026-06-15T07:30:00+07:00', o.tokens.adminB)).status).toBe(201);
    expect((await correct('2026-06-09T07:30:00+07:00', o.tokens.admin)).status).toBe(201);
  });

  it('ending an assignment checks the position’s unit as well as the employee', async () => {
    // An employee of balai A acts (Plt) as head of balai B.
    const plt = await o.org.assign(o.ids.staff2, o.positions.headB, 'PLT', '2026-06-01');
    const end = (token: string) => t.post(`/api/v1/employees/${o.ids.staff2}/assignments/${plt.id}/end`, { endDate: '2026-06-20' }, token);
    const byAdminA = await end(o.tokens.adminA);
    expect(byAdminA.status).toBe(403);
    expect(byAdminA.body.code).toBe('FORBIDDEN');
    expect((await end(o.tokens.adminB)).status).toBe(403);
    for (const who of ['staff', 'deputy'] as const) expect((await end(o.tokens[who])).status).toBe(403);
    const byHr = await end(o.tokens.admin);
    expect(byHr.status).toBe(201);
    expect(byHr.body.endDate).toBe('2026-06-20');
  });
});
