import { OrgBuilder, PASSWORD } from '../support/org-builder';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

/** issue 10 point 14: a working day is judged once it is over in the unit's zone, never while it runs. */
describe('attendance: today is not judged before it ends', () => {
  let t: TestApp;
  let admin: string;
  // Wednesday 17 June 2026, 14:13 in Makassar (WITA), 15:13 in Jayapura (WIT).
  const clock = new TestClock('2026-06-17T06:13:00Z');
  const ids: Record<string, string> = {};
  let staffToken: string;

  const dayOf = async (employeeId: string, date: string) => {
    const res = await t.get(`/api/v1/attendance/days?employeeId=${employeeId}&month=${date.slice(0, 7)}`, admin);
    expect(res.status).toBe(200);
    return res.body.find((d: any) => d.date === date);
  };
  const summaryOf = async (employeeId: string) => (await t.get(`/api/v1/attendance/summary?employeeId=${employeeId}&month=2026-06`, admin)).body;

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    admin = await t.adminToken();
    const org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    const mks = await org.unit('MKS', root.id, { type: 'UPT', timeZone: 'Asia/Makassar' });
    const jyp = await org.unit('JYP', root.id, { type: 'UPT', timeZone: 'Asia/Jayapura' });
    const staff = await org.placed('Staf Makassar', (await org.position('STAFF-MKS', mks.id, null)).id, '2026-06-01');
    const papua = await org.placed('Staf Jayapura', (await org.position('STAFF-JYP', jyp.id, null)).id, '2026-06-01');
    const nurse = await org.placed('Perawat Malam', (await org.position('NURSE-MKS', mks.id, null)).id, '2026-06-01');
    Object.assign(ids, { mks: mks.id, staff: staff.id, papua: papua.id, nurse: nurse.id });
    staffToken = await t.login(staff.nip, PASSWORD);
    const shift = await t.post('/api/v1/shifts', { code: 'MALAM', name: 'Malam', start: '22:00', end: '06:00', breakMinutes: 60 }, admin);
    expect(shift.status).toBe(201);
    const roster = await t.post('/api/v1/rosters', { entries: [{ employeeId: nurse.id, date: '2026-06-17', shiftId: shift.body.id }] }, admin);
    expect(roster.status).toBeLessThan(300);
  });
  afterAll(() => t.close());

  it('at 14:13 before clocking in, today is IN_PROGRESS with no code and no deduction, in days, summary and recap', async () => {
    const today = await dayOf(ids.staff, '2026-06-17');
    expect(today).toMatchObject({ status: 'IN_PROGRESS', codes: [], clockIn: null, clockOut: null, deductionPercent: '0', lateMinutes: null });
    expect(today.explanation).toContain('under way');
    expect(await dayOf(ids.staff, '2026-06-16')).toMatchObject({ status: 'OVER', codes: ['TK'], deductionPercent: '5' });
    expect(await dayOf(ids.staff, '2026-06-18')).toMatchObject({ status: 'UPCOMING', codes: [], deductionPercent: '0' });
    // 1–16 June: 12 weekdays gone by without a clock event; the 17th is not one of them yet.
    const summary = await summaryOf(ids.staff);
    expect(summary.counts.TK).toBe(12);
    expect(summary.attendancePercent).toBe('60');
    const recap = await t.get(`/api/v1/attendance/recap?unitId=${ids.mks}&month=2026-06`, admin);
    expect(recap.body.items.find((r: any) => r.employeeId === ids.staff)).toMatchObject({ counts: { TK: 12 }, attendancePercent: '60' });
  });

  it('after clocking in late it shows the punch so far, still with nothing deducted', async () => {
    expect((await t.post('/api/v1/attendance/clock', { direction: 'IN' }, staffToken)).status).toBe(201);
    const today = await dayOf(ids.staff, '2026-06-17');
    expect(today).toMatchObject({ status: 'IN_PROGRESS', codes: [], clockIn: '14:13:00', clockOut: null, deductionPercent: '0' });
    expect(today.explanation).toContain('clocked in at 14:13:00');
    expect((await summaryOf(ids.staff)).attendancePercent).toBe('60');
  });

  it("is judged at midnight in the unit's zone: Jayapura's day is over while Makassar's still runs", async () => {
    // 23:30 in Makassar, 00:30 on the 18th in Jayapura.
    clock.set('2026-06-17T15:30:00Z');
    expect(await dayOf(ids.staff, '2026-06-17')).toMatchObject({ status: 'IN_PROGRESS', deductionPercent: '0' });
    expect(await dayOf(ids.papua, '2026-06-17')).toMatchObject({ status: 'OVER', codes: ['TK'], deductionPercent: '5' });
    // 00:00 on the 18th in Makassar: the late clock-in without a clock-out is now judged.
    clock.set('2026-06-17T16:00:00Z');
    const judged = await dayOf(ids.staff, '2026-06-17');
    expect(judged.status).toBe('OVER');
    expect(judged.codes).toEqual(expect.arrayContaining(['TL4', 'PSW4']));
    expect(judged.deductionPercent).not.toBe('0');
    expect((await summaryOf(ids.staff)).attendancePercent).not.toBe('60');
  });

  it('a night shift is over when its clock-out window closes, the next day', async () => {
    // The 22:00–06:00 shift of the 17th takes clock events until 12:00 on the 18th (end + 6 h).
    clock.set('2026-06-18T03:59:00Z'); // 11:59 WITA
    expect(await dayOf(ids.nurse, '2026-06-17')).toMatchObject({ status: 'IN_PROGRESS', codes: [], deductionPercent: '0' });
    clock.set('2026-06-18T04:00:00Z'); // 12:00 WITA
    expect(await dayOf(ids.nurse, '2026-06-17')).toMatchObject({ status: 'OVER', codes: ['TK'], deductionPercent: '5' });
  });
});
