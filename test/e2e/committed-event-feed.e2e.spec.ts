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

  const publish = (n: number) => uow.run(() => t.app.get(Outbox).publishAll([{ type: TYPE, source: 'test', subject: `s-${n}`, data: { n } }]));
  const readAll = async (after?: string) => {
    const seen: number[] = [];
    let cursor = after;
    for (;;) {
      const page = await feed.read([TYPE], cursor, 7);
      seen.push(...page.events.map((e) => (e.data as { n: number }).n));
      if (page.events.length === 0) return { seen, next: page.next ?? undefined };
      cursor = page.next ?? undefined;
    }
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
    const after = await readAll(early.next);
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

  it('a cursor the feed did not issue is a 400 naming `after`', async () => {
    await expect(feed.read([TYPE], 'not-a-cursor', 10)).rejects.toMatchObject({ status: 400, code: 'INVALID_CURSOR' });
  });
});
