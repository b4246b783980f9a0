import { AttendanceFacade } from '../../src/modules/attendance/public/attendance.facade';
import { startTestApp, TestApp } from '../support/test-app';
import { OrgBuilder } from '../support/org-builder';

/**
 * Day classification end to end: organisation built through the API, clock events imported, absences and
 * permits recorded, and the days and summaries read back as a client would.
 */
describe('attendance: classifying days through the API', () => {
  let t: TestApp;
  let admin: string;
  let org: OrgBuilder;
  let ids: Record<string, string>;
  let nips: Record<string, string>;

  const importEvents = async (rows: unknown[]) => {
    const res = await t.post('/api/v1/attendance/clock-events/import', rows, admin);
    expect(res.status).toBe(200);
    return res.body;
  };
  const days = async (employeeId: string, month: string, token = admin) => {
    const res = await t.get(`/api/v1/attendance/days?employeeId=${employeeId}&month=${month}`, token);
    expect(res.status).toBe(200);
    return new Map<string, any>(res.body.map((d: any) => [d.date, d]));
  };
  const day = async (employeeId: string, date: string) => (await days(employeeId, date.slice(0, 7))).get(date);
  /** An office day's IN and OUT in WIB. */
  const wib = (nip: string, date: string, clockIn: string | null, clockOut: string | null) => [
    ...(clockIn ? [{ nip, at: `${date}T${clockIn}+07:00`, direction: 'IN' }] : []),
    ...(clockOut ? [{ nip, at: `${date}T${clockOut}+07:00`, direction: 'OUT' }] : []),
  ];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    const dit = await org.unit('DIT', root.id);
    const subdit = await org.unit('SUBDIT', dit.id, { type: 'ESELON_III' });
    const mks = await org.unit('MKS', root.id, { type: 'UPT', timeZone: 'Asia/Makassar' });
    const jyp = await org.unit('JYP', root.id, { type: 'UPT', timeZone: 'Asia/Jayapura' });
    const head = await org.position('HEAD', dit.id, null, 'ADMINISTRATOR', 12);
    const staff = await org.position('STAFF', subdit.id, head.id, 'PELAKSANA', 8);
    const mksStaff = await org.position('MKS-STAFF', mks.id, null, 'PELAKSANA', 7);
    const jypStaff = await org.position('JYP-STAFF', jyp.id, null, 'PELAKSANA', 7);
    const people = {
      head: await org.placed('Head', head.id),
      a: await org.placed('Example A', staff.id),
      b: await org.placed('Staff B', staff.id),
      nurse: await org.placed('Night Nurse', staff.id),
      wita: await org.placed('Makassar', mksStaff.id),
      wit: await org.placed('Jayapura', jypStaff.id),
    };
    ids = Object.fromEntries(Object.entries(people).map(([k, v]) => [k, v.id]));
    nips = Object.fromEntries(Object.entries(people).map(([k, v]) => [k, v.nip]));
    ids.dit = dit.id;
    expect((await t.post('/api/v1/holidays', { date: '2026-06-16', name: 'Tahun Baru Islam' }, admin)).status).toBe(201);
    // A holiday of the directorate, inherited by the sub-directorate two levels down.
    expect((await t.post('/api/v1/holidays', { date: '2026-07-07', name: 'Hari jadi direktorat', unitId: dit.id }, admin)).status).toBe(201);
  });
  afterAll(() => t.close());

  it('worked example A: ATTENDANCE 6.5 % from TL1 ×2, a compensated day, PSW1, TK and two CT days', async () => {
    const nip = nips.a;
    const workingDays = ['01', '02', '03', '04', '05', '08', '09', '10', '11', '12', '15', '17', '18', '19', '22', '23', '24', '25', '26', '29', '30'];
    const special: Record<string, [string | null, string | null] | 'TK' | 'CT'> = {
      '01': ['07:45:00', '16:00:00'],
      '03': ['07:45:00', '16:00:00'],
      '02': ['07:50:00', '16:25:00'],
      '05': ['07:30:00', '16:14:00'],
      '08': 'TK',
      '09': 'CT',
      '10': 'CT',
    };
    const rows = workingDays.flatMap((d) => {
      const date = `2026-06-${d}`;
      const s = special[d];
      if (s === 'TK' || s === 'CT') return [];
      const friday = ['05', '12', '19', '26'].includes(d);
      return wib(nip, date, ...(s ?? ['07:25:00', friday ? '16:35:00' : '16:05:00']));
    });
    expect(await importEvents(rows)).toEqual({ accepted: rows.length, duplicates: 0, rejected: [] });
    const ct = await t.post('/api/v1/absences', { employeeId: ids.a, type: 'CT', startDate: '2026-06-09', endDate: '2026-06-10', reason: 'Keperluan keluarga' }, admin);
    expect(ct.status).toBe(201);
    expect(ct.body).toMatchObject({ id: expect.any(String), status: 'APPROVED' });

    const summary = await t.get(`/api/v1/attendance/summary?employeeId=${ids.a}&month=2026-06`, admin);
    expect(summary.status).toBe(200);
    expect(summary.body).toMatchObject({
      month: '2026-06',
      workingDays: 21,
      counts: { H: 15, TL1: 2, PSW1: 1, TK: 1, CT: 2, HOLIDAY: 1, OFF: 8 },
      attendancePercent: '6.5',
      leavePercent: '0',
    });

    const june = await days(ids.a, '2026-06');
    expect(june.size).toBe(30);
    expect(june.get('2026-06-01')).toEqual({
      date: '2026-06-01',
      codes: ['TL1'],
      clockIn: '07:45:00',
      clockOut: '16:00:00',
      lateMinutes: 15,
      earlyMinutes: 0,
      deductionPercent: '0.5',
      explanation: expect.stringContaining('15 minutes late: TL1'),
      status: 'OVER',
    });
    expect(june.get('2026-06-02')).toMatchObject({ codes: ['H'], lateMinutes: 20, deductionPercent: '0' });
    expect(june.get('2026-06-02')!.explanation).toContain('compensated');
    expect(june.get('2026-06-05')).toMatchObject({ codes: ['PSW1'], earlyMinutes: 16, deductionPercent: '0.5' });
    expect(june.get('2026-06-08')).toMatchObject({ codes: ['TK'], clockIn: null, clockOut: null, deductionPercent: '5' });
    expect(june.get('2026-06-09')).toMatchObject({ codes: ['CT'], deductionPercent: '0' });
    expect(june.get('2026-06-16')).toMatchObject({ codes: ['HOLIDAY'], deductionPercent: '0' });
    expect(june.get('2026-06-06')).toMatchObject({ codes: ['OFF'], deductionPercent: '0' });
  });

  it('07:30:59 is on time, 07:31:00 is one minute late', async () => {
    await importEvents([...wib(nips.b, '2026-06-01', '07:30:59', '16:00:00'), ...wib(nips.b, '2026-06-02', '07:31:00', '16:00:00')]);
    expect(await day(ids.b, '2026-06-01')).toMatchObject({ codes: ['H'], lateMinutes: 0, deductionPercent: '0' });
    expect(await day(ids.b, '2026-06-02')).toMatchObject({ codes: ['TL1'], lateMinutes: 1, deductionPercent: '0.5' });
  });

  it('lateness compensation: met exactly, and missed by one minute', async () => {
    // 20 minutes late: staying until 16:20 compensates; leaving at 16:19 does not (and 16:19 is after 16:00, so no PSW).
    await importEvents([...wib(nips.b, '2026-06-03', '07:50:00', '16:20:00'), ...wib(nips.b, '2026-06-04', '07:50:00', '16:19:00')]);
    expect(await day(ids.b, '2026-06-03')).toMatchObject({ codes: ['H'], deductionPercent: '0' });
    expect(await day(ids.b, '2026-06-04')).toMatchObject({ codes: ['TL1'], lateMinutes: 20, earlyMinutes: 0, deductionPercent: '0.5' });
  });

  it('WITA and WIT: a clock-in whose UTC instant falls on the previous UTC day counts for the local day', async () => {
    // 07:10 WITA on 2 June = 23:10 UTC on 1 June; 07:20 WIT = 22:20 UTC on 1 June.
    await importEvents([
      { nip: nips.wita, at: '2026-06-01T23:10:00Z', direction: 'IN' },
      { nip: nips.wita, at: '2026-06-02T08:05:00Z', direction: 'OUT' },
      { nip: nips.wit, at: '2026-06-01T22:20:00Z', direction: 'IN' },
      { nip: nips.wit, at: '2026-06-02T07:35:00Z', direction: 'OUT' },
    ]);
    expect(await day(ids.wita, '2026-06-02')).toMatchObject({ codes: ['H'], clockIn: '07:10:00', clockOut: '16:05:00' });
    expect(await day(ids.wit, '2026-06-02')).toMatchObject({ codes: ['H'], clockIn: '07:20:00', clockOut: '16:35:00' });
    expect(await day(ids.wita, '2026-06-01')).toMatchObject({ codes: ['TK'] });
    expect(await day(ids.wit, '2026-06-01')).toMatchObject({ codes: ['TK'] });
  });

  it('a night shift 22:00–06:00 belongs to the date it starts, its clock-out the next morning', async () => {
    const shift = await t.post('/api/v1/shifts', { code: 'MALAM', name: 'Malam', start: '22:00', end: '06:00', breakMinutes: 60 }, admin);
    expect(shift.status).toBe(201);
    const roster = await t.post('/api/v1/rosters', { entries: [{ employeeId: ids.nurse, date: '2026-06-06', shiftId: shift.body.id }] }, admin);
    expect([200, 201]).toContain(roster.status);
    await importEvents([
      { nip: nips.nurse, at: '2026-06-06T22:10:00+07:00', direction: 'IN' },
      { nip: nips.nurse, at: '2026-06-07T05:50:00+07:00', direction: 'OUT' },
    ]);
    const june = await days(ids.nurse, '2026-06');
    expect(june.get('2026-06-06')).toMatchObject({ codes: ['TL1', 'PSW1'], clockIn: '22:10:00', clockOut: '05:50:00', lateMinutes: 10, earlyMinutes: 10, deductionPercent: '1' });
    expect(june.get('2026-06-07')).toMatchObject({ codes: ['OFF'] });
  });

  it('a holiday of a parent unit applies to its sub-units, and a clock event on it costs nothing', async () => {
    await importEvents(wib(nips.b, '2026-07-07', '08:40:00', '12:00:00'));
    const holiday = await day(ids.b, '2026-07-07');
    expect(holiday).toMatchObject({ codes: ['HOLIDAY'], deductionPercent: '0' });
    expect(holiday.explanation).toContain('Hari jadi direktorat');
    expect(holiday.explanation).toContain('do not count');
    await importEvents(wib(nips.b, '2026-06-16', '09:00:00', null));
    expect(await day(ids.b, '2026-06-16')).toMatchObject({ codes: ['HOLIDAY'], deductionPercent: '0' });
  });

  it('an approved LATE_ARRIVAL permit removes the TL; an approved MISSING_PUNCH supplies the missing clock-out', async () => {
    await importEvents([...wib(nips.b, '2026-06-08', '08:15:00', '16:00:00'), ...wib(nips.b, '2026-06-09', '07:20:00', null)]);
    expect(await day(ids.b, '2026-06-08')).toMatchObject({ codes: ['TL2'], deductionPercent: '1' });
    expect(await day(ids.b, '2026-06-09')).toMatchObject({ codes: ['PSW4'], clockOut: null, deductionPercent: '1.5' });

    const late = await t.post('/api/v1/permits', { employeeId: ids.b, type: 'LATE_ARRIVAL', date: '2026-06-08', reason: 'Antar anak ke rumah sakit' }, admin);
    expect(late.status).toBe(201);
    expect(late.body.status).toBe('APPROVED');
    const punch = await t.post('/api/v1/permits', { employeeId: ids.b, type: 'MISSING_PUNCH', date: '2026-06-09', time: '16:10', reason: 'Mesin presensi mati' }, admin);
    expect(punch.status).toBe(201);

    expect(await day(ids.b, '2026-06-08')).toMatchObject({ codes: ['H'], lateMinutes: 45, deductionPercent: '0' });
    const supplied = await day(ids.b, '2026-06-09');
    expect(supplied).toMatchObject({ codes: ['H'], clockIn: '07:20:00', clockOut: '16:10:00', deductionPercent: '0' });
    expect(supplied.explanation).toContain('missing-punch permit');
  });

  it('the policy is effective-dated and changed through the API: from July a tolerance of 0 ends compensation', async () => {
    const refused = await t.post('/api/v1/attendance/policies', { effectiveFrom: '2026-07-01', dailyDeductionCapPercent: '6' }, admin);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('CAP_ABOVE_ABSENCE');
    // null is not "left out": it is refused, naming the parameter, instead of replacing it with nothing.
    const nulled = await t.post('/api/v1/attendance/policies', { effectiveFrom: '2026-07-01', bands: null, workSchedule: null }, admin);
    expect([nulled.status, [...new Set(nulled.body.errors.map((e: any) => e.field))].sort()]).toEqual([400, ['bands', 'workSchedule']]);
    const set = await t.post('/api/v1/attendance/policies', { effectiveFrom: '2026-07-01', latenessCompensation: { toleranceMinutes: 0 } }, admin);
    expect(set.status).toBe(201);
    expect(set.body.parameters.latenessCompensation).toEqual({ enabled: true, toleranceMinutes: 0 });
    expect((await t.post('/api/v1/attendance/policies', { effectiveFrom: '2026-07-01' }, admin)).status).toBe(409);
    const list = await t.get('/api/v1/attendance/policies', admin);
    expect(list.body.items.map((p: any) => p.effectiveFrom)).toEqual(['2026-07-01']);

    await importEvents([...wib(nips.b, '2026-07-01', '07:50:00', '16:25:00')]);
    expect(await day(ids.b, '2026-07-01')).toMatchObject({ codes: ['TL1'] });
    // June keeps the version it was computed with: the defaults.
    expect(await day(ids.b, '2026-06-03')).toMatchObject({ codes: ['H'] });
  });

  it('a sick-leave episode running over the month end keeps counting its working days', async () => {
    // 29–30 June are days 1–2 of the episode, 1 July day 3 (free), 2 July day 4 (1 %), 3 July day 5.
    const cs = await t.post('/api/v1/absences', { employeeId: ids.head, type: 'CS', startDate: '2026-06-29', endDate: '2026-07-03', reason: 'Rawat inap' }, admin);
    expect(cs.status).toBe(201);
    const july = await days(ids.head, '2026-07');
    expect(july.get('2026-07-01')).toMatchObject({ codes: ['CS'], deductionPercent: '0' });
    expect(july.get('2026-07-02')).toMatchObject({ codes: ['CS'], deductionPercent: '1' });
    const summary = (await t.get(`/api/v1/attendance/summary?employeeId=${ids.head}&month=2026-07`, admin)).body;
    expect(summary.leavePercent).toBe('2');
  });

  it('the public facade answers for many employees at once what the API answers for each', async () => {
    const facade = t.app.get(AttendanceFacade);
    const employees = [ids.a, ids.b, ids.wita, ids.wit, ids.nurse];
    const months = await facade.monthlyAttendance(employees, '2026-06');
    expect([...months.keys()].sort()).toEqual([...employees].sort());
    for (const employeeId of employees) {
      const api = (await t.get(`/api/v1/attendance/summary?employeeId=${employeeId}&month=2026-06`, admin)).body;
      expect({ employeeId, ...months.get(employeeId)!.summary }).toEqual(api);
      expect(months.get(employeeId)!.days).toHaveLength(30);
    }
    expect(months.get(ids.a)!.summary.attendancePercent).toBe('6.5');
  });
});
