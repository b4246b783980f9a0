import { Client } from 'pg';
import { DEMO_PASSWORD, seedDemoMinistry } from '../../src/demo/demo-ministry';
import { startTestApp, TestApp } from '../support/test-app';
import { untilFeedHas } from '../support/remuneration';
import { OutboxRelay } from '../../src/platform/outbox/outbox-relay';

describe('the demo ministry', () => {
  let t: TestApp;
  let db: Client;
  let logins: Awaited<ReturnType<typeof seedDemoMinistry>>;

  beforeAll(async () => {
    t = await startTestApp();
    logins = await seedDemoMinistry(t.app, new Date('2026-06-01T00:00:00Z'));
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    // Seeding a ministry, its plans and a rating, then closing a month, outlasts the default hook timeout on a busy machine.
  }, 120_000);
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  const rows = async (sql: string) => (await db.query(sql)).rows;

  it('every printed demo login works', async () => {
    expect(logins.map((l) => l.role)).toEqual(['HR_ADMIN', 'UNIT_ADMIN', 'SUPERVISOR', 'SUPERIOR', 'EMPLOYEE', 'PAYROLL', 'AUDITOR']);
    for (const login of logins) {
      const res = await t.post('/api/v1/auth/login', { username: login.username, password: login.password });
      expect(res.status).toBe(200);
    }
  });

  it('has a head office in WIB, balai in WITA and WIT, each a satker', async () => {
    const units = await rows(`SELECT code, type, time_zone, is_satker FROM organization.units ORDER BY code`);
    expect(units).toEqual(
      expect.arrayContaining([
        { code: 'DJ-REHSOS', type: 'ESELON_I', time_zone: 'Asia/Jakarta', is_satker: true },
        { code: 'BRS-MKS', type: 'UPT', time_zone: 'Asia/Makassar', is_satker: true },
        { code: 'BRS-JYP', type: 'UPT', time_zone: 'Asia/Jayapura', is_satker: true },
      ]),
    );
    expect(units.filter((u) => u.type === 'ESELON_II')).toHaveLength(3);
  });

  it('has about 40 employees of every position kind, kelas 5 to 17, PNS, CPNS and PPPK', async () => {
    const [{ n }] = await rows(`SELECT count(*)::int n FROM organization.employees`);
    expect(n).toBeGreaterThanOrEqual(35);
    expect(n).toBeLessThanOrEqual(45);
    const kinds = await rows(`SELECT DISTINCT p.kind FROM organization.assignments a JOIN organization.positions p ON p.id = a.position_id`);
    expect(kinds.map((k) => k.kind).sort()).toEqual(['ADMINISTRATOR', 'FUNGSIONAL', 'JPT_MADYA', 'JPT_PRATAMA', 'PELAKSANA', 'PENGAWAS']);
    const [range] = await rows(`SELECT min(kelas) lo, max(kelas) hi FROM organization.positions`);
    expect(range).toEqual({ lo: 5, hi: 17 });
    const statuses = await rows(`SELECT DISTINCT status FROM organization.employee_statuses`);
    expect(statuses.map((s) => s.status).sort()).toEqual(['CPNS', 'PNS', 'PPPK']);
  });

  it('has one vacant head position covered by a Plt, who supervises that balai', async () => {
    const plt = await rows(`SELECT a.employee_id, p.code FROM organization.assignments a JOIN organization.positions p ON p.id = a.position_id WHERE a.type = 'PLT'`);
    expect(plt).toEqual([{ employee_id: expect.any(String), code: 'KABALAI-JYP' }]);
    const [kasi] = await rows(`SELECT a.employee_id FROM organization.assignments a JOIN organization.positions p ON p.id = a.position_id WHERE p.code = 'KASI-LAYANAN-JYP'`);
    const admin = await t.adminToken();
    const res = await t.get(`/api/v1/employees/${kasi.employee_id}/supervisor?date=2026-06-01`, admin);
    expect(res.body).toMatchObject({ employeeId: plt[0].employee_id, acting: 'PLT' });
  });

  it('the demo supervisor supervises the demo employee, and the unit admin is scoped to Makassar', async () => {
    const [employee, supervisor, unitAdmin] = ['EMPLOYEE', 'SUPERVISOR', 'UNIT_ADMIN'].map((r) => logins.find((l) => l.role === r)!);
    const employeeToken = await t.login(employee.username, DEMO_PASSWORD);
    const me = (await t.get('/api/v1/me', employeeToken)).body;
    const sup = (await t.get(`/api/v1/employees/${me.employeeId}/supervisor?date=2026-06-01`, employeeToken)).body;
    const supervisorMe = (await t.get('/api/v1/me', await t.login(supervisor.username, DEMO_PASSWORD))).body;
    expect(sup.employeeId).toBe(supervisorMe.employeeId);
    const adminToken = await t.login(unitAdmin.username, DEMO_PASSWORD);
    const [jayapura] = await rows(
      `SELECT a.employee_id FROM organization.assignments a JOIN organization.positions p ON p.id = a.position_id WHERE p.code = 'PRAMUSOS-JYP' LIMIT 1`,
    );
    expect((await t.get(`/api/v1/employees/${jayapura.employee_id}`, adminToken)).status).toBe(403);
    expect((await t.get(`/api/v1/employees/${me.employeeId}`, adminToken)).status).toBe(200);
  });

  it('has the year’s national holidays, and seeding twice changes nothing', async () => {
    const [{ n }] = await rows(`SELECT count(*)::int n FROM organization.holidays WHERE unit_id IS NULL AND date BETWEEN '2026-01-01' AND '2026-12-31'`);
    expect(n).toBeGreaterThanOrEqual(15);
    const before = await rows(`SELECT count(*)::int n FROM organization.employees`);
    await seedDemoMinistry(t.app, new Date('2026-06-01T00:00:00Z'));
    expect(await rows(`SELECT count(*)::int n FROM organization.employees`)).toEqual(before);
  });

  it('has a month and a half of attendance and the Makassar balai’s activities, some awaiting the supervisor', async () => {
    const [{ n: events }] = await rows(`SELECT count(*)::int n FROM attendance.clock_events`);
    expect(events).toBeGreaterThan(2000);
    const supervisor = logins.find((l) => l.role === 'SUPERVISOR')!;
    const inbox = await t.get('/api/v1/supervision/activities?status=SUBMITTED', await t.login(supervisor.username, DEMO_PASSWORD));
    expect(inbox.status).toBe(200);
    expect(inbox.body.items.length).toBeGreaterThan(0);
    const employee = logins.find((l) => l.role === 'EMPLOYEE')!;
    const token = await t.login(employee.username, DEMO_PASSWORD);
    const me = (await t.get('/api/v1/me', token)).body;
    const achievement = (await t.get(`/api/v1/employees/${me.employeeId}/achievement/2026-05`, token)).body;
    expect(Number(achievement.approvedMinutes)).toBeGreaterThan(0);
    const days = (await t.get(`/api/v1/attendance/days?employeeId=${me.employeeId}&month=2026-05`, token)).body;
    expect(days.filter((d: any) => d.codes.includes('H')).length).toBeGreaterThan(10);
  });

  it('opens with last month closed: the employee reads their statement and its explanation, payroll the events and the month', async () => {
    const admin = await t.adminToken();
    const [{ n: employees }] = await rows(`SELECT count(*)::int n FROM organization.employees`);
    expect((await t.get('/api/v1/periods/2026-05', admin)).body).toMatchObject({ status: 'CLOSED', statementCount: employees });
    const employee = logins.find((l) => l.role === 'EMPLOYEE')!;
    const token = await t.login(employee.username, DEMO_PASSWORD);
    const me = (await t.get('/api/v1/me', token)).body;
    const statementPath = `/api/v1/employees/${me.employeeId}/statements/2026-05`;
    expect(employee.see).toEqual([statementPath, `${statementPath}/explanation`]);
    const statement = await t.get(statementPath, token);
    expect(statement.status).toBe(200);
    expect(statement.body).toMatchObject({ employee: { id: me.employeeId }, month: '2026-05', version: 1 });
    expect(statement.body.net).toBeGreaterThan(0);
    const explanation = await t.get(`${statementPath}/explanation`, token);
    expect(explanation.status).toBe(200);
    expect(explanation.body.lines.map((l: any) => l.code)).toEqual(['SANCTION', 'ATTENDANCE', 'LEAVE', 'PERFORMANCE']);

    const payroll = await t.login(logins.find((l) => l.role === 'PAYROLL')!.username, DEMO_PASSWORD);
    const feed = await untilFeedHas(t, payroll, employees);
    expect(feed.events).toHaveLength(employees);
    expect(feed.events.every((e: any) => e.type === 'remuneration.allowance-posted.v1' && e.subject.endsWith('/months/2026-05'))).toBe(true);
    const register = await t.get('/api/v1/periods/2026-05/statements?limit=100', payroll);
    expect([register.status, register.body.items.length]).toEqual([200, employees]);
  });

  it("its closed month has nothing stale once the relay has delivered the seeding's own decisions", async () => {
    await t.app.get(OutboxRelay).drain();
    const [{ n: undelivered }] = await rows(`SELECT count(*)::int n FROM platform.outbox WHERE published_at IS NULL`);
    expect(undelivered).toBe(0);
    expect((await t.get('/api/v1/periods/2026-05', await t.adminToken())).body).toMatchObject({ status: 'CLOSED', staleCount: 0 });
  });

  it('the demo employee has an approved SKP with targets and realisation, rated for last month, and its SKP PDF shows them', async () => {
    const [employee, supervisor] = ['EMPLOYEE', 'SUPERVISOR'].map((r) => logins.find((l) => l.role === r)!);
    const token = await t.login(employee.username, DEMO_PASSWORD);
    const me = (await t.get('/api/v1/me', token)).body;
    const plans = (await t.get(`/api/v1/performance-plans?employeeId=${me.employeeId}`, token)).body.items;
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ year: 2026, status: 'APPROVED', results: [{ title: 'Tersusunnya laporan asesmen klien', indicators: [{ target: '240', unit: 'laporan' }] }] });

    const supervisorToken = await t.login(supervisor.username, DEMO_PASSWORD);
    const ratingsPath = `/api/v1/appraisals?employeeId=${me.employeeId}&period=2026-05`;
    expect(supervisor.see).toEqual(['/api/v1/supervision/activities?status=SUBMITTED', ratingsPath]);
    const [rating] = (await t.get(ratingsPath, supervisorToken)).body.items;
    expect(rating.predikat).toBe('BAIK');
    const appraisal = (await t.get(`/api/v1/appraisals/${rating.id}`, token)).body;
    const [result] = appraisal.facts.workResults;
    expect(result).toMatchObject({ text: 'Tersusunnya laporan asesmen klien', indicator: 'Laporan asesmen klien', target: '240 laporan' });
    // Two reports a working day in May, every one approved: a realisation that is not zero.
    expect(Number(result.realisation.split(' ')[0])).toBeGreaterThan(20);
    const pdf = await t.app.inject({ method: 'GET', url: `/api/v1/appraisals/${rating.id}/document.pdf`, headers: { authorization: `Bearer ${token}` } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const statement = (await t.get(`/api/v1/employees/${me.employeeId}/statements/2026-05`, token)).body;
    expect(statement.flags).not.toContain('NOT_RATED');
  });

  it("the head of the balai has a colleague's objection to last month's rating to decide, and upholding it answers", async () => {
    const superior = logins.find((l) => l.role === 'SUPERIOR')!;
    expect(superior.see).toEqual(['/api/v1/appraisals?awaitingMyDecision=true']);
    const token = await t.login(superior.username, DEMO_PASSWORD);
    const awaiting = (await t.get(superior.see![0], token)).body.items;
    expect(awaiting).toHaveLength(1);
    expect(awaiting[0]).toMatchObject({ period: '2026-05', predikat: 'BUTUH_PERBAIKAN', objections: [{ number: 1, decision: null }] });
    // Not the demo employee: their own appraisal journey (acknowledge, object) stays untouched.
    const employee = await t.login(logins.find((l) => l.role === 'EMPLOYEE')!.username, DEMO_PASSWORD);
    expect(awaiting[0].employeeId).not.toBe((await t.get('/api/v1/me', employee)).body.employeeId);
    const decided = await t.post(`/api/v1/appraisals/${awaiting[0].id}/objection-decision`, { outcome: 'UPHOLD', reason: 'Keterlambatan tercatat.' }, token);
    expect(decided).toMatchObject({ status: 200, body: { objection: { decision: { outcome: 'UPHELD' } } } });
    expect((await t.get(superior.see![0], token)).body.items).toEqual([]);
  });

  it('seeding again closes nothing twice', async () => {
    await seedDemoMinistry(t.app, new Date('2026-06-01T00:00:00Z'));
    const [{ n }] = await rows(`SELECT count(*)::int n FROM remuneration.statements WHERE month = '2026-05'`);
    const [{ n: employees }] = await rows(`SELECT count(*)::int n FROM organization.employees`);
    expect(n).toBe(employees);
  });
});
