import ExcelJS from 'exceljs';
import { OrgBuilder, PASSWORD } from '../support/org-builder';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

/** issue 10 point 19: people, units and figures are named so that a person can read them. */
describe('names a person can read', () => {
  let t: TestApp;
  let admin: string;
  // Wednesday 17 June 2026, 09:00 in Jakarta.
  const clock = new TestClock('2026-06-17T02:00:00Z');
  const ids: Record<string, string> = {};
  const nips: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    admin = await t.adminToken();
    const org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    const dit = await org.unit('DIT-RSA', root.id);
    const headPos = await org.position('DIR-RSA', dit.id, null, 'JPT_PRATAMA', 15);
    const staffPos = await org.position('ANALIS', dit.id, headPos.id, 'PELAKSANA', 8);
    const people = {
      head: await org.placed('Kepala Direktorat', headPos.id),
      budi: await org.placed('Budi Santoso', staffPos.id),
      ani: await org.placed('Ani Lestari', staffPos.id),
    };
    for (const [k, v] of Object.entries(people)) {
      ids[k] = v.id;
      nips[k] = v.nip;
      tokens[k] = await t.login(v.nip, PASSWORD);
    }
    Object.assign(ids, { dit: dit.id, headPos: headPos.id, staffPos: staffPos.id });
    expect((await t.post('/api/v1/activity-catalog', { code: 'LAP', name: 'Menyusun laporan', outputUnit: 'laporan', minutesPerUnit: 60 }, admin)).status).toBe(201);
    const log = async (who: string, startTime: string, endTime: string, quantity: string) => {
      const res = await t.post(
        '/api/v1/activities',
        { date: '2026-06-16', startTime, endTime, catalogCode: 'LAP', quantity, description: 'Laporan', additionalTask: true },
        tokens[who],
      );
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    ids.budi1 = await log('budi', '08:00', '09:00', '1');
    ids.ani1 = await log('ani', '08:00', '10:00', '2');
    ids.budi2 = await log('budi', '10:00', '12:00', '2');
  });
  afterAll(() => t.close());

  it("the supervisor inbox names each activity's employee (NIP and name) and groups the page by employee", async () => {
    const inbox = await t.get('/api/v1/supervision/activities?status=SUBMITTED', tokens.head);
    expect(inbox.status).toBe(200);
    expect(inbox.body.next).toBeNull();
    expect(inbox.body.items).toHaveLength(3);
    const budi = { id: ids.budi, nip: nips.budi, name: 'Budi Santoso' };
    const ani = { id: ids.ani, nip: nips.ani, name: 'Ani Lestari' };
    for (const item of inbox.body.items) expect(item.employee).toEqual(item.employeeId === ids.budi ? budi : ani);
    expect(inbox.body.byEmployee).toEqual([
      { employee: ani, activityIds: [ids.ani1], claimedMinutes: 120 },
      { employee: budi, activityIds: expect.arrayContaining([ids.budi1, ids.budi2]), claimedMinutes: 180 },
    ]);
    // A peer supervises nobody: an empty inbox, in the same shape.
    expect((await t.get('/api/v1/supervision/activities', tokens.ani)).body).toEqual({ items: [], next: null, byEmployee: [] });
  });

  it('/me names the caller, their unit and position, and their supervisor', async () => {
    const me = await t.get('/api/v1/me', tokens.budi);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      username: nips.budi,
      employeeId: ids.budi,
      roles: [],
      name: 'Budi Santoso',
      nip: nips.budi,
      unit: { id: ids.dit, code: 'DIT-RSA', name: 'Unit DIT-RSA' },
      position: { id: ids.staffPos, name: 'Position ANALIS' },
      supervisor: { employeeId: ids.head, nip: nips.head, name: 'Kepala Direktorat', acting: null },
    });
    const head = (await t.get('/api/v1/me', tokens.head)).body;
    expect(head).toMatchObject({ name: 'Kepala Direktorat', position: { id: ids.headPos }, supervisor: null });
    const hr = (await t.get('/api/v1/me', admin)).body;
    expect(hr).toMatchObject({ username: 'test.admin', employeeId: null, roles: ['HR_ADMIN'], name: null, unit: null, supervisor: null });
  });

  it('the attendance recap is titled with the unit and month, in JSON and in the workbook, whose file name carries the unit code', async () => {
    const recap = await t.get(`/api/v1/attendance/recap?unitId=${ids.dit}&month=2026-06`, admin);
    expect(recap.status).toBe(200);
    expect(recap.body).toMatchObject({ unitId: ids.dit, month: '2026-06', unit: { id: ids.dit, code: 'DIT-RSA', name: 'Unit DIT-RSA' } });
    expect(recap.body.title).toBe('Attendance recap: Unit DIT-RSA (DIT-RSA), 2026-06');
    expect(recap.body.items).toHaveLength(3);

    const file = await t.app.inject({ method: 'GET', url: `/api/v1/attendance/recap.xlsx?unitId=${ids.dit}&month=2026-06`, headers: { authorization: `Bearer ${admin}` } });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toBe('attachment; filename="attendance-recap-DIT-RSA-2026-06.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as any);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('Attendance recap: Unit DIT-RSA (DIT-RSA), 2026-06');
    const headers = (sheet.getRow(2).values as unknown[]).filter(Boolean);
    expect(headers).toEqual(expect.arrayContaining(['NIP', 'Name', 'Attendance deduction %', 'Leave deduction %']));
    expect(headers).not.toContain('Attendance %');
    const nipColumn = headers.indexOf('NIP') + 1;
    expect([3, 4, 5].map((r) => sheet.getRow(r).getCell(nipColumn).value)).toEqual(expect.arrayContaining([nips.head, nips.budi, nips.ani]));
  });
});
