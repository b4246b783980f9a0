import { ACCESS_NOW, AccessOrg, buildAccessOrg } from '../support/access-org';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

/** Issue 10, point 5: a unit admin's positions stay in their tree and below the kelas HR allows. */
describe('access: positions stay in the caller’s tree', () => {
  let t: TestApp;
  let o: AccessOrg;
  let seq = 0;

  beforeAll(async () => {
    t = await startTestApp({}, { clock: new TestClock(ACCESS_NOW) });
    o = await buildAccessOrg(t);
    // Building the organisation logs ten people in (argon2): on a busy machine that outlasts 30 s.
  }, 120_000);
  afterAll(() => t.close());

  const position = (token: string, unitId: string, kelas: number, parentPositionId: string | null) =>
    t.post('/api/v1/positions', { code: `POS-${++seq}`, name: `Jabatan ${seq}`, kind: 'PELAKSANA', kelas, unitId, parentPositionId }, token);
  const ceiling = (unitId: string, kelas: unknown, token = o.tokens.admin) => t.request('PUT', `/api/v1/units/${unitId}/kelas-ceiling`, { body: { kelas }, token });

  it('without a ceiling a unit admin grades up to kelas 12; above is 422 KELAS_ABOVE_UNIT_CEILING naming kelas', async () => {
    const above = await position(o.tokens.adminA, o.units.a, 13, o.positions.headA);
    expect(above.status).toBe(422);
    expect(above.body.code).toBe('KELAS_ABOVE_UNIT_CEILING');
    expect(above.body.errors[0].field).toBe('kelas');
    expect((await position(o.tokens.adminA, o.units.a, 12, o.positions.headA)).status).toBe(201);
    expect((await t.get(`/api/v1/units/${o.units.a1}/kelas-ceiling`, o.tokens.adminA)).body).toEqual({ unitId: o.units.a1, kelas: 12, setOnUnitId: null });
  });

  it('HR sets a per-unit ceiling, inherited by sub-units and overridden below; HR itself is not bound by it', async () => {
    const set = await ceiling(o.units.a, 9);
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ unitId: o.units.a, kelas: 9, setOnUnitId: o.units.a });
    expect((await position(o.tokens.adminA, o.units.a1, 10, o.positions.headA)).body.code).toBe('KELAS_ABOVE_UNIT_CEILING');
    expect((await position(o.tokens.adminA, o.units.a1, 9, o.positions.headA)).status).toBe(201);
    expect((await t.get(`/api/v1/units/${o.units.a1}/kelas-ceiling`, o.tokens.adminA)).body).toEqual({ unitId: o.units.a1, kelas: 9, setOnUnitId: o.units.a });
    expect((await ceiling(o.units.a1, 14)).status).toBe(200);
    expect((await position(o.tokens.adminA, o.units.a1, 14, o.positions.headA)).status).toBe(201);
    expect((await position(o.tokens.admin, o.units.a, 15, o.positions.headA)).status).toBe(201);
    expect((await ceiling(o.units.a1, null)).body).toEqual({ unitId: o.units.a1, kelas: 9, setOnUnitId: o.units.a });
  });

  it('only HR sets a ceiling: the unit’s own admin, another unit’s admin, a lower role and a one-day Plh are refused; a bad kelas is 400', async () => {
    for (const who of ['adminA', 'adminB', 'staff', 'deputy'] as const) {
      expect([who, (await ceiling(o.units.a, 17, o.tokens[who])).status]).toEqual([who, 403]);
    }
    expect((await t.get(`/api/v1/units/${o.units.a}/kelas-ceiling`, o.tokens.admin)).body.kelas).toBe(9);
    const bad = await ceiling(o.units.a, 18);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('kelas');
  });

  it('a unit admin may not parent a position outside their scope, creating or moving it', async () => {
    const outside = await position(o.tokens.adminA, o.units.a, 7, o.positions.headB);
    expect(outside.status).toBe(403);
    expect(outside.body.code).toBe('PARENT_POSITION_OUT_OF_SCOPE');
    const mine = await position(o.tokens.adminA, o.units.a1, 7, o.positions.headA);
    expect(mine.status).toBe(201);
    const moved = await t.request('PATCH', `/api/v1/positions/${mine.body.id}`, { body: { parentPositionId: o.positions.rootHead }, token: o.tokens.adminA });
    expect(moved.status).toBe(403);
    expect(moved.body.code).toBe('PARENT_POSITION_OUT_OF_SCOPE');
    expect((await t.get(`/api/v1/positions/${mine.body.id}`, o.tokens.admin)).body.parentPositionId).toBe(o.positions.headA);
    expect((await t.request('PATCH', `/api/v1/positions/${mine.body.id}`, { body: { parentPositionId: o.positions.staffA }, token: o.tokens.adminA })).status).toBe(200);
    expect((await position(o.tokens.admin, o.units.a, 7, o.positions.headB)).status).toBe(201);
  });

  it('a unit catalogue item may not reuse a code of the global catalogue', async () => {
    expect((await t.post('/api/v1/activity-catalog', { code: 'LAP', name: 'Menyusun laporan', outputUnit: 'laporan', minutesPerUnit: 60 }, o.tokens.admin)).status).toBe(201);
    const reused = await t.post(
      '/api/v1/activity-catalog',
      { code: 'LAP', name: 'Laporan singkat', outputUnit: 'laporan', minutesPerUnit: 240, unitId: o.units.a },
      o.tokens.adminA,
    );
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('CATALOG_CODE_IS_GLOBAL');
    expect(reused.body.errors[0].field).toBe('code');
    expect(
      (await t.post('/api/v1/activity-catalog', { code: 'LAP-A', name: 'Laporan balai', outputUnit: 'laporan', minutesPerUnit: 60, unitId: o.units.a }, o.tokens.adminA)).status,
    ).toBe(201);
  });
});
