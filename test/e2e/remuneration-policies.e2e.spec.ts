import { Client } from 'pg';
import { OrgBuilder, PASSWORD } from '../support/org-builder';
import { untilClosed } from '../support/remuneration';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

/** rules.md §4–6 as shipped: version 1, there from the start. */
const SHIPPED = {
  version: 1,
  effectiveFrom: '2023-10-16',
  statusFactors: { PNS: '1', PPPK: '1', CPNS: '0.8', STUDY_ASSIGNMENT: '0.5', UNPAID_LEAVE: '0', SUSPENDED: '0', RETIRED: '0' },
  pltShare: '0.2',
  performanceSharePercent: '70',
  deductionCapPercent: '100',
  dailyTargetMinutes: 300,
  dailyCapMinutes: 450,
  ratingMultipliers: { SANGAT_BAIK: '1', BAIK: '1', BUTUH_PERBAIKAN: '0.9', KURANG: '0.8', SANGAT_KURANG: '0.7' },
  unratedMultiplier: '1',
  closeSchedule: { dayOfNextMonth: 5, time: '02:00', timeZone: 'Asia/Jakarta' },
};
const { version: _version, ...shippedBody } = SHIPPED;
/** From June: PNS paid half, a daily target of 240 minutes. */
const halved = { ...shippedBody, effectiveFrom: '2026-06-01', statusFactors: { ...SHIPPED.statusFactors, PNS: '0.5' }, dailyTargetMinutes: 240 };

