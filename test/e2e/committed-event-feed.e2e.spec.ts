import { Client } from 'pg';
import { UnitOfWork } from '../../src/platform/database/unit-of-work';
import { CommittedEventFeed } from '../../src/platform/outbox/committed-event-feed';
import { Outbox } from '../../src/platform/outbox/outbox';
import { startTestApp, TestApp } from '../support/test-app';

/** The feed payroll polls: commit order, never a skipped event, never one twice. */
describe('committed event feed: a consumer passing `next` sees every event once, in commit order', () => {
  let t: TestApp;
  let feed: CommittedEventFeed;
  let uow: UnitOfWork;
  const TYPE = 'test.feed.v1';

  const publish = (n: number, type = TYPE) => uow.run(() => t.app.get(Outbox).publishAll([{ type, source: 'test', subject: `s-${n}`, data: { n } }]));
  const readAll = async (after?: string, type = TYPE) => {
    const seen: number[] = [];
    let cursor = after;
    for (;;) {
      const page = await feed.read([type], cursor, 7);
      seen.push(...page.events.map((e) => (e.data as { n: number }).n));
      if (page.events.length === 0) return { seen, next: page.next ?? undefined };
      cursor = page.next ?? undefined;
    }
  };
  /**
   * Reads `type` on from `after` until `count` events came: a transaction running in another test file's database
   * holds the cluster's oldest snapshot back and with it the feed, for a moment.
   */
  const readUntil = async (type: string, count: number, after?: string) => {
    const seen: number[] = [];
    let cursor = after;
    for (let i = 0; i < 200 && seen.length < count; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 50));
      const page = await readAll(cursor, type);
      seen.push(...page.seen);
      cursor = page.next;
    }
    return { seen, next: cursor };
  };

  beforeAll(async () => {
    t = await startTestApp();
    feed = t.app.get(CommittedEventFeed);
    uow = t.app.get(UnitOfWork);
  });
  afterAll(() => t.close());

  it('an event whose transaction commits late is not skipped: the feed waits for it, then hands out both in commit order', async () => {
    const late = new Client({ connectionString: t.databaseUrl });
    await late.connect();
    await late.query('BEGIN');
    // Takes its position first, commits last.
    await late.query(`INSERT INTO platform.outbox (id, type, source, subject, payload) VALUES (gen_random_uuid(), $1, 'test', 's-1', '{"n": 1}')`, [TYPE]);
    await publish(2);
    const early = await readAll();
    expect(early.seen).toEqual([]); // 2 committed, but 1 might still land before it: nothing is handed out yet
    await late.query('COMMIT');
    await late.end();
    const after = await readUntil(TYPE, 2, early.next);
    expect(after.seen).toEqual([1, 2]);
    expect((await readAll(after.next)).seen).toEqual([]);
    expect((await feed.read([TYPE], after.next, 10)).next).toBe(after.next);
  });

  it('a consumer polling while many writers commit concurrently sees every event exactly once, in order', async () => {
    const seen: number[] = [];
    let cursor: string | undefined = (await readAll()).next;
    let writing = true;
    const consumer = (async () => {
      while (writing || seen.length < 60) {
        const page = await feed.read([TYPE], cursor, 5);
        seen.push(...page.events.map((e) => (e.data as { n: number }).n));
        cursor = page.next ?? undefined;
        if (page.events.length === 0) await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const writers = Array.from({ length: 60 }, (_, i) =>
      uow.run(async () => {
        await t.app.get(Outbox).publishAll([{ type: TYPE, source: 'test', subject: `w-${i}`, data: { n: 100 + i } }]);
        await new Promise((r) => setTimeout(r, (i * 7) % 23)); // commit in an order unlike the positions
      }),
    );
    await Promise.all(writers);
    writing = false;
    await consumer;
    expect(seen).toHaveLength(60);
    expect(new Set(seen).size).toBe(60);
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => 100 + i));
  });

  // The flake of remuneration-corrections (A's June as versions 7, 8, 9, 1, …, 6): ordered as text, a transaction
  // id or position with one more digit sorted first, and the cursor, compared as numbers, handed events out twice.
  it('transactions on either side of a power of ten come out in commit order, each once', async () => {
    const type = 'test.feed-transactions.v1';
    const admin = new Client({ connectionString: t.databaseUrl });
    await admin.connect();
    try {
      await publish(201, type);
      const [{ tx }] = (await admin.query(`SELECT tx_id::text AS tx FROM platform.outbox WHERE type = $1 AND payload->>'n' = '201'`, [type])).rows;
      const powerOfTen = `1${'0'.repeat(tx.length)}`;
      // Every pass of the loop takes a transaction id and commits, so the next writer's id has one digit more.
      await admin.query(`DO $$ BEGIN WHILE pg_current_xact_id() < '${powerOfTen}'::xid8 LOOP COMMIT; END LOOP; END $$`);
      await publish(202, type);
      await publish(203, type);
      const ids = (await admin.query(`SELECT tx_id::text AS tx FROM platform.outbox WHERE type = $1 AND payload->>'n' IN ('201', '202') ORDER BY tx_id`, [type])).rows;
      expect(ids.map((r) => r.tx.length)).toEqual([tx.length, tx.length + 1]);
    } finally {
      await admin.end();
    }
    const after = await readUntil(type, 3);
    expect(after.seen).toEqual([201, 202, 203]);
    expect((await readAll(after.next, type)).seen).toEqual([]);
  });

  it('positions on either side of a power of ten within one transaction come out in order, each once', async () => {
    const type = 'test.feed-positions.v1';
    const admin = new Client({ connectionString: t.databaseUrl });
    await admin.connect();
    try {
      const [{ at }] = (await admin.query(`SELECT last_value::text AS at FROM platform.outbox_position_seq`)).rows;
      const powerOfTen = 10n ** BigInt(at.length + 1);
      await admin.query(`SELECT setval('platform.outbox_position_seq', $1)`, [String(powerOfTen - 3n)]);
    } finally {
      await admin.end();
    }
    await uow.run(() => t.app.get(Outbox).publishAll([301, 302, 303, 304, 305].map((n) => ({ type, source: 'test', subject: `p-${n}`, data: { n } }))));
    const after = await readUntil(type, 5);
    expect(after.seen).toEqual([301, 302, 303, 304, 305]);
    expect((await readAll(after.next, type)).seen).toEqual([]);
  });

  it('a cursor the feed did not issue is a 400 naming `after`', async () => {
    await expect(feed.read([TYPE], 'not-a-cursor', 10)).rejects.toMatchObject({ status: 400, code: 'INVALID_CURSOR' });
  });
});
