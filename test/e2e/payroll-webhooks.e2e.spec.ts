import { Client } from 'pg';
import { Webhook } from 'standardwebhooks';
import { PayrollWebhookWorker } from '../../src/modules/remuneration/application/webhooks/payroll-webhook.worker';
import { OutboxRelay } from '../../src/platform/outbox/outbox-relay';
import { OrgBuilder, PASSWORD } from '../support/org-builder';
import { untilClosed, untilFeedHas } from '../support/remuneration';
import { startTestApp, TestApp, TestClock } from '../support/test-app';
import { WebhookReceiver } from '../support/webhook-receiver';

/**
 * Payroll webhooks through the API and a real HTTP receiver on 127.0.0.1: every statement version signed per
 * Standard Webhooks, retried with backoff, dead-lettered after PAYROLL_WEBHOOK_MAX_ATTEMPTS, replayed from a
 * feed position. Background jobs are off: the test drives the outbox relay and the worker with drain().
 */
describe('payroll webhooks: signed deliveries of every statement version, retried, dead-lettered and replayed', () => {
  let t: TestApp;
  let db: Client;
  let admin: string;
  let worker: PayrollWebhookWorker;
  const receiver = new WebhookReceiver();
  const clock = new TestClock('2026-07-01T03:00:00Z');
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const hooks: Record<string, { id: string; url: string; secret: string }> = {};
  let feed: any[] = [];

  const later = (minutes: number) => clock.set(new Date(clock.now().getTime() + minutes * 60_000));
  const deliveries = async (hook: string, query = '') => (await t.get(`/api/v1/payroll/webhooks/${hooks[hook].id}/deliveries?limit=500${query}`, tokens.payroll)).body.items;
  const register = async (name: string, url: string) => {
    const res = await t.post('/api/v1/payroll/webhooks', { url }, tokens.payroll);
    expect(res.status).toBe(201);
    hooks[name] = res.body;
    return res.body;
  };

  beforeAll(async () => {
    await receiver.start();
    t = await startTestApp({ PAYROLL_WEBHOOK_MAX_ATTEMPTS: '3', PAYROLL_WEBHOOK_TIMEOUT_MS: '5000' }, { clock });
    admin = await t.adminToken();
    worker = t.app.get(PayrollWebhookWorker);
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    const org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    const dit = await org.unit('DIT', root.id);
    const head = await org.position('HEAD', dit.id, null, 'ADMINISTRATOR', 12);
    const staff = await org.position('STAFF', dit.id, head.id, 'PELAKSANA', 8);
    const people = {
      supervisor: await org.placed('Kepala', head.id),
      employee: await org.placed('Pegawai', staff.id),
      unitAdmin: await org.placed('Admin Unit', staff.id),
      auditor: await org.placed('Auditor', staff.id),
      payroll: await org.placed('Juru Bayar', staff.id),
    };
    await t.post(`/api/v1/employees/${people.unitAdmin.id}/roles`, { role: 'UNIT_ADMIN', unitId: dit.id }, admin);
    await t.post(`/api/v1/employees/${people.auditor.id}/roles`, { role: 'AUDITOR' }, admin);
    await t.post(`/api/v1/employees/${people.payroll.id}/roles`, { role: 'PAYROLL' }, admin);
    for (const [k, v] of Object.entries(people)) {
      ids[k] = v.id;
      tokens[k] = await t.login(v.nip, PASSWORD);
    }
    expect((await t.post('/api/v1/periods/2026-06/close', {}, admin)).status).toBe(202);
    expect((await untilClosed(t, admin, '2026-06')).statementCount).toBe(5);
    feed = (await untilFeedHas(t, tokens.payroll, 5)).events;
    expect(feed).toHaveLength(5);
  }, 120_000);
  afterAll(async () => {
    await db.end();
    await t.close();
    await receiver.stop();
  });

  it('only payroll and HR register; the secret is whsec_ base64, shown once; a URL that is not http(s) is a 400 naming url', async () => {
    for (const who of ['employee', 'supervisor', 'unitAdmin', 'auditor']) {
      const res = await t.post('/api/v1/payroll/webhooks', { url: receiver.url('/nope') }, tokens[who]);
      expect([who, res.status]).toEqual([who, 403]);
    }
    for (const url of ['ftp://127.0.0.1/x', 'javascript:alert(1)', 'not a url', 'http://user:pw@127.0.0.1/x', 'file:///etc/passwd']) {
      const res = await t.post('/api/v1/payroll/webhooks', { url }, tokens.payroll);
      expect([url, res.status, res.body.errors?.map((e: any) => e.field)]).toEqual([url, 400, ['url']]);
    }
    const ok = await register('ok', receiver.url('/ok'));
    expect(ok).toEqual({ id: expect.any(String), url: receiver.url('/ok'), createdAt: expect.any(String), secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/) });
    await register(
      'flaky',
      receiver.url('/flaky', (attempt) => (attempt <= 2 ? 500 : 204)),
    );
    await register(
      'down',
      receiver.url('/down', () => 503),
    );
    await register(
      'hang',
      receiver.url('/hang', () => 'hang'),
    );
    const list = await t.get('/api/v1/payroll/webhooks', tokens.auditor);
    expect(list.status).toBe(200);
    expect(list.body.items.map((w: any) => w.id).sort()).toEqual(['ok', 'flaky', 'down', 'hang'].map((h) => hooks[h].id).sort());
    expect(JSON.stringify(list.body)).not.toContain('whsec_');
    const stored = await db.query(`SELECT sealed_secret FROM remuneration.webhooks`);
    for (const row of stored.rows) expect(Object.values(hooks).some((h) => row.sealed_secret.includes(h.secret.slice(6)))).toBe(false);
    const audit = await db.query(`SELECT action, actor_name FROM platform.audit_log WHERE target_type = 'PayrollWebhook' ORDER BY at`);
    expect(audit.rows).toHaveLength(4);
    expect(audit.rows[0].action).toBe('RegisterPayrollWebhook');
  });

  it('every statement version reaches each webhook once, signed per Standard Webhooks, its body the feed’s CloudEvent', async () => {
    await t.app.get(OutboxRelay).drain();
    expect(Number((await db.query(`SELECT count(*) AS n FROM remuneration.webhook_deliveries`)).rows[0].n)).toBe(5 * 4);
    expect(await worker.drain()).toBe(5);
    const got = receiver.at('/ok');
    expect(got).toHaveLength(5);
    const verifier = new Webhook(hooks.ok.secret);
    // Deliveries go out side by side: they arrive in any order, each once.
    expect(got.map((d) => d.headers['webhook-id']).sort()).toEqual(feed.map((e) => e.id).sort());
    for (const delivery of got) {
      const event = feed.find((e) => e.id === delivery.headers['webhook-id']);
      expect(verifier.verify(delivery.body, delivery.headers)).toEqual(event);
      expect(delivery.body).toBe(JSON.stringify(event));
      expect(delivery.headers['content-type']).toBe('application/json');
    }
    // Another webhook's secret does not verify it.
    expect(() => new Webhook(hooks.flaky.secret).verify(got[0].body, got[0].headers)).toThrow();
    const listed = await deliveries('ok');
    expect(listed.map((d: any) => d.eventId).sort()).toEqual(feed.map((e) => e.id).sort());
    expect(listed.map((d: any) => [d.status, d.attempts, d.lastStatusCode])).toEqual(Array(5).fill(['DELIVERED', 1, 200]));
  }, 60_000);

  it('the deliveries list pages in delivery order, each once, also from delivery 9 to 10', async () => {
    const bySeq = await db.query(`SELECT webhook_id, id::text, seq FROM remuneration.webhook_deliveries ORDER BY seq`);
    const straddles = Object.keys(hooks).filter((hook) => {
      const seqs = bySeq.rows.filter((r) => r.webhook_id === hooks[hook].id).map((r) => Number(r.seq));
      return seqs.some((n) => n < 10) && seqs.some((n) => n >= 10);
    });
    expect(straddles.length).toBeGreaterThan(0);
    for (const hook of straddles) {
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: Array<{ id: string }>; next: string | null } = (
          await t.get(`/api/v1/payroll/webhooks/${hooks[hook].id}/deliveries?limit=2${cursor ? `&cursor=${cursor}` : ''}`, tokens.payroll)
        ).body;
        paged.push(...page.items.map((d) => d.id));
        cursor = page.next;
      } while (cursor && paged.length < 100);
      expect([hook, paged]).toEqual([hook, bySeq.rows.filter((r) => r.webhook_id === hooks[hook].id).map((r) => r.id)]);
    }
  });

  it('a receiver failing twice then answering 2xx gets each event three times under one webhook-id: 3 attempts, delivered', async () => {
    expect(receiver.at('/flaky')).toHaveLength(5);
    expect((await deliveries('flaky')).every((d: any) => d.status === 'PENDING' && d.attempts === 1 && d.lastStatusCode === 500)).toBe(true);
    expect(await worker.drain()).toBe(0); // backing off: nothing is due yet
    later(1);
    await worker.drain();
    expect((await deliveries('flaky')).map((d: any) => d.attempts)).toEqual([2, 2, 2, 2, 2]);
    later(1);
    expect(await worker.drain()).toBe(0); // the second backoff is 2 minutes
    later(1);
    expect(await worker.drain()).toBe(5);
    const flaky = await deliveries('flaky');
    expect(flaky.map((d: any) => [d.status, d.attempts, d.lastStatusCode])).toEqual(Array(5).fill(['DELIVERED', 3, 204]));
    const byId = receiver.at('/flaky').filter((d) => d.headers['webhook-id'] === feed[0].id);
    expect(byId).toHaveLength(3);
    for (const d of byId) expect(new Webhook(hooks.flaky.secret).verify(d.body, d.headers)).toEqual(feed[0]);
  }, 60_000);

  it('a receiver that always fails, or never answers within the timeout, ends as a dead letter after the limit', async () => {
    for (const hook of ['down', 'hang']) {
      const dead = await deliveries(hook, '&status=DEAD');
      expect([hook, dead.length]).toEqual([hook, 5]);
      expect(dead.every((d: any) => d.attempts === 3 && d.deadLetteredAt !== null)).toBe(true);
    }
    expect(receiver.at('/down')).toHaveLength(15);
    expect((await deliveries('down'))[0]).toMatchObject({ status: 'DEAD', lastStatusCode: 503, lastError: expect.stringContaining('503') });
    expect((await deliveries('hang'))[0]).toMatchObject({ status: 'DEAD', lastStatusCode: null, lastError: expect.stringContaining('5000 ms') });
    later(24 * 60);
    expect(await worker.drain()).toBe(0);
    expect(receiver.at('/down')).toHaveLength(15);
  });

  it('replay from a feed position redelivers exactly the later events; omitted, all of them', async () => {
    const position = (await t.get('/api/v1/payroll/events?limit=2', tokens.payroll)).body.next;
    const before = receiver.at('/ok').length;
    for (const who of ['employee', 'auditor', 'unitAdmin']) {
      expect((await t.post(`/api/v1/payroll/webhooks/${hooks.ok.id}/replay`, { after: position }, tokens[who])).status).toBe(403);
    }
    const res = await t.post(`/api/v1/payroll/webhooks/${hooks.ok.id}/replay`, { after: position }, tokens.payroll);
    expect([res.status, res.body]).toEqual([202, { webhookId: hooks.ok.id, after: position, enqueued: 3, next: expect.any(String) }]);
    expect(await worker.drain()).toBe(3);
    const replayed = receiver.at('/ok').slice(before);
    expect(replayed.map((d) => d.body).sort()).toEqual(
      feed
        .slice(2)
        .map((e) => JSON.stringify(e))
        .sort(),
    );

    // A dead letter comes back to life with a fresh count when replayed.
    const all = await t.post(`/api/v1/payroll/webhooks/${hooks.down.id}/replay`, {}, tokens.payroll);
    expect(all.body.enqueued).toBe(5);
    expect((await deliveries('down')).every((d: any) => d.status === 'PENDING' && d.attempts === 0)).toBe(true);
    const bad = await t.post(`/api/v1/payroll/webhooks/${hooks.ok.id}/replay`, { after: 'nope' }, tokens.payroll);
    expect([bad.status, bad.body.errors?.[0]?.field]).toEqual([400, 'after']);
    expect((await t.post(`/api/v1/payroll/webhooks/00000000-0000-4000-8000-000000000000/replay`, {}, tokens.payroll)).status).toBe(404);
  });

  it('a deleted webhook receives nothing more and its deliveries are gone', async () => {
    expect((await t.request('DELETE', `/api/v1/payroll/webhooks/${hooks.down.id}`, { token: tokens.auditor })).status).toBe(403);
    expect((await t.request('DELETE', `/api/v1/payroll/webhooks/${hooks.down.id}`, { token: tokens.payroll })).status).toBe(204);
    const seen = receiver.at('/down').length;
    later(60);
    await worker.drain();
    expect(receiver.at('/down')).toHaveLength(seen);
    expect((await t.get(`/api/v1/payroll/webhooks/${hooks.down.id}/deliveries`, tokens.payroll)).status).toBe(404);
    expect((await t.get('/api/v1/payroll/webhooks', tokens.payroll)).body.items.map((w: any) => w.id)).not.toContain(hooks.down.id);
  });
});
