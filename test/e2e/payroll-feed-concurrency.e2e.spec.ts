import { Client } from 'pg';
import { MonthClose } from '../../src/modules/remuneration/application/close/month-close';
import { OrgBuilder } from '../support/org-builder';
import { untilClosed } from '../support/remuneration';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

const EMPLOYEES = 24;

/**
 * The fault test of the payroll feed: a consumer polls GET /payroll/events over HTTP, passing `next`, while a
 * close and a recomputation commit chunk after chunk side by side. It sees every statement version exactly
 * once, in the feed's commit order, each employee's versions in order.
 */
describe('payroll feed under concurrent close and recompute: every event once, in order', () => {
  let t: TestApp;
  let db: Client;
  let admin: string;
  const clock = new TestClock('2026-08-01T03:00:00Z');

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    admin = await t.adminToken();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    const org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null, { isSatker: true });
    const position = await org.position('STAFF', root.id, null, 'PELAKSANA', 8);
    const people = [];
    for (let i = 0; i < EMPLOYEES; i++) people.push(await org.placed(`Pegawai ${i}`, position.id));
    expect((await t.post('/api/v1/periods/2026-06/close', {}, admin)).status).toBe(202);
    expect((await untilClosed(t, admin, '2026-06')).statementCount).toBe(EMPLOYEES);
    // June's statements become stale (recomputed below, concurrently with July's close, which applies the sanction too).
    for (const p of people) {
      const res = await t.post(
        '/api/v1/sanctions',
        { employeeId: p.id, percent: '10', startMonth: '2026-06', months: 2, reason: 'Hukuman disiplin', decreeNumber: 'KEP-9' },
        admin,
      );
      expect(res.status).toBe(201);
    }
  }, 180_000);
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('a consumer passing next sees each statement version once, in commit order, while chunks of both commit', async () => {
    const seen: any[] = [];
    let cursor: string | null = null;
    let writing = true;
    const poll = async () => {
      const res: any = await t.get(`/api/v1/payroll/events?limit=5${cursor ? `&after=${cursor}` : ''}`, admin);
      expect(res.status).toBe(200);
      seen.push(...res.body.events);
      cursor = res.body.next;
      return res.body.events.length;
    };
    const consumer = (async () => {
      while (writing) if ((await poll()) === 0) await new Promise((r) => setTimeout(r, 5));
    })();
    const close = t.app.get(MonthClose);
    await close.begin('2026-07');
    // Chunks of 3: many small transactions of both writers interleave and commit out of position order.
    await Promise.all([close.finish('2026-07', 3), close.recompute('2026-06', 3)]);
    writing = false;
    await consumer;
    // The feed holds events back while any older transaction on the server runs, other test files' too: an
    // empty page does not mean the end, so drain until every event written has been handed out, then once more.
    const outboxed = (await db.query(`SELECT count(*)::int AS n FROM platform.outbox WHERE type LIKE 'remuneration.allowance-%'`)).rows[0].n;
    const deadline = Date.now() + 60_000;
    while (seen.length < outboxed && Date.now() < deadline) if ((await poll()) === 0) await new Promise((r) => setTimeout(r, 50));
    await poll();

    const written = (await db.query(`SELECT count(*)::int AS n FROM remuneration.statements`)).rows[0].n;
    expect(written).toBe(EMPLOYEES * 3); // June v1 and v2, July v1
    expect(seen).toHaveLength(written);
    expect(new Set(seen.map((e) => e.id)).size).toBe(written);
    const inCommitOrder = (await db.query(`SELECT id FROM platform.outbox WHERE type LIKE 'remuneration.allowance-%' ORDER BY tx_id, position`)).rows.map((r) => r.id);
    expect(seen.map((e) => e.id)).toEqual(inCommitOrder);
    const versions = new Map<string, number[]>();
    for (const e of seen) versions.set(e.subject, [...(versions.get(e.subject) ?? []), e.data.version]);
    for (const [subject, list] of versions) expect([subject, list]).toEqual([subject, subject.endsWith('2026-06') ? [1, 2] : [1]]);
    expect(seen.filter((e) => e.type === 'remuneration.allowance-adjusted.v1')).toHaveLength(EMPLOYEES);
  }, 120_000);
});
