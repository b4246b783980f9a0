import { Client } from 'pg';
import { AuditLog } from '../../src/platform/audit/audit-log';
import { requestContext } from '../../src/platform/context/request-context';
import { UnitOfWork } from '../../src/platform/database/unit-of-work';
import { IntegrationEventBus } from '../../src/platform/outbox/integration-event-bus';
import { Outbox } from '../../src/platform/outbox/outbox';
import { OutboxRelay } from '../../src/platform/outbox/outbox-relay';
import { startTestApp, TestApp } from '../support/test-app';
import { OrgBuilder, PASSWORD } from '../support/org-builder';

/** The relay never jams: anything a receiver throws is retried, then set aside; order per subject holds. */
describe('outbox relay: retries, dead letters, per-subject order, and receivers acting as the system', () => {
  let t: TestApp;
  let db: Client;
  let relay: OutboxRelay;
  let bus: IntegrationEventBus;
  let uow: UnitOfWork;
  const tokens: Record<string, string> = {};

  const publish = (type: string, subject: string | undefined, data: unknown = {}) =>
    uow.run(async () => (await t.app.get(Outbox).publishAll([{ type, source: 'test', subject, data }]))[0]);
  const row = async (id: string) => (await db.query(`SELECT attempts, last_error, published_at, dead_lettered_at FROM platform.outbox WHERE id = $1`, [id])).rows[0];
  const due = (id: string) => db.query(`UPDATE platform.outbox SET next_attempt_at = now() WHERE id = $1`, [id]);

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_MAX_ATTEMPTS: '2', LOG_LEVEL: 'error' });
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    relay = t.app.get(OutboxRelay);
    bus = t.app.get(IntegrationEventBus);
    uow = t.app.get(UnitOfWork);
    const admin = await t.adminToken();
    const org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    const unit = await org.unit('UNIT', root.id);
    const employee = await org.placed('Employee', (await org.position('P', unit.id, null)).id);
    const unitAdmin = await org.placed('Unit Admin', (await org.position('Q', unit.id, null)).id);
    expect((await t.post(`/api/v1/employees/${unitAdmin.id}/roles`, { role: 'UNIT_ADMIN', unitId: unit.id }, admin)).status).toBe(201);
    const auditor = await org.placed('Auditor', (await org.position('R', root.id, null)).id);
    expect((await t.post(`/api/v1/employees/${auditor.id}/roles`, { role: 'AUDITOR' }, admin)).status).toBe(201);
    tokens.admin = admin;
    tokens.employee = await t.login(employee.nip, PASSWORD);
    tokens.unitAdmin = await t.login(unitAdmin.nip, PASSWORD);
    tokens.auditor = await t.login(auditor.nip, PASSWORD);
    await relay.drain(); // what building the organisation published, so each test counts only its own events
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('a receiver that throws a non-Error is retried with backoff, and the rest of the batch is delivered', async () => {
    const thrown: unknown[] = ['a bare string', undefined, { code: 42 }];
    bus.subscribe('test.throws-anything.v1', 'test.throws-anything-receiver', async (event) => {
      throw thrown[(event.data as { n: number }).n];
    });
    let healthy = 0;
    bus.subscribe('test.healthy.v1', 'test.healthy-receiver', async () => {
      healthy++;
    });
    const ids = [
      await publish('test.throws-anything.v1', 'a', { n: 0 }),
      await publish('test.throws-anything.v1', 'b', { n: 1 }),
      await publish('test.throws-anything.v1', 'c', { n: 2 }),
    ];
    const ok = await publish('test.healthy.v1', 'd');
    expect(await relay.drain()).toBe(1);
    expect(healthy).toBe(1);
    expect((await row(ok)).published_at).not.toBeNull();
    expect((await row(ids[0])).last_error).toBe('a bare string');
    expect((await row(ids[1])).last_error).toBe('undefined');
    expect((await row(ids[2])).last_error).toBe('{"code":42}');
    for (const id of ids) expect(await row(id)).toMatchObject({ attempts: 1, published_at: null, dead_lettered_at: null });
  });

  it('after the attempt limit an event becomes a dead letter HR can list, and replaying it delivers it', async () => {
    let fail = true;
    bus.subscribe('test.poison.v1', 'test.poison-receiver', async () => {
      if (fail) throw new Error('receiver rejects it');
    });
    const id = await publish('test.poison.v1', 'poison-subject', { x: 1 });
    await relay.drain();
    await due(id);
    await relay.drain();
    expect(await row(id)).toMatchObject({ attempts: 2, last_error: 'receiver rejects it', published_at: null });
    expect((await row(id)).dead_lettered_at).not.toBeNull();
    await due(id);
    expect(await relay.drain()).toBe(0); // set aside: no longer retried

    const listed = await t.get('/api/v1/outbox/dead-letters', tokens.auditor);
    expect(listed.status).toBe(200);
    expect(listed.body.items.find((l: any) => l.id === id)).toMatchObject({ type: 'test.poison.v1', attempts: 2, lastError: 'receiver rejects it', data: { x: 1 } });
    for (const who of ['employee', 'unitAdmin']) expect((await t.get('/api/v1/outbox/dead-letters', tokens[who])).status).toBe(403);

    for (const who of ['employee', 'unitAdmin', 'auditor']) {
      expect((await t.post(`/api/v1/outbox/dead-letters/${id}/replay`, { reason: 'receiver fixed' }, tokens[who])).status).toBe(403);
    }
    expect((await t.post(`/api/v1/outbox/dead-letters/${id}/replay`, {}, tokens.admin)).status).toBe(400);
    fail = false;
    const replay = await t.post(`/api/v1/outbox/dead-letters/${id}/replay`, { reason: 'receiver fixed' }, tokens.admin);
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual({ id, type: 'test.poison.v1', replayed: true });
    expect(await relay.drain()).toBe(1);
    expect((await row(id)).published_at).not.toBeNull();
    const audit = (await db.query(`SELECT actor_name, reason, before FROM platform.audit_log WHERE action = 'ReplayDeadLetter' AND target_id = $1`, [id])).rows;
    expect(audit).toEqual([{ actor_name: 'test.admin', reason: 'receiver fixed', before: expect.objectContaining({ attempts: 2 }) }]);
    expect((await t.post(`/api/v1/outbox/dead-letters/${id}/replay`, { reason: 'again' }, tokens.admin)).status).toBe(404);
  });

  it('a later event of a subject waits for the earlier one, even when another instance holds the earlier one', async () => {
    const seen: string[] = [];
    let failFirst = true;
    bus.subscribe('test.ordered.v1', 'test.ordered-receiver', async (event) => {
      const step = (event.data as { step: string }).step;
      if (step === 'first' && failFirst) {
        failFirst = false;
        throw new Error('first delivery fails');
      }
      seen.push(`${event.subject}:${step}`);
    });
    const first = await publish('test.ordered.v1', 'employee-1', { step: 'first' });
    await publish('test.ordered.v1', 'employee-1', { step: 'second' });
    await publish('test.ordered.v1', 'employee-2', { step: 'first' });
    await relay.drain();
    expect(seen).toEqual(['employee-2:first']); // employee-1's second waits behind its failed first
    await due(first);
    await relay.drain();
    expect(seen).toEqual(['employee-2:first', 'employee-1:first', 'employee-1:second']);

    // Another instance has claimed (locked) the next event of employee-3: this relay skips the whole subject.
    const held = await publish('test.ordered.v1', 'employee-3', { step: 'first' });
    await publish('test.ordered.v1', 'employee-3', { step: 'second' });
    const other = new Client({ connectionString: t.databaseUrl });
    await other.connect();
    await other.query('BEGIN');
    await other.query(`SELECT 1 FROM platform.outbox WHERE id = $1 FOR UPDATE`, [held]);
    try {
      expect(await relay.drain()).toBe(0);
      expect(seen.filter((s) => s.startsWith('employee-3'))).toEqual([]);
    } finally {
      await other.query('ROLLBACK');
      await other.end();
    }
    await relay.drain();
    expect(seen.filter((s) => s.startsWith('employee-3'))).toEqual(['employee-3:first', 'employee-3:second']);
  });

  it('what a receiver writes is audited as the system and the causing event, not as the request that woke the relay', async () => {
    const audit = t.app.get(AuditLog);
    bus.subscribe('test.audited.v1', 'test.audited-receiver', async (event) => {
      await audit.recordAll([{ action: 'ReceivedAudited', targetType: 'Event', targetId: event.id }]);
    });
    const id = await publish('test.audited.v1', 'x');
    const someone = { userId: '00000000-0000-4000-8000-000000000001', username: 'a.request.user', employeeId: null, roles: [] } as never;
    await requestContext.run({ requestId: 'the-waking-request', actor: someone, language: 'en' }, () => relay.drain());
    const rows = (await db.query(`SELECT actor_id, actor_name, request_id FROM platform.audit_log WHERE action = 'ReceivedAudited'`)).rows;
    expect(rows).toEqual([{ actor_id: null, actor_name: 'system', request_id: `event:test.audited.v1:${id}` }]);
  });
});
