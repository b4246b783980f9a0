import { seedDemoMinistry } from '../../src/demo/demo-ministry';
import { ApiResponse, startTestApp, TestApp } from '../support/test-app';

/** The web console's session: tokens only in httpOnly cookies, writes guarded against CSRF, the API unchanged. */
describe('the console session (cookie login, CSRF guard, logout)', () => {
  let t: TestApp;
  let employee: { username: string; password: string };
  const CONSOLE = { 'x-requested-with': 'e-performance-console' };

  beforeAll(async () => {
    t = await startTestApp();
    const logins = await seedDemoMinistry(t.app, new Date('2026-06-10T03:00:00Z'));
    const login = logins.find((l) => l.role === 'EMPLOYEE')!;
    employee = { username: login.username, password: login.password };
  }, 120_000);

  afterAll(async () => {
    await t.close();
  });

  const setCookies = (res: ApiResponse) => ([] as string[]).concat((res.headers['set-cookie'] as string | string[] | undefined) ?? []);
  const cookieHeader = (res: ApiResponse) =>
    setCookies(res)
      .map((c) => c.split(';')[0])
      .join('; ');
  const openSession = () => t.request('POST', '/api/v1/auth/session', { body: employee, headers: CONSOLE });

  it('a login sets httpOnly, SameSite=Strict cookies (Secure only over https) and returns no token', async () => {
    const res = await openSession();
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(['expiresIn']);
    const [access, refresh] = setCookies(res);
    expect(access).toMatch(/^ep_access=[^;]+; Path=\/api\/v1; Max-Age=\d+; HttpOnly; SameSite=Strict$/);
    expect(refresh).toMatch(/^ep_refresh=[^;]+; Path=\/api\/v1\/auth\/session; Max-Age=\d+; HttpOnly; SameSite=Strict$/);

    const overHttps = await t.app.inject({ method: 'POST', url: '/api/v1/auth/session', headers: { ...CONSOLE, 'x-forwarded-proto': 'https' }, payload: employee });
    expect(overHttps.statusCode).toBe(200);
  });

  it('the cookie authenticates reads; a write needs X-Requested-With as well (CSRF), while Bearer clients need no header', async () => {
    const cookie = cookieHeader(await openSession());
    const me = await t.request('GET', '/api/v1/me', { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(me.body.username).toBe(employee.username);

    const forged = await t.request('POST', '/api/v1/attendance/clock', { body: { direction: 'IN' }, headers: { cookie } });
    expect(forged.status).toBe(403);
    expect(forged.body.code).toBe('CSRF_HEADER_MISSING');
    const forgedId = await t.request('POST', '/api/v1/attendance/clock', { body: { direction: 'IN' }, headers: { cookie, 'accept-language': 'id' } });
    expect(forgedId.body.detail).toContain('X-Requested-With');
    expect(forgedId.body.detail).not.toMatch(/must carry/);

    const fromConsole = await t.request('POST', '/api/v1/attendance/clock', { body: { direction: 'IN' }, headers: { cookie, ...CONSOLE } });
    expect(fromConsole.status).toBe(201);
    const bearer = await t.request('POST', '/api/v1/attendance/clock', { body: { direction: 'OUT' }, token: await t.login(employee.username, employee.password) });
    expect(bearer.status).toBe(201);
  });

  it('a login without X-Requested-With is refused (login CSRF), a wrong password sets no cookie', async () => {
    const noHeader = await t.request('POST', '/api/v1/auth/session', { body: employee });
    expect(noHeader.status).toBe(403);
    expect(setCookies(noHeader)).toEqual([]);
    const wrong = await t.request('POST', '/api/v1/auth/session', { body: { ...employee, password: 'not-the-password' }, headers: CONSOLE });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect(setCookies(wrong)).toEqual([]);
  });

  it('refresh rotates both cookies; the old refresh cookie stops working', async () => {
    const first = cookieHeader(await openSession());
    const renewed = await t.request('POST', '/api/v1/auth/session/refresh', { headers: { cookie: first, ...CONSOLE } });
    expect(renewed.status).toBe(200);
    expect(setCookies(renewed)).toHaveLength(2);
    expect((await t.request('GET', '/api/v1/me', { headers: { cookie: cookieHeader(renewed) } })).status).toBe(200);
    // The first refresh token was spent: replaying it is refused (and ends the family, as POST /auth/refresh does).
    const replay = await t.request('POST', '/api/v1/auth/session/refresh', { headers: { cookie: first, ...CONSOLE } });
    expect(replay.status).toBe(401);
    const none = await t.request('POST', '/api/v1/auth/session/refresh', { headers: CONSOLE });
    expect(none.status).toBe(401);
    expect(none.body.code).toBe('SESSION_EXPIRED');
  });

  it('logout clears both cookies and ends the session: its refresh cookie no longer renews', async () => {
    const cookie = cookieHeader(await openSession());
    const out = await t.request('DELETE', '/api/v1/auth/session', { headers: { cookie, ...CONSOLE } });
    expect(out.status).toBe(204);
    expect(setCookies(out).every((c) => c.includes('Max-Age=0'))).toBe(true);
    const renewed = await t.request('POST', '/api/v1/auth/session/refresh', { headers: { cookie, ...CONSOLE } });
    expect(renewed.status).toBe(401);
  });

  it('an expired access cookie is refused like an expired Bearer token', async () => {
    const short = await startTestApp({ ACCESS_TOKEN_TTL_SECONDS: '1' });
    try {
      const res = await short.request('POST', '/api/v1/auth/session', { body: { username: 'test.admin', password: 'Admin-Passw0rd' }, headers: CONSOLE });
      const cookie = cookieHeader(res);
      expect((await short.request('GET', '/api/v1/me', { headers: { cookie } })).status).toBe(200);
      await new Promise((r) => setTimeout(r, 2100));
      const expired = await short.request('GET', '/api/v1/me', { headers: { cookie } });
      expect(expired.status).toBe(401);
    } finally {
      await short.close();
    }
  });

  it('the console is served at / (HTML, its modules, Preact from the htm package) while unknown paths stay problem+json', async () => {
    const index = await t.request('GET', '/');
    expect(index.status).toBe(200);
    expect(String(index.headers['content-type'])).toContain('text/html');
    expect(index.body).toContain('<script type="module" src="/app.js">');
    expect(String(index.headers['content-security-policy'])).toContain("default-src 'self'");
    expect((await t.request('GET', '/app.js')).status).toBe(200);
    const vendor = await t.request('GET', '/vendor/preact-htm.js');
    expect(vendor.status).toBe(200);
    expect(String(vendor.headers['content-type'])).toContain('javascript');
    const unknown = await t.request('GET', '/api/v1/no-such-route');
    expect(unknown.status).toBe(404);
    expect(String(unknown.headers['content-type'])).toContain('application/problem+json');
    expect((await t.request('GET', '/console-assets.js')).status).toBe(404);
  });
});
