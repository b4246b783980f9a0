import { SupervisionFacade } from '../../src/modules/organization/public/supervision.facade';
import { WorkCalendarsFacade } from '../../src/modules/organization/public/work-calendars.facade';
import { startTestApp, TestApp } from '../support/test-app';
import { OrgBuilder } from '../support/org-builder';

describe('organization facade: set-based queries for other modules', () => {
  let t: TestApp;
  let supervision: SupervisionFacade;
  let calendarsFacade: WorkCalendarsFacade;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    supervision = t.app.get(SupervisionFacade);
    calendarsFacade = t.app.get(WorkCalendarsFacade);
    const admin = await t.adminToken();
    const org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    const balai = await org.unit('BALAI', root.id, { type: 'UPT', timeZone: 'Asia/Jayapura', isSatker: true });
    const head = await org.position('HEAD', balai.id, null, 'ADMINISTRATOR', 12);
    const kasi = await org.position('KASI', balai.id, head.id, 'PENGAWAS', 9);
    const staff = await org.position('STAFF', balai.id, kasi.id, 'PELAKSANA', 6);
    const direct = await org.position('DIRECT', balai.id, head.id, 'PELAKSANA', 7);
    const headP = await org.placed('Head', head.id);
    const a = await org.placed('Staff A', staff.id);
    const b = await org.placed('Staff B', staff.id, '2026-06-15');
    const d = await org.placed('Direct', direct.id);
    await t.post('/api/v1/holidays', { date: '2026-06-16', name: 'Tahun Baru Islam' }, admin);
    await t.post('/api/v1/holidays', { date: '2026-06-18', name: 'Hari jadi balai', unitId: balai.id }, admin);
    const shift = (await t.post('/api/v1/shifts', { code: 'MALAM', name: 'Malam', start: '22:00', end: '06:00', breakMinutes: 60 }, admin)).body;
    await t.post('/api/v1/rosters', { entries: [{ employeeId: a.id, date: '2026-06-20', shiftId: shift.id }] }, admin);
    await t.post(`/api/v1/employees/${a.id}/status-changes`, { status: 'STUDY_ASSIGNMENT', effectiveDate: '2026-06-25' }, admin);
    ids = { headPos: head.id, head: headP.id, a: a.id, b: b.id, d: d.id, kasiPos: kasi.id, balai: balai.id };
  });
  afterAll(() => t.close());

  it('a vacant Kasi post sends its staff to the head; someone not yet placed has no supervisor', async () => {
    expect(await supervision.subordinatesOn(ids.head, '2026-06-10')).toEqual([ids.a, ids.d].sort());
    expect(await supervision.subordinatesOn(ids.head, '2026-06-20')).toEqual([ids.a, ids.b, ids.d].sort());
    const map = await supervision.supervisorsOn([ids.a, ids.b, ids.d, ids.head], '2026-06-10');
    expect(map.get(ids.a)?.employeeId).toBe(ids.head);
    expect(map.get(ids.b)).toBeNull();
    expect(map.get(ids.head)).toBeNull();
  });

  it('a Plt of the Kasi post takes the staff from the head', async () => {
    const admin = await t.adminToken();
    await t.post(`/api/v1/employees/${ids.d}/assignments`, { positionId: ids.kasiPos, type: 'PLT', startDate: '2026-07-01' }, admin);
    expect(await supervision.subordinatesOn(ids.head, '2026-07-02')).toEqual([ids.d]);
    expect(await supervision.subordinatesOn(ids.d, '2026-07-02')).toEqual([ids.a, ids.b].sort());
  });

  it('unit heads: the holder or Plt of a top position of the unit, not a Plh nor someone below', async () => {
    const admin = await t.adminToken();
    const org = new OrgBuilder(t, admin);
    const seksi = await org.unit('SEKSI', ids.balai, { type: 'ESELON_IV' });
    const seksiHead = await org.position('SEKSI-HEAD', seksi.id, ids.headPos, 'PENGAWAS', 9);
    await org.assign(ids.d, seksiHead.id, 'PLT', '2026-08-01');
    await org.assign(ids.a, seksiHead.id, 'PLH', '2026-08-01', '2026-08-05');
    const heads = await supervision.unitsHeadedOn([ids.head, ids.a, ids.d], '2026-08-03');
    expect(heads.get(ids.head)).toEqual({ unitId: ids.balai, acting: null });
    expect(heads.get(ids.d)).toEqual({ unitId: seksi.id, acting: 'PLT' });
    expect(heads.has(ids.a)).toBe(false);
    expect((await supervision.unitsHeadedOn([ids.d], '2026-07-31')).has(ids.d)).toBe(false);
  });

  it('work calendars: zone, kelas, status, office hours, inherited and national holidays, shifts', async () => {
    const calendars = await calendarsFacade.workCalendars([ids.a, ids.b], '2026-06-13', '2026-06-26');
    const a = new Map(calendars.get(ids.a)!.map((d) => [d.date, d]));
    expect(a.get('2026-06-15')).toMatchObject({ unitId: ids.balai, timeZone: 'Asia/Jayapura', kelas: 6, status: 'PNS', holiday: null, shift: null });
    expect(a.get('2026-06-15')!.hours).toEqual({ start: '07:30', end: '16:00', breakStart: '12:00', breakEnd: '13:00' });
    expect(a.get('2026-06-19')!.hours).toEqual({ start: '07:30', end: '16:30', breakStart: '11:30', breakEnd: '13:00' });
    expect(a.get('2026-06-13')!.hours).toBeNull();
    expect(a.get('2026-06-16')!.holiday).toEqual({ name: 'Tahun Baru Islam', collectiveLeave: false });
    expect(a.get('2026-06-18')!.holiday).toEqual({ name: 'Hari jadi balai', collectiveLeave: false });
    expect(a.get('2026-06-20')!.shift).toEqual({ code: 'MALAM', start: '22:00', end: '06:00', breakMinutes: 60 });
    expect(a.get('2026-06-25')!.status).toBe('STUDY_ASSIGNMENT');
    const b = new Map(calendars.get(ids.b)!.map((d) => [d.date, d]));
    expect(b.get('2026-06-14')).toMatchObject({ positionId: null, kelas: null, timeZone: 'Asia/Jayapura' });
    expect(b.get('2026-06-15')).toMatchObject({ kelas: 6 });
  });
});
