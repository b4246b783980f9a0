import { ACCESS_NOW, AccessOrg, buildAccessOrg } from '../support/access-org';
import { PASSWORD } from '../support/org-builder';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

/** Issue 10, point 1: a password reset never lifts its caller above their scope, and its owner must replace it. */
describe('access: password resets stay below the caller', () => {
  let t: TestApp;
  let o: AccessOrg;

  beforeAll(async () => {
    t = await startTestApp({}, { clock: new TestClock(ACCESS_NOW) });
    o = await buildAccessOrg(t);
    // Building the organisation logs ten people in (argon2): on a busy machine that outlasts 30 s.
  }, 120_000);
  afterAll(() => t.close());

  const reset = (employeeId: string, token: string, password = 'Chosen-by-admin1') => t.post(`/api/v1/employees/${employeeId}/login`, { password }, token);
  const login = (username: string, password: string) => t.post('/api/v1/auth/login', { username, password });

  it('a unit admin may not reset the password of an HR admin placed in their subtree, nor of another unit admin: 403 TARGET_HOLDS_ROLE', async () => {
    const hr = await reset(o.ids.hrInA, o.tokens.adminA);
    expect(hr.status).toBe(403);
    expect(hr.body.code).toBe('TARGET_HOLDS_ROLE');
    expect((await login(o.nips.hrInA, 'Chosen-by-admin1')).status).toBe(401);
    expect((await login(o.nips.hrInA, PASSWORD)).status).toBe(200);
    const grants = await t.post(`/api/v1/employees/${o.ids.staff2}/roles`, { role: 'UNIT_ADMIN', unitId: o.units.a1 }, o.tokens.admin);
    expect(grants.status).toBe(201);
    expect((await reset(o.ids.staff2, o.tokens.adminA)).body.code).toBe('TARGET_HOLDS_ROLE');
    await t.post(`/api/v1/employees/${o.ids.staff2}/roles/revoke`, { role: 'UNIT_ADMIN', unitId: o.units.a1 }, o.tokens.admin);
  });

  it('a unit admin may not set the password of an employee never placed, nor of one placed in another unit', async () => {
    const never = await reset(o.ids.unplaced, o.tokens.adminA);
    expect(never.status).toBe(403);
    expect(never.body.code).toBe('FORBIDDEN');
    const fresh = await o.org.employee('Belum Ditempatkan', { password: null });
    expect((await reset(fresh.id, o.tokens.adminA)).status).toBe(403);
    expect((await login(fresh.nip, 'Chosen-by-admin1')).status).toBe(401);
    expect((await reset(o.ids.staffB, o.tokens.adminA)).status).toBe(403);
  });

  it('a lower role, a peer, a unit admin of another unit and a one-day Plh are refused a reset', async () => {
    for (const who of ['staff2', 'staff', 'adminB', 'deputy'] as const) {
      const res = await reset(o.ids.staffA1, o.tokens[who]);
      expect([who, res.status]).toEqual([who, 403]);
    }
    expect((await login(o.nips.staffA1, PASSWORD)).status).toBe(200);
  });

  it('HR resets a role-holder; the unit admin resets someone placed in their subtree', async () => {
    expect((await reset(o.ids.adminB, o.tokens.admin, 'Hr-chose-this1')).status).toBe(204);
    expect((await reset(o.ids.staffA1, o.tokens.adminA, 'Unit-chose-this1')).status).toBe(204);
    expect((await login(o.nips.staffA1, 'Unit-chose-this1')).status).toBe(200);
  });

  it('a reset password opens only the password change; the owner’s new password opens everything and ends the old sessions', async () => {
    expect((await reset(o.ids.staff, o.tokens.adminA, 'Unit-chose-this2')).status).toBe(204);
    const first = await login(o.nips.staff, 'Unit-chose-this2');
    expect(first.status).toBe(200);
    expect(first.body.mustChangePassword).toBe(true);
    const restricted = first.body.accessToken;

    const blocked = await t.get(`/api/v1/employees/${o.ids.staff}`, restricted);
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await t.post('/api/v1/activities', {}, restricted)).body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await t.get('/api/v1/me', restricted)).body).toMatchObject({ username: o.nips.staff, roles: [], mustChangePassword: true });
    // A refresh keeps the restriction: only the change lifts it.
    const refreshed = await t.post('/api/v1/auth/refresh', { refreshToken: first.body.refreshToken });
    expect(refreshed.body.mustChangePassword).toBe(true);
    expect((await t.get(`/api/v1/employees/${o.ids.staff}`, refreshed.body.accessToken)).status).toBe(403);

    const changed = await t.post('/api/v1/auth/password', { currentPassword: 'Unit-chose-this2', newPassword: 'Only-I-know-it3' }, restricted);
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900, tokenType: 'Bearer' });
    expect((await t.get(`/api/v1/employees/${o.ids.staff}`, changed.body.accessToken)).status).toBe(200);
    expect((await t.post('/api/v1/auth/refresh', { refreshToken: refreshed.body.refreshToken })).status).toBe(401);
    expect((await login(o.nips.staff, 'Unit-chose-this2')).status).toBe(401);
    const again = await login(o.nips.staff, 'Only-I-know-it3');
    expect(again.status).toBe(200);
    expect(again.body.mustChangePassword).toBeUndefined();
  });

  it('a login an administrator creates must be changed too; an employee created with an initial password is not asked', async () => {
    const e = await o.org.employee('Login Baru', { password: null });
    await o.org.assign(e.id, o.positions.staffA1);
    expect((await reset(e.id, o.tokens.adminA, 'Unit-chose-this4')).status).toBe(204);
    expect((await login(e.nip, 'Unit-chose-this4')).body.mustChangePassword).toBe(true);
    expect((await login(o.nips.staffB, PASSWORD)).body.mustChangePassword).toBeUndefined();
  });

  it('the change refuses a wrong current password, the same password and a weak one, naming the field', async () => {
    expect((await reset(o.ids.staff2, o.tokens.admin, 'Hr-chose-this5')).status).toBe(204);
    const token = (await login(o.nips.staff2, 'Hr-chose-this5')).body.accessToken;
    const cases: Array<[Record<string, string>, string, string]> = [
      [{ currentPassword: 'Not-the-one-9', newPassword: 'Only-I-know-it5' }, 'currentPassword', 'CURRENT_PASSWORD_WRONG'],
      [{ currentPassword: 'Hr-chose-this5', newPassword: 'Hr-chose-this5' }, 'newPassword', 'PASSWORD_UNCHANGED'],
      [{ currentPassword: 'Hr-chose-this5', newPassword: 'short1' }, 'newPassword', 'PASSWORD_TOO_SHORT'],
    ];
    for (const [body, field, code] of cases) {
      const res = await t.post('/api/v1/auth/password', body, token);
      expect([res.status, res.body.code]).toEqual([400, code]);
      expect(res.body.errors[0].field).toBe(field);
    }
    expect((await t.get(`/api/v1/employees/${o.ids.staff2}`, token)).status).toBe(403);
    expect((await t.post('/api/v1/auth/password', { currentPassword: 'Hr-chose-this5', newPassword: 'Only-I-know-it5' })).status).toBe(401);
  });
});
