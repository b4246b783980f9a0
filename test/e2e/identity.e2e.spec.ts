import { JwtService } from '@nestjs/jwt';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';
import { OrgBuilder, PASSWORD } from '../support/org-builder';

const SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

describe('identity: login, tokens, throttling', () => {
  let t: TestApp;
  let org: OrgBuilder;
  let employee: { id: string; nip: string };

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3' });
    org = new OrgBuilder(t, await t.adminToken());
    const root = await org.unit('ROOT', null);
    const position = await org.position('STAFF', root.id, null);
    employee = await org.placed('Siti Rahma', position.id);
  });
  afterAll(() => t.close());

  const login = (username: string, password: string) => t.post('/api/v1/auth/login', { username, password });

  it('logs an employee in with their NIP and tells who they are', async () => {
    const res = await login(employee.nip, PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900, tokenType: 'Bearer' });
    const me = await t.get('/api/v1/me', res.body.accessToken);
    expect(me.body).toMatchObject({ username: employee.nip, employeeId: employee.id, roles: [], grants: [], name: 'Siti Rahma', nip: employee.nip });
  });

  it('refuses a wrong password with 401 and an unknown user the same way', async () => {
    const wrong = await login(employee.nip, 'Wrong-passw0rd');
    const unknown = await login('nobody', 'Wrong-passw0rd');
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.status).toBe(401);
    expect(unknown.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('throttles a username after repeated failures (429 with Retry-After), even for the right password', async () => {
    const victim = await org.employee('Throttled Person');
    for (let i = 0; i < 3; i++) expect((await login(victim.nip, 'Wrong-passw0rd')).status).toBe(401);
    const locked = await login(victim.nip, PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    // Until the window that began with the first failure ends, a few seconds of hashing ago.
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(15 * 60 - 60);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    // Other accounts are not affected.
    expect((await login(employee.nip, PASSWORD)).status).toBe(200);
  });

  it('rotates refresh tokens; a reused one revokes the whole family', async () => {
    const first = (await login(employee.nip, PASSWORD)).body;
    const second = await t.post('/api/v1/auth/refresh', { refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    const third = await t.post('/api/v1/auth/refresh', { refreshToken: second.body.refreshToken });
    expect(third.status).toBe(200);

    const replay = await t.post('/api/v1/auth/refresh', { refreshToken: first.refreshToken });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('REFRESH_TOKEN_REUSED');
    // The newest token of the family is dead too: the thief and the owner both must log in again.
    const newest = await t.post('/api/v1/auth/refresh', { refreshToken: third.body.refreshToken });
    expect(newest.status).toBe(401);
    // Another session of the same person is untouched.
    const other = (await login(employee.nip, PASSWORD)).body;
    expect((await t.post('/api/v1/auth/refresh', { refreshToken: other.refreshToken })).status).toBe(200);
  });

  it('ends a session on logout', async () => {
    const pair = (await login(employee.nip, PASSWORD)).body;
    expect((await t.request('POST', '/api/v1/auth/logout', { body: { refreshToken: pair.refreshToken }, token: pair.accessToken })).status).toBe(204);
    expect((await t.post('/api/v1/auth/refresh', { refreshToken: pair.refreshToken })).status).toBe(401);
  });

  it('refuses forged, expired and malformed access tokens with 401', async () => {
    const jwt = new JwtService();
    const claims = { sub: '00000000-0000-0000-0000-000000000001', username: ADMIN.username, employeeId: null, grants: [{ role: 'HR_ADMIN', unitId: null }] };
    const forged = jwt.sign(claims, { secret: 'another-secret-another-secret-another', issuer: 'e-performance', expiresIn: 600 });
    const expired = jwt.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 60 }, { secret: SECRET, issuer: 'e-performance' });
    const noneAlg = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    for (const token of [forged, expired, noneAlg, 'garbage']) {
      const res = await t.get('/api/v1/units', token);
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    }
    expect((await t.get('/api/v1/units')).status).toBe(401);
    const genuine = jwt.sign(claims, { secret: SECRET, issuer: 'e-performance', expiresIn: 600 });
    expect((await t.get('/api/v1/units', genuine)).status).toBe(200);
  });

  it('grants roles only as HR admin, and UNIT_ADMIN only with a unit', async () => {
    const admin = await t.adminToken();
    const noUnit = await t.post(`/api/v1/employees/${employee.id}/roles`, { role: 'UNIT_ADMIN' }, admin);
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.errors[0].field).toBe('unitId');
    const asEmployee = await t.post(`/api/v1/employees/${employee.id}/roles`, { role: 'AUDITOR' }, (await login(employee.nip, PASSWORD)).body.accessToken);
    expect(asEmployee.status).toBe(403);
    const granted = await t.post(`/api/v1/employees/${employee.id}/roles`, { role: 'AUDITOR' }, admin);
    expect(granted.status).toBe(201);
    const me = await t.get('/api/v1/me', (await login(employee.nip, PASSWORD)).body.accessToken);
    expect(me.body.roles).toEqual(['AUDITOR']);
  });
});
