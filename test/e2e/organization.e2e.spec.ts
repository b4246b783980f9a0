import { startTestApp, TestApp } from '../support/test-app';
import { OrgBuilder, PASSWORD, validNip } from '../support/org-builder';

describe('organization: units, positions, employees, assignments, access', () => {
  let t: TestApp;
  let admin: string;
  let org: OrgBuilder;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    org = new OrgBuilder(t, admin);
    const root = await org.unit('KEMENSOS', null);
    const ditjen = await org.unit('DITJEN', root.id, { type: 'ESELON_I', isSatker: true });
    const mks = await org.unit('BALAI-MKS', ditjen.id, { type: 'UPT', timeZone: 'Asia/Makassar', isSatker: true });
    const jyp = await org.unit('BALAI-JYP', ditjen.id, { type: 'UPT', timeZone: 'Asia/Jayapura', isSatker: true });
    const dirjen = await org.position('DIRJEN', ditjen.id, null, 'JPT_MADYA', 17);
    const kabalaiMks = await org.position('KABALAI-MKS', mks.id, dirjen.id, 'ADMINISTRATOR', 12);
    const staffMks = await org.position('STAFF-MKS', mks.id, kabalaiMks.id, 'PELAKSANA', 6);
    const kabalaiJyp = await org.position('KABALAI-JYP', jyp.id, dirjen.id, 'ADMINISTRATOR', 12);
    const kasubbagJyp = await org.position('KASUBBAG-JYP', jyp.id, kabalaiJyp.id, 'PENGAWAS', 9);
    const staffJyp = await org.position('STAFF-JYP', jyp.id, kasubbagJyp.id, 'PELAKSANA', 5);
    const dirjenPerson = await org.placed('Dirjen', dirjen.id);
    const headMks = await org.placed('Head Makassar', kabalaiMks.id);
    const staffA = await org.placed('Staff Makassar A', staffMks.id);
    const staffB = await org.placed('Staff Makassar B', staffMks.id);
    const kasubbag = await org.placed('Kasubbag Jayapura', kasubbagJyp.id);
    const staffJ = await org.placed('Staff Jayapura', staffJyp.id);
    const unitAdmin = await org.placed('Admin Makassar', staffMks.id);
    await t.post(`/api/v1/employees/${unitAdmin.id}/roles`, { role: 'UNIT_ADMIN', unitId: mks.id }, admin);
    ids = {
      root: root.id,
      ditjen: ditjen.id,
      mks: mks.id,
      jyp: jyp.id,
      dirjen: dirjen.id,
      kabalaiMks: kabalaiMks.id,
      staffMks: staffMks.id,
      kabalaiJyp: kabalaiJyp.id,
      kasubbagJyp: kasubbagJyp.id,
      staffJyp: staffJyp.id,
      dirjenPerson: dirjenPerson.id,
      headMks: headMks.id,
      staffA: staffA.id,
      staffB: staffB.id,
      kasubbag: kasubbag.id,
      staffJ: staffJ.id,
      unitAdmin: unitAdmin.id,
      unitAdminNip: unitAdmin.nip,
      staffANip: staffA.nip,
      headMksNip: headMks.nip,
    };
  });
  afterAll(() => t.close());

  const expectProblem = (res: { status: number; body: any }, status: number, field?: string) => {
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ status, type: expect.any(String), code: expect.any(String), detail: expect.any(String) });
    if (field) expect(res.body.errors.map((e: any) => e.field)).toContain(field);
  };

  describe('refuses bad input with problem+json naming the field', () => {
    it.each([
      ['not 18 digits', '19850714201001100', 'NIP_FORMAT'],
      ['letters', '19850714201001100X', 'NIP_FORMAT'],
      ['no such birth date', '198502302010011001', 'NIP_BIRTH_DATE'],
      ['appointment before birth', '198507141984011001', 'NIP_APPOINTMENT_MONTH'],
      ['month 13', '198507142010131001', 'NIP_APPOINTMENT_MONTH'],
      ['sex digit 3', '198507142010013001', 'NIP_SEX_DIGIT'],
    ])('invalid NIP: %s', async (_, nip, code) => {
      const res = await t.post('/api/v1/employees', { nip, name: 'X', status: 'PNS', statusSince: '2015-01-01' }, admin);
      expectProblem(res, 400, 'nip');
      expect(res.body.errors.find((e: any) => e.field === 'nip').code).toBe(code);
    });

    it('a NIP registered twice is a conflict', async () => {
      const nip = validNip('1990-02-03', 2);
      expect((await t.post('/api/v1/employees', { nip, name: 'A', status: 'PNS', statusSince: '2015-01-01' }, admin)).status).toBe(201);
      expectProblem(await t.post('/api/v1/employees', { nip, name: 'B', status: 'PNS', statusSince: '2015-01-01' }, admin), 409, 'nip');
    });

    it.each(['Mars/Base', 'WIB', 'GMT+7', ''])('invalid time zone %p', async (timeZone) => {
      expectProblem(await t.post('/api/v1/units', { code: `TZ-${timeZone}`, name: 'x', type: 'UPT', parentId: ids.ditjen, timeZone, isSatker: true }, admin), 400, 'timeZone');
    });

    it.each([0, 18, 7.5])('invalid kelas %p', async (kelas) => {
      expectProblem(await t.post('/api/v1/positions', { code: `K-${kelas}`, name: 'x', kind: 'PELAKSANA', kelas, unitId: ids.mks, parentPositionId: null }, admin), 400, 'kelas');
    });

    it('a second root unit is a conflict', async () => {
      expectProblem(
        await t.post('/api/v1/units', { code: 'ROOT2', name: 'x', type: 'MINISTRY', parentId: null, timeZone: 'Asia/Jakarta', isSatker: false }, admin),
        409,
        'parentId',
      );
    });

    it('overlapping definitive assignments are a conflict; adjacent ones are fine', async () => {
      const e = await org.employee('Mover', { password: null });
      await org.assign(e.id, ids.staffMks, 'DEFINITIVE', '2024-01-01', '2024-06-30');
      const overlap = await t.post(`/api/v1/employees/${e.id}/assignments`, { positionId: ids.staffJyp, type: 'DEFINITIVE', startDate: '2024-06-30' }, admin);
      expectProblem(overlap, 409, 'startDate');
      expect(overlap.body.code).toBe('DEFINITIVE_ASSIGNMENT_OVERLAP');
      expect((await t.post(`/api/v1/employees/${e.id}/assignments`, { positionId: ids.staffJyp, type: 'DEFINITIVE', startDate: '2024-07-01' }, admin)).status).toBe(201);
    });

    it('a position cycle is a conflict naming parentPositionId', async () => {
      const res = await t.request('PATCH', `/api/v1/positions/${ids.dirjen}`, { body: { parentPositionId: ids.staffMks }, token: admin });
      expectProblem(res, 409, 'parentPositionId');
      expect(res.body.code).toBe('POSITION_HIERARCHY_CYCLE');
    });

    it('a unit cycle is a conflict naming parentId', async () => {
      const res = await t.request('PATCH', `/api/v1/units/${ids.ditjen}`, { body: { parentId: ids.mks }, token: admin });
      expectProblem(res, 409, 'parentId');
    });

    it('changes nothing when refused', async () => {
      const before = (await t.get(`/api/v1/positions/${ids.dirjen}`, admin)).body;
      await t.request('PATCH', `/api/v1/positions/${ids.dirjen}`, { body: { parentPositionId: ids.staffMks, kelas: 3 }, token: admin });
      expect((await t.get(`/api/v1/positions/${ids.dirjen}`, admin)).body).toEqual(before);
    });
  });

  describe('checks every object against the caller', () => {
    it('a unit admin of one balai manages its employees but gets 403 on another balai’s', async () => {
      const token = await t.login(ids.unitAdminNip, PASSWORD);
      expect((await t.get(`/api/v1/employees/${ids.staffA}`, token)).status).toBe(200);
      expect((await t.get(`/api/v1/employees/${ids.staffJ}`, token)).status).toBe(403);
      expect((await t.post(`/api/v1/employees/${ids.staffJ}/status-changes`, { status: 'SUSPENDED', effectiveDate: '2026-01-01' }, token)).status).toBe(403);
      expect((await t.post('/api/v1/positions', { code: 'X-JYP', name: 'x', kind: 'PELAKSANA', kelas: 5, unitId: ids.jyp, parentPositionId: null }, token)).status).toBe(403);
      expect((await t.post('/api/v1/positions', { code: 'X-MKS', name: 'x', kind: 'PELAKSANA', kelas: 5, unitId: ids.mks, parentPositionId: ids.kabalaiMks }, token)).status).toBe(
        201,
      );
      const listed = await t.get('/api/v1/employees?limit=500', token);
      expect(listed.body.items.map((e: any) => e.id)).toEqual(expect.arrayContaining([ids.staffA, ids.staffB, ids.headMks]));
      expect(listed.body.items.map((e: any) => e.id)).not.toContain(ids.staffJ);
    });

    it('an employee gets 403 on admin routes and on another employee’s records, but sees their own', async () => {
      const token = await t.login(ids.staffANip, PASSWORD);
      expect((await t.post('/api/v1/units', { code: 'HACK', name: 'x', type: 'UPT', parentId: ids.ditjen, timeZone: 'Asia/Jakarta', isSatker: true }, token)).status).toBe(403);
      expect((await t.post('/api/v1/employees', { nip: validNip(), name: 'x', status: 'PNS', statusSince: '2015-01-01' }, token)).status).toBe(403);
      expect((await t.get('/api/v1/audit-log', token)).status).toBe(403);
      expect((await t.get(`/api/v1/employees/${ids.staffB}`, token)).status).toBe(403);
      expect((await t.get(`/api/v1/employees/${ids.staffB}/supervisor`, token)).status).toBe(403);
      expect((await t.get(`/api/v1/employees/${ids.staffA}`, token)).status).toBe(200);
      expect((await t.get('/api/v1/employees', token)).body.items.map((e: any) => e.id)).toEqual([ids.staffA]);
    });

    it('a supervisor reads the people they supervise', async () => {
      const token = await t.login(ids.headMksNip, PASSWORD);
      expect((await t.get(`/api/v1/employees/${ids.staffA}`, token)).status).toBe(200);
      expect((await t.get(`/api/v1/employees/${ids.staffJ}`, token)).status).toBe(403);
    });
  });

  describe('resolves the supervisor on a date', () => {
    const supervisorOf = async (employeeId: string, date: string) => (await t.get(`/api/v1/employees/${employeeId}/supervisor?date=${date}`, admin)).body;

    it('the definitive holder of the parent position', async () => {
      expect(await supervisorOf(ids.staffA, '2025-03-03')).toMatchObject({ employeeId: ids.headMks, positionId: ids.kabalaiMks, acting: null });
    });

    it('a vacancy with no acting holder passes to the next position up, across units', async () => {
      // KABALAI-JYP has never been filled: the kasubbag's supervisor is the Dirjen in the head office.
      expect(await supervisorOf(ids.kasubbag, '2025-03-03')).toMatchObject({ employeeId: ids.dirjenPerson, positionId: ids.dirjen, acting: null });
    });

    it('a vacancy covered by a Plt', async () => {
      const plt = await org.placed('Plt Candidate', ids.staffMks);
      await org.assign(plt.id, ids.kabalaiJyp, 'PLT', '2025-04-01', '2025-09-30');
      expect(await supervisorOf(ids.kasubbag, '2025-04-01')).toMatchObject({ employeeId: plt.id, positionId: ids.kabalaiJyp, acting: 'PLT' });
      expect(await supervisorOf(ids.kasubbag, '2025-10-01')).toMatchObject({ employeeId: ids.dirjenPerson, acting: null });
    });

    it('a holder away with a Plh', async () => {
      await org.assign(ids.staffB, ids.kabalaiMks, 'PLH', '2025-05-05', '2025-05-09');
      expect(await supervisorOf(ids.staffA, '2025-05-06')).toMatchObject({ employeeId: ids.staffB, positionId: ids.kabalaiMks, acting: 'PLH' });
      expect(await supervisorOf(ids.staffA, '2025-05-10')).toMatchObject({ employeeId: ids.headMks, acting: null });
      // The stand-in does not supervise themself: their own supervisor skips the post they hold.
      expect(await supervisorOf(ids.staffB, '2025-05-06')).toMatchObject({ employeeId: ids.dirjenPerson });
    });

    it('nobody supervises an employee without a definitive position that day', async () => {
      const res = await t.get(`/api/v1/employees/${ids.staffA}/supervisor?date=2019-12-31`, admin);
      expect(res.status).toBe(404);
    });
  });

  describe('audit', () => {
    it('every mutation leaves an audit row with actor, action, target and before/after', async () => {
      const e = await org.employee('Audited Person', { password: null });
      await org.assign(e.id, ids.staffMks, 'DEFINITIVE', '2023-01-01');
      await t.post(`/api/v1/employees/${e.id}/status-changes`, { status: 'STUDY_ASSIGNMENT', effectiveDate: '2025-01-01', reason: 'SK 12/2024' }, admin);
      const rows = (await t.get(`/api/v1/audit-log?targetType=Employee&targetId=${e.id}`, admin)).body.items;
      expect(rows.map((r: any) => r.action)).toEqual(['ChangeEmployeeStatus', 'AssignEmployee', 'CreateEmployee']);
      expect(rows[0]).toMatchObject({ actor: { name: 'test.admin' }, reason: 'SK 12/2024', requestId: expect.any(String) });
      expect(rows[0].after.history).toHaveLength(2);
      expect((await t.request('PATCH', `/api/v1/positions/${ids.staffMks}`, { body: { name: 'Pengadministrasi Umum' }, token: admin })).status).toBe(200);
      const all = (await t.get('/api/v1/audit-log?limit=500', admin)).body.items.map((r: any) => r.action);
      for (const action of ['CreateUnit', 'CreatePosition', 'UpdatePosition', 'GrantRole', 'CreateLogin']) expect(all).toContain(action);
    });

    it('refused commands leave no audit row', async () => {
      const count = async () => (await t.get('/api/v1/audit-log?limit=500&action=UpdatePosition', admin)).body.items.length;
      const before = await count();
      await t.request('PATCH', `/api/v1/positions/${ids.dirjen}`, { body: { parentPositionId: ids.staffMks }, token: admin });
      expect(await count()).toBe(before);
    });
  });
});
