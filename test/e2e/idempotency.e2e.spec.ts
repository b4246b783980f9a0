import { Client } from 'pg';
import { startTestApp, TestApp } from '../support/test-app';
import { OrgBuilder, PASSWORD } from '../support/org-builder';

/** Idempotency-Key as the IETF httpapi draft has it, on the route every employee calls daily. */
describe('Idempotency-Key: a retry acts once, a reused key is refused, a key in flight waits', () => {
  let t: TestApp;
  let db: Client;
  let token: string;
  let employeeId: string;

  const clock = (direction: string, key: string) => t.request('POST', '/api/v1/attendance/clock', { token, body: { direction }, headers: { 'idempotency-key': key } });
  const events = async () => Number((await db.query(`SELECT count(*) n FROM attendance.clock_events WHERE employee_id = $1`, [employeeId])).rows[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    const org = new OrgBuilder(t, await t.adminToken());
    const root = await org.unit('ROOT', null);
    const person = await org.placed('Clocker', (await org.position('P', root.id, null)).id);
    employeeId = person.id;
    token = await t.login(person.nip, PASSWORD);
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('the same key with the same request returns the first answer and records one event', async () => {
    const first = await clock('IN', 'same-1');
    expect(first.status).toBe(201);
    const again = await clock('IN', 'same-1');
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await events()).toBe(1);
  });

  it('the same key with a different request is 422 IDEMPOTENCY_KEY_REUSED, in either language, and records nothing', async () => {
    const before = await events();
    const reused = await clock('OUT', 'same-1');
    expect(reused.status).toBe(422);
    expect(reused.headers['content-type']).toContain('application/problem+json');
    expect(reused.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', errors: [{ field: 'Idempotency-Key' }] });
    const id = await t.request('POST', '/api/v1/attendance/clock', {
      token,
      body: { direction: 'OUT' },
      headers: { 'idempotency-key': 'same-1', 'accept-language': 'id' },
    });
    expect(id.body.detail).toContain('sudah dipakai untuk permintaan lain');
    expect(await events()).toBe(before);
  });

  it('a key whose first request is still running is 409 IDEMPOTENCY_KEY_IN_FLIGHT', async () => {
    // Another connection holds the key's lock, as the first request's transaction does while it runs.
    const holder = new Client({ connectionString: t.databaseUrl });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`attendance.clock:${employeeId}:busy-1`]);
    try {
      const before = await events();
      const busy = await clock('OUT', 'busy-1');
      expect(busy.status).toBe(409);
      expect(busy.body.code).toBe('IDEMPOTENCY_KEY_IN_FLIGHT');
      expect(await events()).toBe(before);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    expect((await clock('OUT', 'busy-1')).status).toBe(201);
  });

  it('a key outside 1–200 characters is 400 naming the header', async () => {
    const long = await clock('IN', 'k'.repeat(201));
    expect(long.status).toBe(400);
    expect(long.body).toMatchObject({ code: 'INVALID_IDEMPOTENCY_KEY', errors: [{ field: 'Idempotency-Key' }] });
  });

  it('the OpenAPI document lists the header once, as optional', async () => {
    const doc = (await t.get('/docs/openapi.json')).body;
    const headers = doc.paths['/api/v1/attendance/clock'].post.parameters.filter((p: any) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key');
    expect(headers).toHaveLength(1);
    expect(headers[0].required).toBe(false);
  });
});
