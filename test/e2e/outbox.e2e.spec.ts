import { Client } from 'pg';
import { IntegrationEventBus } from '../../src/platform/outbox/integration-event-bus';
import { Outbox } from '../../src/platform/outbox/outbox';
import { OutboxRelay } from '../../src/platform/outbox/outbox-relay';
import { UnitOfWork } from '../../src/platform/database/unit-of-work';
import { startTestApp, TestApp } from '../support/test-app';
import { OrgBuilder, PASSWORD } from '../support/org-builder';

describe('outbox: integration events are delivered at least once and handled once', () => {
  let t: TestApp;
  let db: Client;
  let relay: OutboxRelay;

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    relay = t.app.get(OutboxRelay);
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].n);

  it('a retiring employee loses their sessions through the status-changed event, exactly once', async () => {
    const org = new OrgBuilder(t, await t.adminToken());
    const root = await org.unit('ROOT', null);
    const employee = await org.placed('Retiring Person', (await org.position('P', root.id, null)).id);
    const session = (await t.post('/api/v1/auth/login', { username: employee.nip, password: PASSWORD })).body;

    // The relay is down (background jobs are off in tests): the change commits, its event waits in the outbox.
    const change = await t.post(`/api/v1/employees/${employee.id}/status-changes`, { status: 'RETIRED', effectiveDate: '2025-12-31' }, await t.adminToken());
    expect(change.status).toBe(201);
    const pending = await db.query(`SELECT id FROM platform.outbox WHERE type = 'organization.employee-status-changed.v1' AND published_at IS NULL`);
    expect(pending.rows).toHaveLength(1);
    const eventId = pending.rows[0].id;
    expect(await count(`SELECT count(*) n FROM platform.inbox WHERE event_id = $1`, [eventId])).toBe(0);

    // A relay comes back and delivers it.
    await relay.drain();
    expect(await count(`SELECT count(*) n FROM platform.outbox WHERE id = $1 AND published_at IS NOT NULL`, [eventId])).toBe(1);
    expect(await count(`SELECT count(*) n FROM platform.audit_log WHERE action = 'RevokeSessions' AND target_id = $1`, [employee.id])).toBe(1);
    const refresh = await t.post('/api/v1/auth/refresh', { refreshToken: session.refreshToken });
    expect(refresh.status).toBe(401);
    expect((await t.post('/api/v1/auth/login', { username: employee.nip, password: PASSWORD })).body.code).toBe('ACCOUNT_DISABLED');

    // The relay died after the handler committed but before marking the event published: it is sent again…
    await db.query(`UPDATE platform.outbox SET published_at = NULL WHERE id = $1`, [eventId]);
    expect(await relay.drain()).toBe(1);
    // …and the receiver's inbox makes the second delivery a no-op.
    expect(await count(`SELECT count(*) n FROM platform.audit_log WHERE action = 'RevokeSessions' AND target_id = $1`, [employee.id])).toBe(1);
    // (Remuneration receives the same event under its own inbox key; this counts identity's.)
    expect(await count(`SELECT count(*) n FROM platform.inbox WHERE event_id = $1 AND handler = 'identity.end-sessions-when-employee-leaves'`, [eventId])).toBe(1);
  });

  it('a relay killed mid-delivery (its connections cut) leaves the event to be delivered once by the next relay', async () => {
    const bus = t.app.get(IntegrationEventBus);
    const uow = t.app.get(UnitOfWork);
    let entered!: () => void;
    const inHandler = new Promise<void>((resolve) => (entered = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let firstDelivery = true;
    bus.subscribe('test.killed-relay.v1', 'test.killed-relay-receiver', async (event) => {
      // The receiver's effect is written in its delivery transaction, like any real receiver's.
      await uow.query(`INSERT INTO platform.audit_log (actor_name, action, target_type, target_id) VALUES ('test', 'Received', 'Event', $1)`, [event.id]);
      if (firstDelivery) {
        firstDelivery = false;
        entered();
        await gate;
      }
    });
    await uow.run(() => t.app.get(Outbox).publishAll([{ type: 'test.killed-relay.v1', source: 'test', data: {} }]));
    const [{ id }] = (await db.query(`SELECT id FROM platform.outbox WHERE type = 'test.killed-relay.v1'`)).rows;

    const dying = relay.drain().catch(() => 'killed');
    await inHandler;
    // The relay process "dies": every connection it holds in a transaction is terminated by the server.
    await db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'`);
    release();
    await dying;
    expect(await count(`SELECT count(*) n FROM platform.audit_log WHERE action = 'Received' AND target_id = $1`, [id])).toBe(0);
    expect(await count(`SELECT count(*) n FROM platform.outbox WHERE id = $1 AND published_at IS NULL`, [id])).toBe(1);

    await db.query(`UPDATE platform.outbox SET next_attempt_at = now() WHERE id = $1`, [id]);
    await relay.drain();
    expect(await count(`SELECT count(*) n FROM platform.audit_log WHERE action = 'Received' AND target_id = $1`, [id])).toBe(1);
    expect(await count(`SELECT count(*) n FROM platform.outbox WHERE id = $1 AND published_at IS NOT NULL`, [id])).toBe(1);
  });

  it('an event whose transaction rolled back is never delivered', async () => {
    const outbox = t.app.get(Outbox);
    const uow = t.app.get(UnitOfWork);
    await expect(
      uow.run(async () => {
        await outbox.publishAll([{ type: 'test.rolled-back.v1', source: 'test', data: {} }]);
        throw new Error('the command failed');
      }),
    ).rejects.toThrow('the command failed');
    expect(await count(`SELECT count(*) n FROM platform.outbox WHERE type = 'test.rolled-back.v1'`)).toBe(0);
  });

  it('a failing receiver is retried later with backoff, then succeeds', async () => {
    let calls = 0;
    t.app.get(IntegrationEventBus).subscribe('test.flaky.v1', 'test.flaky-receiver', async () => {
      calls++;
      if (calls === 1) throw new Error('receiver down');
    });
    await t.app.get(UnitOfWork).run(() => t.app.get(Outbox).publishAll([{ type: 'test.flaky.v1', source: 'test', data: { n: 1 } }]));
    await relay.drain();
    const failed = (await db.query(`SELECT attempts, last_error, published_at, next_attempt_at > now() AS later FROM platform.outbox WHERE type = 'test.flaky.v1'`)).rows[0];
    expect(failed).toMatchObject({ attempts: 1, last_error: 'receiver down', published_at: null, later: true });
    // Nothing is due yet; once the backoff has passed the event goes through.
    expect(await relay.drain()).toBe(0);
    await db.query(`UPDATE platform.outbox SET next_attempt_at = now() WHERE type = 'test.flaky.v1'`);
    expect(await relay.drain()).toBe(1);
    expect(calls).toBe(2);
  });
});
