import { IdentityFacade } from '../../src/modules/identity/public/identity.facade';
import { ACCESS_NOW, AccessOrg, buildAccessOrg } from '../support/access-org';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

/** Issue 10, point 6: payroll reads the facts pay is computed from, read-only, and nothing beyond them. */
describe('access: payroll reads what payroll needs', () => {
  let t: TestApp;
  let o: AccessOrg;
  let payroll: string;

  beforeAll(async () => {
    t = await startTestApp({}, { clock: new TestClock(ACCESS_NOW) });
    o = await buildAccessOrg(t);
    await t.app.get(IdentityFacade).createAccount('kantor.bayar', 'Payroll-Passw0rd', ['PAYROLL']);
    payroll = await t.login('kantor.bayar', 'Payroll-Passw0rd');
    // Building the organisation logs ten people in (argon2): on a busy machine that outlasts 30 s.
  }, 120_000);
  afterAll(() => t.close());

  const reads = () => ({
    recap: `/api/v1/attendance/recap?unitId=${o.units.a}&month=2026-05`,
    recapXlsx: `/api/v1/attendance/recap.xlsx?unitId=${o.units.a}&month=2026-05`,
    summary: `/api/v1/attendance/summary?employeeId=${o.ids.staff}&month=2026-05`,
    employeeAchievement: `/api/v1/employees/${o.ids.staff}/achievement/2026-05`,
    unitAchievement: `/api/v1/units/${o.units.a}/achievement/2026-05`,
    ratings: `/api/v1/units/${o.units.a}/appraisals/2025`,
    statements: '/api/v1/periods/2026-05/statements',
  });

  it('reads attendance recaps and summaries, achievement, ratings and statements (the routes that allowed it and then refused it)', async () => {
    for (const [name, path] of Object.entries(reads())) {
      const res = await t.get(path, payroll);
      expect([name, res.status]).toEqual([name, 200]);
    }
    const recap = (await t.get(reads().recap, payroll)).body;
    expect(recap.items.map((r: { employeeId: string }) => r.employeeId)).toContain(o.ids.staffA1);
  });

  it('does not read punches, absences or activities, and writes nothing', async () => {
    const refusedReads = [
      `/api/v1/attendance/clock-events?employeeId=${o.ids.staff}&from=2026-05-01&to=2026-05-31`,
      `/api/v1/attendance/days?employeeId=${o.ids.staff}&month=2026-05`,
      `/api/v1/activities?employeeId=${o.ids.staff}&month=2026-05`,
      `/api/v1/absences?employeeId=${o.ids.staff}`,
    ];
    for (const path of refusedReads) expect([path, (await t.get(path, payroll)).status]).toEqual([path, 403]);
    const writes: Array<[string, unknown]> = [
      ['/api/v1/absences', { employeeId: o.ids.staff, type: 'DL', startDate: '2026-06-15', endDate: '2026-06-15', reason: 'Dinas luar' }],
      ['/api/v1/attendance/clock-events/corrections', { employeeId: o.ids.staff, at: '2026-06-15T07:30:00+08:00', direction: 'IN', reason: 'Lupa absen' }],
      ['/api/v1/attendance/devices', { name: 'Mesin payroll', unitId: o.units.a }],
      [`/api/v1/employees/${o.ids.staff}/login`, { password: 'Payroll-chose-it1' }],
    ];
    for (const [path, body] of writes) expect([path, (await t.post(path, body, payroll)).status]).toEqual([path, 403]);
  });

  it('the same reads stay closed to a plain employee, a peer’s supervisor of one day (Plh) and a unit admin of another unit', async () => {
    const { recap, unitAchievement, ratings } = reads();
    for (const who of ['staff', 'adminB'] as const) {
      for (const path of [recap, unitAchievement, ratings]) expect([who, path, (await t.get(path, o.tokens[who])).status]).toEqual([who, path, 403]);
    }
    expect((await t.get(`/api/v1/attendance/summary?employeeId=${o.ids.staffB}&month=2026-05`, o.tokens.deputy)).status).toBe(403);
    expect((await t.get(reads().recap, o.tokens.deputy)).status).toBe(403);
  });
});