/** Remuneration policy versions: HR enters them from a date, HR, payroll and auditors read them, a closed month keeps its own. */
describe('remuneration: policy versions', () => {
  let t: TestApp;
  let db: Client;
  let admin: string;
  const clock = new TestClock('2026-07-10T03:00:00Z');
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  const statement = async (month: string) => (await t.get(`/api/v1/employees/${ids.staff}/statements/${month}`, admin)).body;

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    admin = await t.adminToken();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    const org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    const dit = await org.unit('DIT', root.id);
    const other = await org.unit('OTHER', root.id);
    const head = await org.position('HEAD', dit.id, null, 'ADMINISTRATOR', 12);
    const staff = await org.position('STAFF', dit.id, head.id, 'PELAKSANA', 8);
    const otherStaff = await org.position('OSTAFF', other.id, null, 'PELAKSANA', 7);
    for (const [name, position] of [
      ['head', head.id],
      ['staff', staff.id],
      ['unitAdmin', staff.id],
      ['otherUnitAdmin', otherStaff.id],
      ['payroll', otherStaff.id],
      ['auditor', otherStaff.id],
      ['plh', staff.id],
    ] as const) {
      const e = await org.placed(name, position, '2026-01-01');
      ids[name] = e.id;
    }
    // A stand-in for the head for one day (today): the head's approval authority, no pay authority.
    await org.assign(ids.plh, head.id, 'PLH', '2026-07-10', '2026-07-10');
    const roles: Array<[string, Record<string, string>]> = [
      ['unitAdmin', { role: 'UNIT_ADMIN', unitId: dit.id }],
      ['otherUnitAdmin', { role: 'UNIT_ADMIN', unitId: other.id }],
      ['payroll', { role: 'PAYROLL' }],
      ['auditor', { role: 'AUDITOR' }],
    ];
    for (const [who, role] of roles) expect((await t.post(`/api/v1/employees/${ids[who]}/roles`, role, admin)).status).toBeLessThan(300);
    for (const who of Object.keys(ids)) {
      tokens[who] = await t.login((await db.query(`SELECT nip FROM organization.employees WHERE id = $1`, [ids[who]])).rows[0].nip, PASSWORD);
    }
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('version 1 is the shipped policy, readable by HR, payroll and auditors; employees, supervisors, unit admins and a Plh are refused', async () => {
    for (const who of ['payroll', 'auditor']) {
      const res = await t.get('/api/v1/remuneration-policies', tokens[who]);
      expect([who, res.status, res.body]).toEqual([who, 200, { items: [{ id: expect.any(String), ...SHIPPED }], next: null }]);
    }
    expect((await t.get('/api/v1/remuneration-policies/in-force?date=2026-05-31', admin)).body).toEqual({ id: expect.any(String), ...SHIPPED });
    for (const who of ['staff', 'head', 'unitAdmin', 'otherUnitAdmin', 'plh']) {
      expect([who, (await t.get('/api/v1/remuneration-policies', tokens[who])).status]).toEqual([who, 403]);
      expect([who, (await t.get('/api/v1/remuneration-policies/in-force?date=2026-05-31', tokens[who])).status]).toEqual([who, 403]);
    }
  });

  it('a closed month keeps its version; HR enters version 2 from June: 201, audited, published; June closes with it', async () => {
    await t.post('/api/v1/periods/2026-05/close', {}, admin);
    await untilClosed(t, admin, '2026-05');
    const may = await statement('2026-05');
    expect([may.gross, may.inputs.policy.version]).toEqual([4595150, 1]);

    const res = await t.post('/api/v1/remuneration-policies', halved, admin);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), version: 2, ...halved });
    expect((await db.query(`SELECT action, after FROM platform.audit_log WHERE target_id = $1`, [res.body.id])).rows).toEqual([
      { action: 'EnactRemunerationPolicy', after: res.body },
    ]);
    const events = (await db.query(`SELECT type, payload FROM platform.outbox WHERE subject = $1`, [`remuneration-policies/${res.body.id}`])).rows;
    expect(events).toEqual([{ type: 'remuneration.policy-version-enacted.v1', payload: res.body }]);
    expect((await t.get('/api/v1/remuneration-policies', tokens.auditor)).body.items.map((p: any) => [p.version, p.effectiveFrom])).toEqual([
      [1, '2023-10-16'],
      [2, '2026-06-01'],
    ]);
    expect((await t.get('/api/v1/remuneration-policies/in-force?date=2026-05-31', tokens.payroll)).body.version).toBe(1);
    expect((await t.get('/api/v1/remuneration-policies/in-force?date=2026-06-01', tokens.payroll)).body).toEqual(res.body);

    await t.post('/api/v1/periods/2026-06/close', {}, admin);
    await untilClosed(t, admin, '2026-06');
    const june = await statement('2026-06');
    expect([june.gross, june.inputs.policy.version]).toEqual([2297575, 2]);
    // The daily target comes from the policy too: obliged days × 240, not × 300.
    expect(june.inputs.activity.targetMinutes).toBe(june.inputs.facts.achievement.obligedDays * 240);
    expect(june.inputs.facts.achievement.obligedDays).toBeGreaterThan(0);

    // May, recomputed after a sanction, is still computed with version 1.
    const sanction = await t.post(
      '/api/v1/sanctions',
      { employeeId: ids.staff, percent: '25', startMonth: '2026-05', months: 1, reason: 'Tidak masuk kerja', decreeNumber: '800/1/KEP/2026' },
      admin,
    );
    expect(sanction.status).toBe(201);
    expect((await t.post('/api/v1/periods/2026-05/recompute', {}, admin)).body).toEqual({ month: '2026-05', stale: 1, recomputed: 1 });
    const recomputed = await statement('2026-05');
    expect([recomputed.version, recomputed.gross, recomputed.inputs.policy.version, recomputed.inputs.activity.targetMinutes]).toEqual([
      2,
      4595150,
      1,
      may.inputs.activity.targetMinutes,
    ]);
  });

  it('refuses a date inside a closed month (409 MONTH_CLOSED) and a second version on the same date (409)', async () => {
    const closed = await t.post('/api/v1/remuneration-policies', { ...halved, effectiveFrom: '2026-05-20' }, admin);
    expect([closed.status, closed.body.code]).toEqual([409, 'MONTH_CLOSED']);
    const again = await t.post('/api/v1/remuneration-policies', { ...halved, effectiveFrom: '2026-06-01' }, admin);
    expect([again.status, again.body.code]).toEqual([409, 'MONTH_CLOSED']);
    const twice = await t.post('/api/v1/remuneration-policies', { ...halved, effectiveFrom: '2027-01-01' }, admin);
    expect(twice.status).toBe(201);
    const same = await t.post('/api/v1/remuneration-policies', { ...halved, effectiveFrom: '2027-01-01', pltShare: '0.25' }, admin);
    expect([same.status, same.body.code, same.body.errors.map((e: any) => e.field)]).toEqual([409, 'POLICY_VERSION_EXISTS', ['effectiveFrom']]);
    const inBahasa = await t.request('POST', '/api/v1/remuneration-policies', {
      body: { ...halved, effectiveFrom: '2027-01-01' },
      token: admin,
      headers: { 'accept-language': 'id' },
    });
    expect(inBahasa.body.detail).toContain('Sudah ada versi kebijakan yang berlaku pada 2027-01-01');
    expect((await t.get('/api/v1/remuneration-policies', admin)).body.items.map((p: any) => p.version)).toEqual([1, 2, 3]);
  });

  it('refuses bad input with 400 naming each field: numbers for decimals, out of range, missing, unknown, a cap below the target', async () => {
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ ...halved, pltShare: 0.2 }, ['pltShare']],
      [{ ...halved, performanceSharePercent: '70.5.1' }, ['performanceSharePercent']],
      [{ ...halved, statusFactors: { ...halved.statusFactors, CPNS: '1.5' } }, ['statusFactors.CPNS']],
      [{ ...halved, deductionCapPercent: '120' }, ['deductionCapPercent']],
      [{ ...halved, ratingMultipliers: { ...halved.ratingMultipliers, KURANG: undefined } }, ['ratingMultipliers.KURANG']],
      [{ ...halved, statusFactors: { ...halved.statusFactors, HONORER: '1' } }, ['statusFactors.HONORER']],
      [{ ...halved, dailyCapMinutes: 200 }, ['dailyCapMinutes']],
      [{ ...halved, dailyTargetMinutes: 300.5 }, ['dailyTargetMinutes']],
      [
        { ...halved, closeSchedule: { dayOfNextMonth: 31, time: '25:00', timeZone: 'Mars/Olympus' } },
        ['closeSchedule.dayOfNextMonth', 'closeSchedule.time', 'closeSchedule.timeZone'],
      ],
      [{ ...halved, effectiveFrom: '2027-02-30', unratedMultiplier: undefined, closeSchedule: undefined }, ['closeSchedule', 'effectiveFrom', 'unratedMultiplier']],
      [{ ...halved, version: 9 }, ['version']],
    ];
    for (const [body, fields] of cases) {
      const res = await t.post('/api/v1/remuneration-policies', { ...body, effectiveFrom: body.effectiveFrom === halved.effectiveFrom ? '2027-03-01' : body.effectiveFrom }, admin);
      expect([res.status, res.headers['content-type'], [...new Set(res.body.errors.map((e: any) => e.field))].sort()]).toEqual([
        400,
        expect.stringContaining('application/problem+json'),
        fields,
      ]);
    }
    const noDate = await t.get('/api/v1/remuneration-policies/in-force', admin);
    expect([noDate.status, noDate.body.errors.map((e: any) => e.field)]).toEqual([400, ['date']]);
    expect((await t.get('/api/v1/remuneration-policies/in-force?date=2020-01-01', admin)).status).toBe(404);
    expect((await t.get('/api/v1/remuneration-policies', admin)).body.items).toHaveLength(3);
  });

  it('only HR enters a version: an employee, a supervisor, unit admins (own unit or another), payroll, an auditor and a one-day Plh are refused', async () => {
    for (const who of ['staff', 'head', 'unitAdmin', 'otherUnitAdmin', 'payroll', 'auditor', 'plh']) {
      const res = await t.post('/api/v1/remuneration-policies', { ...halved, effectiveFrom: '2027-06-01' }, tokens[who]);
      expect([who, res.status, res.headers['content-type']]).toEqual([who, 403, expect.stringContaining('application/problem+json')]);
    }
    expect((await t.get('/api/v1/remuneration-policies', admin)).body.items).toHaveLength(3);
    expect((await db.query(`SELECT count(*)::int AS n FROM platform.audit_log WHERE action = 'EnactRemunerationPolicy'`)).rows[0].n).toBe(2);
  });
});
