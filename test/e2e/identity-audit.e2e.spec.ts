import { Client } from 'pg';
import { OrgBuilder, PASSWORD } from '../support/org-builder';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';

/** Every write of identity leaves its audit row in the command's transaction, and a refused one leaves none. */
describe('identity: the audit trail of logins, passwords and roles', () => {
  let t: TestApp;
  let db: Client;
  let admin: string;
  let org: OrgBuilder;
  let rootUnit: string;
  let positionId: string;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3' });
    admin = await t.adminToken();
    org = new OrgBuilder(t, admin);
    rootUnit = (await org.unit('ROOT', null)).id;
    positionId = (await org.position('STAFF', rootUnit, null)).id;
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  const actions = async (targetId: string) => (await db.query(`SELECT action, reason, before, after FROM platform.audit_log WHERE target_id = $1 ORDER BY id`, [targetId])).rows;
  const failures = async (username: string) =>
    Number((await db.query(`SELECT coalesce(sum(attempts), 0) n FROM identity.login_attempts WHERE scope = 'USERNAME' AND key = lower($1)`, [username])).rows[0].n);

  it('the first HR administrator is created once, as CreateAccount', async () => {
    const [account] = (await db.query(`SELECT id FROM identity.users WHERE username = $1`, [ADMIN.username])).rows;
    expect((await actions(account.id)).map((r) => [r.action, r.after])).toEqual([['CreateAccount', { username: ADMIN.username, roles: ['HR_ADMIN'] }]]);
  });

  it('an administrator creates a login (CreateLogin), then resets its password (ResetPassword), which ends its sessions', async () => {
    const e = await org.employee('Tanpa Login', { password: null });
    await org.assign(e.id, positionId);
    expect((await t.request('POST', `/api/v1/employees/${e.id}/login`, { body: { password: 'First-Passw0rd' }, token: admin })).status).toBe(204);
    const session = (await t.post('/api/v1/auth/login', { username: e.nip, password: 'First-Passw0rd' })).body;
    expect((await t.request('POST', `/api/v1/employees/${e.id}/login`, { body: { password: 'Second-Passw0rd' }, token: admin })).status).toBe(204);
    expect((await t.post('/api/v1/auth/refresh', { refreshToken: session.refreshToken })).status).toBe(401);
    expect((await t.post('/api/v1/auth/login', { username: e.nip, password: 'Second-Passw0rd' })).status).toBe(200);
    const rows = (await actions(e.id)).filter((r) => r.action.endsWith('Login') || r.action === 'ResetPassword');
    expect(rows.map((r) => [r.action, r.after])).toEqual([
      ['CreateLogin', { username: e.nip }],
      ['ResetPassword', null],
    ]);
  });

  it('a weak password is refused and leaves neither a login nor an audit row', async () => {
    const e = await org.employee('Lemah', { password: null });
    const weak = await t.request('POST', `/api/v1/employees/${e.id}/login`, { body: { password: 'short1' }, token: admin });
    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('PASSWORD_TOO_SHORT');
    expect((await actions(e.id)).map((r) => r.action)).toEqual(['CreateEmployee']);
  });

  it('granting a role twice leaves one GrantRole row; revoking leaves RevokeRole; revoking again is a 404 with no row', async () => {
    const e = await org.placed('Admin Unit', positionId);
    const grant = () => t.post(`/api/v1/employees/${e.id}/roles`, { role: 'UNIT_ADMIN', unitId: rootUnit }, admin);
    expect((await grant()).status).toBe(201);
    expect((await grant()).status).toBe(201);
    const revoke = () => t.request('POST', `/api/v1/employees/${e.id}/roles/revoke`, { body: { role: 'UNIT_ADMIN', unitId: rootUnit }, token: admin });
    expect((await revoke()).status).toBe(204);
    expect((await revoke()).status).toBe(404);
    const rows = (await actions(e.id)).filter((r) => r.action.endsWith('Role'));
    expect(rows.map((r) => [r.action, r.after ?? r.before])).toEqual([
      ['GrantRole', { role: 'UNIT_ADMIN', unitId: rootUnit }],
      ['RevokeRole', { role: 'UNIT_ADMIN', unitId: rootUnit }],
    ]);
  });

  it('a refused login keeps its failure (the 401 does not roll it back), and a successful one clears them', async () => {
    const e = await org.placed('Lupa Sandi', positionId);
    expect((await t.post('/api/v1/auth/login', { username: e.nip, password: 'Wrong-passw0rd' })).status).toBe(401);
    expect((await t.post('/api/v1/auth/login', { username: e.nip, password: 'Wrong-passw0rd' })).status).toBe(401);
    expect(await failures(e.nip)).toBe(2);
    expect((await t.post('/api/v1/auth/login', { username: e.nip, password: PASSWORD })).status).toBe(200);
    expect(await failures(e.nip)).toBe(0);
  });

  it('a replayed refresh token ends the family although the replay itself is refused', async () => {
    const e = await org.placed('Token Dicuri', positionId);
    const first = (await t.post('/api/v1/auth/login', { username: e.nip, password: PASSWORD })).body;
    const second = (await t.post('/api/v1/auth/refresh', { refreshToken: first.refreshToken })).body;
    expect((await t.post('/api/v1/auth/refresh', { refreshToken: first.refreshToken })).body.code).toBe('REFRESH_TOKEN_REUSED');
    const [{ live }] = (
      await db.query(`SELECT count(*)::int live FROM identity.refresh_tokens t JOIN identity.users u ON u.id = t.user_id WHERE u.employee_id = $1 AND t.revoked_at IS NULL`, [e.id])
    ).rows;
    expect(live).toBe(0);
    expect((await t.post('/api/v1/auth/refresh', { refreshToken: second.refreshToken })).status).toBe(401);
  });
});
