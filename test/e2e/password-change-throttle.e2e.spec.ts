import { Client } from 'pg';
import { PurgeLoginAttempts } from '../../src/modules/identity/application/commands/purge-login-attempts';
import { CommandPipeline } from '../../src/platform/write/command-pipeline';
import { OrgBuilder, PASSWORD } from '../support/org-builder';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

const WRONG = 'Wrong-passw0rd';
const NEW = 'Brand-new-passw0rd';
const CONSOLE = { 'x-requested-with': 'e-performance-console' };

interface Answer {
  status: number;
  body: any;
  retryAfter: string | undefined;
  cookie: string;
}

/**
 * The current-password check of a password change is a password guess like a failed login: counted in the
 * same windows per username and per client address, before the check, so a stolen session cannot guess on.
 */
describe('password change throttle: a wrong current password counts as a failed login', () => {
  const clock = new TestClock('2026-11-30T03:00:00Z');
  let t: TestApp;
  let org: OrgBuilder;
  let db: Client;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15', LOGIN_ADDRESS_MAX_FAILURES: '5', LOGIN_ADDRESS_LOCK_MINUTES: '60' }, { clock });
    org = new OrgBuilder(t, await t.adminToken());
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  async function send(address: string, url: string, payload: unknown, headers: Record<string, string>): Promise<Answer> {
    const res = await t.app.inject({ method: 'POST', url, remoteAddress: address, headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify(payload) });
    const cookie = ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0])
      .join('; ');
    return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : null, retryAfter: res.headers['retry-after'], cookie };
  }
  const loginFrom = (address: string, username: string, password: string) => send(address, '/api/v1/auth/login', { username, password }, {});
  const changeFrom = (address: string, token: string, currentPassword: string, newPassword = NEW, headers: Record<string, string> = {}) =>
    send(address, '/api/v1/auth/password', { currentPassword, newPassword }, { authorization: `Bearer ${token}`, ...headers });
  const consoleChangeFrom = (address: string, cookie: string, currentPassword: string, newPassword = NEW) =>
    send(address, '/api/v1/auth/session/password', { currentPassword, newPassword }, { cookie, ...CONSOLE });
  async function tokenOf(username: string, password = PASSWORD): Promise<string> {
    const res = await loginFrom('10.99.0.1', username, password);
    expect(res.status).toBe(200);
    return res.body.accessToken;
  }

  it('POST /auth/password: a correct current password works before the limit; after 3 wrong ones even the correct one is 429 with Retry-After', async () => {
    const person = await org.employee('Stolen Session');
    let address = '10.20.0.1';
    let token = await tokenOf(person.nip);
    for (let i = 0; i < 2; i++) expect((await changeFrom(address, token, WRONG)).body.code).toBe('CURRENT_PASSWORD_WRONG');
    const changed = await changeFrom(address, token, PASSWORD, NEW);
    expect(changed.status).toBe(200);
    token = changed.body.accessToken;

    // The correct password started the username afresh: three more wrong ones are checked, the fourth is not
    // (from another address, whose own limit of five the first address's two guesses would otherwise reach).
    address = '10.20.0.4';
    for (let i = 0; i < 3; i++) {
      const wrong = await changeFrom(address, token, WRONG, PASSWORD);
      expect(wrong.status).toBe(400);
      expect(wrong.body.code).toBe('CURRENT_PASSWORD_WRONG');
    }
    const throttled = await changeFrom(address, token, WRONG, PASSWORD);
    expect(throttled.status).toBe(429);
    expect(throttled.body.code).toBe('TOO_MANY_PASSWORD_ATTEMPTS');
    expect(Number(throttled.retryAfter)).toBeGreaterThan(0);
    expect(Number(throttled.retryAfter)).toBeLessThanOrEqual(15 * 60);
    const right = await changeFrom(address, token, NEW, PASSWORD);
    expect(right.status).toBe(429);
    expect(right.body.code).toBe('TOO_MANY_PASSWORD_ATTEMPTS');
    const inIndonesian = await changeFrom(address, token, NEW, PASSWORD, { 'accept-language': 'id' });
    expect(inIndonesian.body.detail).toMatch(/^Terlalu banyak kata sandi salah untuk nama pengguna ini: coba lagi dalam \d+ menit/);

    // The same window as the login's: the guesses cannot move to the login route either.
    const login = await loginFrom('10.20.0.2', person.nip, NEW);
    expect(login.status).toBe(429);
    expect(login.body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');

    // The window runs out and the owner changes the password again.
    clock.set(new Date(clock.now().getTime() + 15 * 60_000 + 1000));
    expect((await changeFrom('10.20.0.3', await tokenOf(person.nip, NEW), NEW, PASSWORD)).status).toBe(200);
  });

  it('POST /auth/session/password (console): wrong current passwords are throttled the same way, a correct one works before the limit', async () => {
    const person = await org.employee('Unlocked Desk');
    const address = '10.21.0.1';
    const session = await send('10.99.0.2', '/api/v1/auth/session', { username: person.nip, password: PASSWORD }, CONSOLE);
    expect(session.status).toBe(200);
    expect((await consoleChangeFrom(address, session.cookie, WRONG)).body.code).toBe('CURRENT_PASSWORD_WRONG');
    const changed = await consoleChangeFrom(address, session.cookie, PASSWORD, NEW);
    expect(changed.status).toBe(200);
    expect(changed.cookie).toMatch(/ep_access=/);

    for (let i = 0; i < 3; i++) {
      const wrong = await consoleChangeFrom(address, changed.cookie, WRONG, PASSWORD);
      expect(wrong.status).toBe(400);
      expect(wrong.body.code).toBe('CURRENT_PASSWORD_WRONG');
    }
    for (const attempt of [WRONG, NEW]) {
      const throttled = await consoleChangeFrom(address, changed.cookie, attempt, PASSWORD);
      expect(throttled.status).toBe(429);
      expect(throttled.body.code).toBe('TOO_MANY_PASSWORD_ATTEMPTS');
      expect(Number(throttled.retryAfter)).toBeGreaterThan(0);
      expect(Number(throttled.retryAfter)).toBeLessThanOrEqual(15 * 60);
      expect(throttled.cookie).toBe('');
    }
  });

  it("one user's wrong current passwords do not lock another user's change, even from the same address", async () => {
    const [guesser, colleague] = await Promise.all([org.employee('Guessing Colleague'), org.employee('Honest Colleague')]);
    const address = '10.22.0.1';
    const guesserToken = await tokenOf(guesser.nip);
    const colleagueToken = await tokenOf(colleague.nip);
    for (let i = 0; i < 3; i++) expect((await changeFrom(address, guesserToken, WRONG)).status).toBe(400);
    expect((await changeFrom(address, guesserToken, WRONG)).body.code).toBe('TOO_MANY_PASSWORD_ATTEMPTS');

    const changed = await changeFrom(address, colleagueToken, PASSWORD, NEW);
    expect(changed.status).toBe(200);
    expect(changed.body.accessToken).toEqual(expect.any(String));
  });

  it('guessing at several users from one address runs into the address limit (5)', async () => {
    const [first, second] = await Promise.all([org.employee('Sprayed First'), org.employee('Sprayed Second')]);
    const address = '10.23.0.1';
    const tokens = [await tokenOf(first.nip), await tokenOf(second.nip)];
    for (let i = 0; i < 3; i++) expect((await changeFrom(address, tokens[0], WRONG)).status).toBe(400);
    for (let i = 0; i < 2; i++) expect((await changeFrom(address, tokens[1], WRONG)).status).toBe(400);
    const throttled = await changeFrom(address, tokens[1], WRONG);
    expect(throttled.status).toBe(429);
    expect(throttled.body.code).toBe('TOO_MANY_PASSWORD_ATTEMPTS_FROM_ADDRESS');
    expect(Number(throttled.retryAfter)).toBeGreaterThan(15 * 60);
    expect(Number(throttled.retryAfter)).toBeLessThanOrEqual(60 * 60);
    // From another address the second user still changes their password.
    expect((await changeFrom('10.23.0.2', tokens[1], PASSWORD, NEW)).status).toBe(200);
  });

  it('the purge deletes the rows whose window has run out and keeps every row that still counts', async () => {
    const purge = () => t.app.get(CommandPipeline).execute<number>(new PurgeLoginAttempts());
    const rows = async () =>
      (
        await db.query<{ scope: string; key: string; attempts: number }>(
          `SELECT scope, key, attempts FROM identity.login_attempts WHERE key LIKE 'purge.%' OR key LIKE '10.30.%' ORDER BY scope, key`,
        )
      ).rows;
    const start = clock.now().getTime();
    for (let i = 0; i < 2; i++) expect((await loginFrom('10.30.0.1', 'purge.old', WRONG)).status).toBe(401);
    clock.set(new Date(start + 16 * 60_000));
    expect((await loginFrom('10.30.0.2', 'purge.fresh', WRONG)).status).toBe(401);

    // purge.old's username window (15 min) is over; its address's (60 min) is not.
    expect(await purge()).toBeGreaterThanOrEqual(1);
    expect(await rows()).toEqual([
      { scope: 'ADDRESS', key: '10.30.0.1', attempts: 2 },
      { scope: 'ADDRESS', key: '10.30.0.2', attempts: 1 },
      { scope: 'USERNAME', key: 'purge.fresh', attempts: 1 },
    ]);

    // The kept address row still counts: three more failures from it reach its limit of five.
    for (let i = 0; i < 3; i++) expect((await loginFrom('10.30.0.1', `purge.other.${i}`, WRONG)).status).toBe(401);
    expect((await loginFrom('10.30.0.1', 'purge.other.9', WRONG)).body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS_FROM_ADDRESS');

    // A second before its window ends a row is kept; at its end it goes.
    clock.set(new Date(start + 31 * 60_000 - 1000));
    await purge();
    expect((await rows()).map((r) => r.key)).toContain('purge.fresh');
    clock.set(new Date(start + 31 * 60_000));
    await purge();
    expect((await rows()).map((r) => r.key)).not.toContain('purge.fresh');
    expect((await rows()).map((r) => r.key)).not.toContain('purge.old');

    clock.set(new Date(start + 76 * 60_000 + 1000));
    await purge();
    expect(await rows()).toEqual([]);
  });
});
