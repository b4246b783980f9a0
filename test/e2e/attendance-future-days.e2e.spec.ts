import { startTestApp, TestApp, TestClock } from '../support/test-app';
import { OrgBuilder } from '../support/org-builder';

describe('attendance: days that have not come yet', () => {
  let t: TestApp;
  let employeeId: string;
  // Wednesday 17 June 2026, 10:00 in Jayapura (WIT).
  const clock = new TestClock('2026-06-17T01:00:00Z');

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    const admin = await t.adminToken();
    const org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    const jyp = await org.unit('JYP', root.id, { type: 'UPT', timeZone: 'Asia/Jayapura' });
    employeeId = (await org.placed('Staff', (await org.position('STAFF', jyp.id, null)).id)).id;
    const leave = await t.post('/api/v1/absences', { employeeId, type: 'CT', startDate: '2026-06-25', endDate: '2026-06-25', reason: 'Cuti' }, admin);
    expect(leave.status).toBe(201);
  });
  afterAll(() => t.close());

  it('are not TK and cost nothing; approved leave ahead keeps its code; past days without clocking are TK', async () => {
    const admin = await t.adminToken();
    const days = new Map((await t.get(`/api/v1/attendance/days?employeeId=${employeeId}&month=2026-06`, admin)).body.map((d: any) => [d.date, d]));
    expect(days.get('2026-06-16')).toMatchObject({ codes: ['TK'], deductionPercent: '5' });
    expect(days.get('2026-06-18')).toMatchObject({ codes: [], deductionPercent: '0', lateMinutes: null });
    expect(days.get('2026-06-25')).toMatchObject({ codes: ['CT'] });
    expect(days.get('2026-06-20')).toMatchObject({ codes: ['OFF'] });
    const summary = (await t.get(`/api/v1/attendance/summary?employeeId=${employeeId}&month=2026-06`, admin)).body;
    // TK on the 12 weekdays from the 1st to the 16th, 5 % each; today is judged once it is over (attendance-today.e2e.spec.ts).
    expect(summary.counts.TK).toBe(12);
    expect(summary.attendancePercent).toBe('60');
  });
});
