import { ACCESS_NOW, AccessOrg, buildAccessOrg } from '../support/access-org';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

/** Issue 10, point 2: a device of a unit vouches only for the people placed in that unit on the event's day. */
describe('access: devices belong to a unit', () => {
  let t: TestApp;
  let o: AccessOrg;
  const devices: Record<string, { id: string; key: string }> = {};
  let mover: { id: string; nip: string };

  beforeAll(async () => {
    t = await startTestApp({}, { clock: new TestClock(ACCESS_NOW) });
    o = await buildAccessOrg(t);
    for (const [name, token, unitId] of [
      ['a', o.tokens.adminA, o.units.a],
      ['b', o.tokens.adminB, o.units.b],
      ['central', o.tokens.admin, undefined],
    ] as const) {
      const res = await t.post('/api/v1/attendance/devices', { name: `Mesin ${name}`, ...(unitId ? { unitId } : {}) }, token);
      expect(res.status).toBe(201);
      devices[name] = { id: res.body.id, key: res.body.key };
    }
    // Moved from balai A to balai B on 11 June.
    mover = await o.org.employee('Pindahan');
    await o.org.assign(mover.id, o.positions.staffA, 'DEFINITIVE', '2020-01-01', '2026-06-10');
    await o.org.assign(mover.id, o.positions.staffB, 'DEFINITIVE', '2026-06-11');
    // Building the organisation logs ten people in (argon2): on a busy machine that outlasts 30 s.
  }, 120_000);
  afterAll(() => t.close());

  const push = (device: { id: string; key: string }, rows: unknown[]) =>
    t.request('POST', `/api/v1/attendance/devices/${device.id}/events`, { body: rows, headers: { 'x-device-key': device.key } });

  it('a unit’s device accepts events of its subtree’s people and rejects others per row with OUT_OF_DEVICE_SCOPE', async () => {
    const res = await push(devices.a, [
      { nip: o.nips.staff, at: '2026-06-15T07:30:00+08:00', direction: 'IN' },
      { nip: o.nips.staffA1, at: '2026-06-15T07:31:00+08:00', direction: 'IN' },
      { nip: o.nips.staffB, at: '2026-06-15T07:32:00+08:00', direction: 'IN' },
      { nip: o.nips.unplaced, at: '2026-06-15T07:33:00+08:00', direction: 'IN' },
      { nip: mover.nip, at: '2026-06-09T07:30:00+08:00', direction: 'IN' },
      { nip: mover.nip, at: '2026-06-15T07:30:00+08:00', direction: 'IN' },
    ]);
    expect(res.status).toBe(200);
    expect(res.body.accepted).toBe(3);
    expect(res.body.rejected.map((r: { index: number; code: string }) => [r.index, r.code])).toEqual([
      [2, 'OUT_OF_DEVICE_SCOPE'],
      [3, 'OUT_OF_DEVICE_SCOPE'],
      [5, 'OUT_OF_DEVICE_SCOPE'],
    ]);
    const stored = await t.get(`/api/v1/attendance/clock-events?employeeId=${o.ids.staffB}&from=2026-06-15&to=2026-06-15`, o.tokens.admin);
    expect(stored.body.items).toEqual([]);
  });

  it('the other unit’s device takes the mover only from the day they arrived; a device of no unit (HR’s) takes anyone', async () => {
    const b = await push(devices.b, [
      { nip: mover.nip, at: '2026-06-09T08:30:00+07:00' },
      { nip: mover.nip, at: '2026-06-15T08:30:00+07:00' },
      { nip: o.nips.staff, at: '2026-06-15T08:31:00+07:00' },
    ]);
    expect([b.body.accepted, b.body.rejected.map((r: { index: number }) => r.index)]).toEqual([1, [0, 2]]);
    const central = await push(devices.central, [{ nip: o.nips.staffB, at: '2026-06-16T08:00:00+07:00' }]);
    expect([central.body.accepted, central.body.rejected]).toEqual([1, []]);
  });

  it('GET /attendance/devices shows a unit admin only their devices, and one of another unit is a 404', async () => {
    const names = async (token: string) => (await t.get('/api/v1/attendance/devices', token)).body.items.map((d: { name: string }) => d.name).sort();
    expect(await names(o.tokens.adminA)).toEqual(['Mesin a']);
    expect(await names(o.tokens.adminB)).toEqual(['Mesin b']);
    expect(await names(o.tokens.admin)).toEqual(['Mesin a', 'Mesin b', 'Mesin central']);
    expect((await t.get(`/api/v1/attendance/devices/${devices.b.id}`, o.tokens.adminA)).status).toBe(404);
    expect((await t.get(`/api/v1/attendance/devices/${devices.central.id}`, o.tokens.adminA)).status).toBe(404);
    expect((await t.get(`/api/v1/attendance/devices/${devices.a.id}`, o.tokens.adminA)).status).toBe(200);
    expect((await t.get('/api/v1/attendance/devices', o.tokens.staff)).status).toBe(403);
  });
});
