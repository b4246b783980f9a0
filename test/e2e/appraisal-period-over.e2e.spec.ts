import { OrgBuilder } from '../support/org-builder';
import { buildPlanningOrg, PlanningOrg } from '../support/planning-org';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

/** issue 10 point 15: nothing is rated or scored for a period that has not ended. */
describe('appraisal: no rating of a period that has not ended', () => {
  let t: TestApp;
  let o: PlanningOrg;
  let emptyUnit: string;
  // Monday 30 November 2026, 11:00 in Makassar, where the directorate sits.
  const clock = new TestClock('2026-11-30T03:00:00Z');
  const rate = (period: string, headers: Record<string, string> = {}) =>
    t.request('POST', '/api/v1/appraisals', {
      body: { employeeId: o.ids.staff, period, resultRating: 'AS_EXPECTED', behaviourRating: 'AS_EXPECTED' },
      token: o.tokens.head,
      headers,
    });
  const stored = async (period: string) => (await t.get(`/api/v1/appraisals?employeeId=${o.ids.staff}&period=${period}`, o.tokens.admin)).body.items;

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    o = await buildPlanningOrg(t);
    emptyUnit = (await new OrgBuilder(t, o.tokens.admin).unit('KOSONG', o.directorate, { type: 'ESELON_III', timeZone: 'Asia/Makassar' })).id;
  });
  afterAll(() => t.close());

  it('an annual 2026 rating on 30 November is refused with 422 PERIOD_NOT_OVER naming the period, and nothing is stored', async () => {
    const annual = await rate('2026');
    expect(annual.status).toBe(422);
    expect(annual.headers['content-type']).toContain('application/problem+json');
    expect(annual.body).toMatchObject({ code: 'PERIOD_NOT_OVER', errors: [{ field: 'period', code: 'PERIOD_NOT_OVER' }] });
    expect(annual.body.detail).toContain('2026-12-31');
    expect(annual.body.detail).toContain('2027-01-01');
    expect(await stored('2026')).toEqual([]);
    const inBahasa = await rate('2026', { 'accept-language': 'id' });
    expect(inBahasa.body.code).toBe('PERIOD_NOT_OVER');
    expect(inBahasa.body.detail).toBe('Periode penilaian 2026 berlangsung sampai 2026-12-31: beri penilaian mulai 2027-01-01, sesudah periodenya berakhir.');
  });

  it('the running month is refused even on its last day, and a future month too', async () => {
    expect((await rate('2026-11')).body.code).toBe('PERIOD_NOT_OVER');
    expect((await rate('2026-12')).body.code).toBe('PERIOD_NOT_OVER');
    expect(await stored('2026-11')).toEqual([]);
  });

  it("the month can be rated from the next day in the employee's zone", async () => {
    // 23:30 in Jakarta, but already 1 December 00:30 in Makassar.
    clock.set('2026-11-30T16:30:00Z');
    const rated = await rate('2026-11');
    expect(rated).toMatchObject({ status: 201, body: { predikat: 'BAIK' } });
    expect(await stored('2026-11')).toHaveLength(1);
    clock.set('2026-11-30T03:00:00Z');
  });

  it('the appraisal form for a future month shows no presence', async () => {
    const form = await t.get(`/api/v1/employees/${o.ids.staff}/appraisal-form/2026-12`, o.tokens.head);
    expect(form.status).toBe(200);
    expect(form.body.facts.attendance).toMatchObject({ presentDays: 0, absentDays: 0, lateMinutes: 0 });
  });

  it('a unit with no employees has no achievement (null), not 1', async () => {
    const empty = await t.get(`/api/v1/units/${emptyUnit}/achievement/2026-10`, o.tokens.admin);
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ unitId: emptyUnit, employees: 0, targetMinutes: 0, achievement: null });
    const parent = await t.get(`/api/v1/units/${o.directorate}/achievement/2026-10`, o.tokens.admin);
    expect(parent.body.children.find((c: any) => c.unitId === emptyUnit)).toMatchObject({ employees: 0, achievement: null });
    expect(parent.body.achievement).not.toBeNull();
  });
});
