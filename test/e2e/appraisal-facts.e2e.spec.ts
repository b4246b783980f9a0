import { approvedPlans, buildPlanningOrg, expectStatus, PlanningOrg } from '../support/planning-org';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

/** The appraiser sees what the other modules recorded: activity minutes, RHK realisation, attendance. */
describe('appraisal form: achievement facts from planning, activities and attendance', () => {
  let t: TestApp;
  let o: PlanningOrg;
  let plans: Awaited<ReturnType<typeof approvedPlans>>;
  // 1 July 2026, 09:00 in Makassar: every day of June is over, so each is judged (attendance-today.e2e.spec.ts).
  const clock = new TestClock('2026-07-01T01:00:00Z');

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    o = await buildPlanningOrg(t);
    plans = await approvedPlans(t, o);
    await expectStatus(t, '/api/v1/activity-catalog', { code: 'LAP', name: 'Menyusun laporan', outputUnit: 'laporan', minutesPerUnit: 60 }, o.tokens.admin, 201);
    // June 2026 has 22 weekdays and, here, no holiday. Two office days in Makassar: on time on the 29th, 20 minutes late (not made up) on the 30th.
    const events = [
      { nip: o.nips.staff, at: '2026-06-28T23:25:00Z', direction: 'IN' },
      { nip: o.nips.staff, at: '2026-06-29T08:05:00Z', direction: 'OUT' },
      { nip: o.nips.staff, at: '2026-06-29T23:50:00Z', direction: 'IN' },
      { nip: o.nips.staff, at: '2026-06-30T08:05:00Z', direction: 'OUT' },
    ];
    expect((await t.post('/api/v1/attendance/clock-events/import', events, o.tokens.admin)).body.accepted).toBe(4);
    const activity = await t.post(
      '/api/v1/activities',
      { date: '2026-06-29', startTime: '08:00', endTime: '11:00', catalogCode: 'LAP', quantity: '3', description: 'Laporan asesmen', resultId: plans.staffResultId },
      o.tokens.staff,
    );
    expect(activity.status).toBe(201);
    await expectStatus(t, `/api/v1/activities/${activity.body.id}/approve`, {}, o.tokens.head, 200);
  });
  afterAll(() => t.close());

  it('shows approved minutes against the target, the RHK realised so far and the attendance of the month', async () => {
    const form = await t.get(`/api/v1/employees/${o.ids.staff}/appraisal-form/2026-06`, o.tokens.head);
    expect(form.status).toBe(200);
    const { facts } = form.body;
    expect(facts.activity).toEqual({ approvedMinutes: 180, targetMinutes: 22 * 300, achievementPercent: '2.73' });
    expect(facts.workResults).toEqual([
      { rhkId: plans.staffResultId, text: 'Tersusunnya laporan asesmen anak', indicator: 'Laporan asesmen', target: '24 laporan', realisation: '3 laporan' },
    ]);
    expect(facts.attendance).toMatchObject({ workingDays: 22, presentDays: 2, absentDays: 20, lateMinutes: 20 });
  });
});
