import { Client } from 'pg';
import { OrgBuilder, PASSWORD } from '../support/org-builder';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

/** A discipline alert leads HR to the sanction it may decide: each alert links to the employee's sanctions. */
describe('attendance: discipline alerts link to the employee’s sanctions', () => {
  let t: TestApp;
  let db: Client;
  let admin: string;
  const clock = new TestClock('2026-06-10T03:00:00Z');
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    admin = await t.adminToken();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    const org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    const dit = await org.unit('DIT', root.id);
    const other = await org.unit('OTHER', root.id);
    const staff = await org.position('STAFF', dit.id, null, 'PELAKSANA', 8);
    const otherStaff = await org.position('OSTAFF', other.id, null, 'PELAKSANA', 7);
    // No clock event at all from 1 June: 1–4 June are four TK days (3: oral, 4: written reprimand).
    ids.absent = (await org.placed('absent', staff.id, '2026-06-01')).id;
    ids.unitAdmin = (await org.placed('unitAdmin', staff.id, '2026-06-01')).id;
    ids.otherUnitAdmin = (await org.placed('otherUnitAdmin', otherStaff.id, '2026-06-01')).id;
    expect((await t.post(`/api/v1/employees/${ids.unitAdmin}/roles`, { role: 'UNIT_ADMIN', unitId: dit.id }, admin)).status).toBeLessThan(300);
    expect((await t.post(`/api/v1/employees/${ids.otherUnitAdmin}/roles`, { role: 'UNIT_ADMIN', unitId: other.id }, admin)).status).toBeLessThan(300);
    for (const who of ['unitAdmin', 'otherUnitAdmin']) {
      tokens[who] = await t.login((await db.query(`SELECT nip FROM organization.employees WHERE id = $1`, [ids[who]])).rows[0].nip, PASSWORD);
    }
    expect((await t.post('/api/v1/attendance/discipline-alerts/scan', { year: 2026, through: '2026-06-04' }, admin)).status).toBe(200);
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  const alertsOf = async (token: string) =>
    ((await t.get(`/api/v1/attendance/discipline-alerts?employeeId=${ids.absent}`, token)).body.items as any[]).sort((a, b) => a.tkDays - b.tkDays);
  const sanction = (startMonth: string, months: number) =>
    t.post(
      '/api/v1/sanctions',
      { employeeId: ids.absent, percent: '25', startMonth, months, reason: 'Tidak masuk kerja tanpa keterangan', decreeNumber: `800/${startMonth}/KEP` },
      admin,
    );

  it('each alert carries the link to GET /sanctions?employeeId=… and the count in force (none yet); the link answers', async () => {
    const alerts = await alertsOf(admin);
    expect(alerts.map((a: any) => [a.tkDays, a.sanctions])).toEqual([
      [3, { href: `/api/v1/sanctions?employeeId=${ids.absent}`, inForce: 0 }],
      [4, { href: `/api/v1/sanctions?employeeId=${ids.absent}`, inForce: 0 }],
    ]);
    const followed = await t.get(alerts[0].sanctions.href, admin);
    expect([followed.status, followed.body]).toEqual([200, { items: [], next: null }]);
  });

  it('counts only the sanctions in force this month, for HR and the unit admin in scope, who can follow the link', async () => {
    expect((await sanction('2026-01', 2)).status).toBe(201);
    expect((await sanction('2026-05', 3)).status).toBe(201);
    expect((await sanction('2026-07', 1)).status).toBe(201);
    for (const token of [admin, tokens.unitAdmin]) {
      const alerts = await alertsOf(token);
      expect(alerts.map((a: any) => a.sanctions.inForce)).toEqual([1, 1]);
      const followed = await t.get(alerts[0].sanctions.href, token);
      expect([followed.status, followed.body.items.map((s: any) => s.startMonth)]).toEqual([200, ['2026-01', '2026-05', '2026-07']]);
    }
    // A unit admin of another unit sees neither the alerts nor, through the link, the sanctions.
    expect(await alertsOf(tokens.otherUnitAdmin)).toEqual([]);
    expect((await t.get(`/api/v1/sanctions?employeeId=${ids.absent}`, tokens.otherUnitAdmin)).status).toBe(403);
  });
});
