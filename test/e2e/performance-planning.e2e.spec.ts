import { OutboxRelay } from '../../src/platform/outbox/outbox-relay';
import { OrgBuilder } from '../support/org-builder';
import { approvedPlans, buildPlanningOrg, expectStatus, PlanningOrg } from '../support/planning-org';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

describe('performance planning: unit targets, cascading SKP, workflow, versions, transfer', () => {
  let t: TestApp;
  let o: PlanningOrg;
  let plans: Awaited<ReturnType<typeof approvedPlans>>;

  beforeAll(async () => {
    t = await startTestApp({}, { clock: new TestClock(new Date('2026-06-20T03:00:00Z')) });
    o = await buildPlanningOrg(t);
    plans = await approvedPlans(t, o);
  });
  afterAll(() => t.close());

  it('a unit target keeps its budget as whole rupiah and its volume as an exact decimal', async () => {
    expect(plans.target).toMatchObject({ kind: 'RKAKL_OUTPUT', volume: '1200', budget: 1250000000, year: 2026 });
    const fetched = await t.get(`/api/v1/unit-targets/${plans.target.id}`, o.tokens.staff);
    expect(fetched.body.budget).toBe(1250000000);
    const fractional = await t.post(
      '/api/v1/unit-targets',
      { unitId: o.directorate, year: 2026, kind: 'IKU', code: 'IKU-1', name: 'x', volume: '1', outputUnit: 'x', budget: '12.5' },
      o.tokens.admin,
    );
    expect(fractional.status).toBe(400);
    expect(fractional.body.code).toBe('NOT_WHOLE_RUPIAH');
    const byUnitAdmin = await t.post(
      '/api/v1/unit-targets',
      { unitId: o.directorate, year: 2026, kind: 'IKU', code: 'IKU-1', name: 'x', volume: '1', outputUnit: 'x' },
      o.tokens.head,
    );
    expect(byUnitAdmin.status).toBe(403);
  });

  it('the head’s SKP cascades from the unit target and the staff SKP from the head’s approved RHK', async () => {
    const head = (await t.get(`/api/v1/performance-plans/${plans.headPlanId}`, o.tokens.head)).body;
    expect(head).toMatchObject({ status: 'APPROVED', version: 1, employeeId: o.ids.head, periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    expect(head.results[0]).toMatchObject({
      unitTargetId: plans.target.id,
      parentResultId: null,
      indicators: [{ aspect: 'QUANTITY', name: 'Anak terlayani', target: '1200', unit: 'orang' }],
    });
    const staff = (await t.get(`/api/v1/performance-plans/${plans.staffPlanId}`, o.tokens.staff)).body;
    expect(staff).toMatchObject({ status: 'APPROVED', approvedVersions: [{ version: 1, approvedBy: o.ids.head }] });
    expect(staff.results[0].parentResultId).toBe(plans.headResultId);
  });

  it('refuses results that do not cascade: a head from an RHK, staff from a unit target or an unapproved RHK', async () => {
    const p = await expectStatus(t, '/api/v1/performance-plans', { employeeId: o.ids.kasubdit, year: 2026 }, o.tokens.kasubdit, 201);
    const headFromRhk = await t.post(
      `/api/v1/performance-plans/${p.id}/results`,
      { title: 'x', parentResultId: plans.headResultId, indicators: [{ name: 'n', target: 1, unit: 'u' }] },
      o.tokens.kasubdit,
    );
    expect(headFromRhk.status).toBe(422);
    expect(headFromRhk.body.code).toBe('UNIT_HEAD_RESULT_MUST_CASCADE_FROM_UNIT_TARGET');
    const foreignTarget = await t.post(
      `/api/v1/performance-plans/${p.id}/results`,
      { title: 'x', unitTargetId: plans.target.id, indicators: [{ name: 'n', target: 1, unit: 'u' }] },
      o.tokens.kasubdit,
    );
    expect(foreignTarget.status).toBe(422);
    expect(foreignTarget.body.code).toBe('UNIT_TARGET_NOT_OF_HEAD_UNIT_AND_YEAR');

    const s2 = await expectStatus(t, '/api/v1/performance-plans', { employeeId: o.ids.staff2, year: 2026 }, o.tokens.staff2, 201);
    const fromTarget = await t.post(
      `/api/v1/performance-plans/${s2.id}/results`,
      { title: 'x', unitTargetId: plans.target.id, indicators: [{ name: 'n', target: 1, unit: 'u' }] },
      o.tokens.staff2,
    );
    expect(fromTarget.status).toBe(422);
    expect(fromTarget.body.code).toBe('RESULT_MUST_CASCADE_FROM_SUPERVISOR_PLAN');
    const fromStaffRhk = await t.post(
      `/api/v1/performance-plans/${s2.id}/results`,
      { title: 'x', parentResultId: plans.staffResultId, indicators: [{ name: 'n', target: 1, unit: 'u' }] },
      o.tokens.staff2,
    );
    expect(fromStaffRhk.status).toBe(422);
    expect((await t.get(`/api/v1/performance-plans/${s2.id}`, o.tokens.staff2)).body.results).toEqual([]);
  });

  it('only the supervisor on the date approves or returns, with a reason', async () => {
    const s2 = (await t.get(`/api/v1/performance-plans?employeeId=${o.ids.staff2}`, o.tokens.staff2)).body.items[0];
    await expectStatus(
      t,
      `/api/v1/performance-plans/${s2.id}/results`,
      { title: 'Rekap data', parentResultId: plans.headResultId, indicators: [{ name: 'Rekap', target: '12', unit: 'dokumen', aspect: 'QUANTITY' }] },
      o.tokens.staff2,
      201,
    );
    await expectStatus(t, `/api/v1/performance-plans/${s2.id}/submit`, {}, o.tokens.staff2, 200);
    expect((await t.post(`/api/v1/performance-plans/${s2.id}/approve`, {}, o.tokens.staff2)).status).toBe(403);
    expect((await t.post(`/api/v1/performance-plans/${s2.id}/approve`, {}, o.tokens.sekjen)).status).toBe(403);
    expect((await t.post(`/api/v1/performance-plans/${s2.id}/return`, {}, o.tokens.head)).status).toBe(400);
    const returned = await expectStatus(t, `/api/v1/performance-plans/${s2.id}/return`, { reason: 'Target terlalu rendah' }, o.tokens.head, 200);
    expect(returned).toMatchObject({ status: 'RETURNED', returnReason: 'Target terlalu rendah' });
  });

  it('a change after approval is a new version; the approved one stays in force', async () => {
    const revised = await expectStatus(t, `/api/v1/performance-plans/${plans.staffPlanId}/revise`, {}, o.tokens.staff, 200);
    expect(revised).toMatchObject({ status: 'DRAFT', version: 2, approvedVersions: [{ version: 1 }] });
    await expectStatus(
      t,
      `/api/v1/performance-plans/${plans.staffPlanId}/results`,
      { title: 'Tambahan', parentResultId: plans.headResultId, indicators: [{ name: 'n', target: '2', unit: 'u' }] },
      o.tokens.staff,
      201,
    );
    const plan = (await t.get(`/api/v1/performance-plans/${plans.staffPlanId}`, o.tokens.staff)).body;
    expect(plan.results).toHaveLength(2);
    expect(plan.approvedVersions[0].results).toHaveLength(1);
    await expectStatus(t, `/api/v1/performance-plans/${plans.staffPlanId}/submit`, {}, o.tokens.staff, 200);
    const approved = await expectStatus(t, `/api/v1/performance-plans/${plans.staffPlanId}/approve`, {}, o.tokens.head, 200);
    expect(approved.approvedVersions.map((v: any) => v.version)).toEqual([1, 2]);
  });

  it('bulk assignment hands one RHK to many subordinates and reports who could not take it', async () => {
    const org = new OrgBuilder(t, o.tokens.admin);
    const newcomers = [await org.placed('Analis Tiga', o.positions.staff), await org.placed('Analis Empat', o.positions.staff)];
    const drafts = [];
    for (const n of newcomers) drafts.push(await expectStatus(t, '/api/v1/performance-plans', { employeeId: n.id, year: 2026 }, o.tokens.admin, 201));
    await expectStatus(t, '/api/v1/performance-plans', { employeeId: o.ids.kasubdit, year: 2026, periodStart: '2026-01-01' }, o.tokens.admin, 409);
    const kasubditPlan = (await t.get(`/api/v1/performance-plans?employeeId=${o.ids.kasubdit}`, o.tokens.admin)).body.items[0];
    const res = await expectStatus(
      t,
      `/api/v1/performance-plans/${plans.headPlanId}/results/${plans.headResultId}/assign`,
      { employeeIds: [newcomers[0].id, newcomers[1].id, o.ids.staff2, o.ids.outsider, o.ids.staff, o.ids.kasubdit] },
      o.tokens.head,
      200,
    );
    expect(res.assigned).toEqual(drafts.map((d, i) => ({ employeeId: newcomers[i].id, planId: d.id, resultId: expect.any(String) })));
    expect(res.refused.map((r: any) => [r.employeeId, r.code]).sort()).toEqual(
      [
        [o.ids.outsider, 'NOT_YOUR_SUBORDINATE'],
        [o.ids.staff, 'PLAN_NOT_EDITABLE'],
        [o.ids.staff2, 'RESULT_ALREADY_ASSIGNED'],
        [o.ids.kasubdit, 'UNIT_HEAD_RESULT_MUST_CASCADE_FROM_UNIT_TARGET'],
      ].sort(),
    );
    expect((await t.get(`/api/v1/performance-plans/${kasubditPlan.id}`, o.tokens.admin)).body.results).toEqual([]);
    const plan = (await t.get(`/api/v1/performance-plans/${drafts[1].id}`, o.tokens.admin)).body;
    expect(plan.results.map((r: any) => r.title)).toContain('Terlaksananya layanan rehabilitasi sosial anak');
    expect((await t.post(`/api/v1/performance-plans/${plans.staffPlanId}/results/${plans.staffResultId}/assign`, { employeeIds: [o.ids.staff2] }, o.tokens.head)).status).toBe(403);
  });

  it('object-level access: colleagues and outsiders cannot read a plan; the supervisor and HR can', async () => {
    expect((await t.get(`/api/v1/performance-plans/${plans.staffPlanId}`, o.tokens.staff2)).status).toBe(403);
    expect((await t.get(`/api/v1/performance-plans/${plans.staffPlanId}`, o.tokens.outsider)).status).toBe(403);
    expect((await t.get(`/api/v1/performance-plans/${plans.staffPlanId}`, o.tokens.head)).status).toBe(200);
    expect((await t.get(`/api/v1/performance-plans/${plans.staffPlanId}`, o.tokens.admin)).status).toBe(200);
    expect((await t.get(`/api/v1/performance-plans?employeeId=${o.ids.staff}`, o.tokens.staff2)).status).toBe(403);
    const own = (await t.get('/api/v1/performance-plans', o.tokens.staff2)).body;
    expect(own.items.every((p: any) => p.employeeId === o.ids.staff2)).toBe(true);
    expect((await t.post('/api/v1/performance-plans', { employeeId: o.ids.staff, year: 2027 }, o.tokens.staff2)).status).toBe(403);
  });

  it('a mid-year transfer closes the plan at the move date and a new one opens; overlapping plans are refused', async () => {
    expect((await t.post('/api/v1/performance-plans', { employeeId: o.ids.staff, year: 2026, periodStart: '2026-07-01' }, o.tokens.admin)).status).toBe(409);
    const closed = await expectStatus(t, `/api/v1/performance-plans/${plans.staffPlanId}/close`, { lastDay: '2026-06-30', reason: 'Mutasi' }, o.tokens.admin, 200);
    expect(closed).toMatchObject({ isClosed: true, periodEnd: '2026-06-30' });
    const next = await expectStatus(t, '/api/v1/performance-plans', { employeeId: o.ids.staff, year: 2026, periodStart: '2026-07-01' }, o.tokens.admin, 201);
    expect(next).toMatchObject({ periodStart: '2026-07-01', periodEnd: '2026-12-31', status: 'DRAFT' });
    expect((await t.post(`/api/v1/performance-plans/${plans.staffPlanId}/revise`, {}, o.tokens.staff)).status).toBe(409);
  });

  it('a new definitive assignment (transfer) splits the plan by itself, through the organization event', async () => {
    const [plan] = (await t.get(`/api/v1/performance-plans?employeeId=${o.ids.staff2}&year=2026`, o.tokens.staff2)).body.items;
    expect(plan).toMatchObject({ periodStart: '2026-01-01', periodEnd: '2026-12-31', isClosed: false });
    const [current] = (await t.get(`/api/v1/employees/${o.ids.staff2}/assignments`, o.tokens.admin)).body.items;
    await expectStatus(t, `/api/v1/employees/${o.ids.staff2}/assignments/${current.id}/end`, { endDate: '2026-08-31', reason: 'Mutasi' }, o.tokens.admin, 201);
    await expectStatus(t, `/api/v1/employees/${o.ids.staff2}/assignments`, { positionId: o.positions.staff, type: 'DEFINITIVE', startDate: '2026-09-01' }, o.tokens.admin, 201);
    await t.app.get(OutboxRelay).drain();
    const mine = (await t.get(`/api/v1/performance-plans?employeeId=${o.ids.staff2}&year=2026`, o.tokens.staff2)).body.items;
    expect(mine.map((p: any) => [p.id === plan.id, p.periodStart, p.periodEnd, p.isClosed, p.status])).toEqual(
      expect.arrayContaining([
        [true, '2026-01-01', '2026-08-31', true, plan.status],
        [false, '2026-09-01', '2026-12-31', false, 'DRAFT'],
      ]),
    );
    expect(mine).toHaveLength(2);
  });
});
