import { OrgBuilder, PASSWORD } from '../support/org-builder';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

const WRONG = 'Wrong-passw0rd';

/** A login from a given client address, as Fastify sees the socket's peer. */
async function loginFrom(t: TestApp, address: string, username: string, password: string, headers: Record<string, string> = {}) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: address,
    headers: { 'content-type': 'application/json', ...headers },
    payload: JSON.stringify({ username, password }),
  });
  return { status: res.statusCode, body: JSON.parse(res.body), retryAfter: res.headers['retry-after'] };
}

describe('login throttle: counted before the check, per username and per address', () => {
  const clock = new TestClock('2026-11-30T03:00:00Z');
  let t: TestApp;
  let org: OrgBuilder;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15', LOGIN_ADDRESS_MAX_FAILURES: '5', LOGIN_ADDRESS_LOCK_MINUTES: '60' }, { clock });
    org = new OrgBuilder(t, await t.adminToken());
  });
  afterAll(() => t.close());

  it('20 parallel wrong guesses at one username from 20 addresses: only the limit (3) are checked, the rest get 429 with Retry-After', async () => {
    const victim = await org.employee('Raced Person');
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => loginFrom(t, `10.1.0.${i + 1}`, victim.nip, WRONG)));
    expect(answers.filter((a) => a.status === 401)).toHaveLength(3);
    const throttled = answers.filter((a) => a.status === 429);
    expect(throttled).toHaveLength(17);
    for (const a of throttled) {
      expect(a.body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
      expect(Number(a.retryAfter)).toBeGreaterThan(0);
      expect(Number(a.retryAfter)).toBeLessThanOrEqual(15 * 60);
    }
  });

  it('20 parallel wrong guesses from one address at 20 usernames: only the address limit (5) are checked', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => loginFrom(t, '10.2.0.1', `sprayed.user.${i}`, WRONG)));
    expect(answers.filter((a) => a.status === 401)).toHaveLength(5);
    const throttled = answers.filter((a) => a.status === 429);
    expect(throttled).toHaveLength(15);
    for (const a of throttled) {
      expect(a.body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS_FROM_ADDRESS');
      expect(Number(a.retryAfter)).toBeGreaterThan(15 * 60);
      expect(Number(a.retryAfter)).toBeLessThanOrEqual(60 * 60);
    }
    // Another address is not affected.
    expect((await loginFrom(t, '10.2.0.2', 'sprayed.user.0', WRONG)).status).toBe(401);
  });

  it('an attacker at one address delays the real user only until the username window ends, and cannot renew it', async () => {
    const victim = await org.employee('Targeted Person');
    const attacker = '10.3.0.66';
    const office = '10.3.0.7';
    for (let i = 0; i < 3; i++) expect((await loginFrom(t, attacker, victim.nip, WRONG)).status).toBe(401);
    const locked = await loginFrom(t, attacker, victim.nip, WRONG);
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');

    // The real user, from their own address, with the right password: a bounded wait, not a lock.
    const delayed = await loginFrom(t, office, victim.nip, PASSWORD);
    expect(delayed.status).toBe(429);
    expect(Number(delayed.retryAfter)).toBeLessThanOrEqual(15 * 60);

    // The window ends; the attacker guesses again at once, but runs into the limit of their address.
    clock.set(new Date(clock.now().getTime() + 15 * 60_000 + 1000));
    expect((await loginFrom(t, attacker, victim.nip, WRONG)).status).toBe(401);
    expect((await loginFrom(t, attacker, victim.nip, WRONG)).status).toBe(401);
    for (let i = 0; i < 10; i++) {
      const refused = await loginFrom(t, attacker, victim.nip, WRONG);
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS_FROM_ADDRESS');
    }
    const inside = await loginFrom(t, office, victim.nip, PASSWORD);
    expect(inside.status).toBe(200);
    expect(inside.body.accessToken).toEqual(expect.any(String));
  });

  it('a correct password does not count against the office address, and retrying a locked username does not either', async () => {
    const people = await Promise.all([org.employee('Office One'), org.employee('Office Two')]);
    const office = '10.4.0.1';
    for (let i = 0; i < 8; i++) expect((await loginFrom(t, office, people[i % 2].nip, PASSWORD)).status).toBe(200);
    const typo = await org.employee('Office Typist');
    for (let i = 0; i < 3; i++) expect((await loginFrom(t, office, typo.nip, WRONG)).status).toBe(401);
    for (let i = 0; i < 5; i++) expect((await loginFrom(t, office, typo.nip, PASSWORD)).body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    // 3 failures so far from the office: colleagues still log in.
    expect((await loginFrom(t, office, people[0].nip, PASSWORD)).status).toBe(200);
  });

  it('without TRUST_PROXY a client cannot choose its address with X-Forwarded-For', async () => {
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push(await loginFrom(t, '10.5.0.1', `forwarded.user.${i}`, WRONG, { 'x-forwarded-for': `192.0.2.${i + 1}` }));
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect(answers[5].body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS_FROM_ADDRESS');
  });
});

describe('login throttle behind a trusted proxy', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_ADDRESS_MAX_FAILURES: '5', TRUST_PROXY: '10.9.0.1' });
  });
  afterAll(() => t.close());

  it('counts the client named by the trusted proxy, not the proxy, so one client does not lock everyone behind it', async () => {
    const proxy = '10.9.0.1';
    for (let i = 0; i < 5; i++) expect((await loginFrom(t, proxy, `proxied.user.${i}`, WRONG, { 'x-forwarded-for': '198.51.100.9' })).status).toBe(401);
    expect((await loginFrom(t, proxy, 'proxied.user.5', WRONG, { 'x-forwarded-for': '198.51.100.9' })).status).toBe(429);
    expect((await loginFrom(t, proxy, 'proxied.user.5', WRONG, { 'x-forwarded-for': '198.51.100.10' })).status).toBe(401);
  });

  it('refuses TRUST_PROXY=true, which would let any client name its own address', async () => {
    const { loadConfig } = await import('../../src/platform/config/app-config');
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x', JWT_SECRET: 'x'.repeat(40), TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
  });
});
