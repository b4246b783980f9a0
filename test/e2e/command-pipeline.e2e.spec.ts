import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Client } from 'pg';
import { UnitOfWork } from '../../src/platform/database/unit-of-work';
import { IdempotencyKey, IdempotentCommand } from '../../src/platform/http/idempotency';
import { CommandPipeline } from '../../src/platform/write/command-pipeline';
import { IntegrationEventTranslators } from '../../src/platform/write/integration-event-translators';
import { Written, written } from '../../src/platform/write/written';
import { DomainEvent } from '../../src/shared-kernel/domain-event';
import { startTestApp, TestApp } from '../support/test-app';

interface ThingNamed extends DomainEvent {
  type: 'ThingNamed';
  thingId: string;
  name: string;
}

/** A write of the shape every module's handlers have, so the pipeline is tested apart from any one module. */
class NameThing implements IdempotentCommand {
  constructor(
    readonly thingId: string,
    readonly names: string[],
    readonly behaviour: 'ok' | 'throw-after-write' | 'untranslated' | 'not-written' = 'ok',
    readonly idempotency: IdempotencyKey = { scope: 'test.name-thing', key: undefined, request: names },
  ) {}
}

let handled = 0;

@CommandHandler(NameThing)
class NameThingHandler implements ICommandHandler<NameThing> {
  constructor(private readonly uow: UnitOfWork) {}

  async execute({ thingId, names, behaviour }: NameThing): Promise<Written<{ thingId: string; handled: number }>> {
    handled++;
    // Stands in for the repository's save: a row in the same transaction as the audit and outbox rows.
    await this.uow.query(`INSERT INTO platform.idempotency_keys (scope, key, status, body) VALUES ('test.saved', $1, 200, '{}')`, [`${thingId}:${handled}`]);
    if (behaviour === 'throw-after-write') throw new Error('the aggregate refused');
    if (behaviour === 'not-written') return { thingId } as never;
    const events: DomainEvent[] = names.map((name): ThingNamed => ({ type: 'ThingNamed', thingId, name }));
    if (behaviour === 'untranslated') events.push({ type: 'NobodyTranslatesMe' });
    return written({ thingId, handled }, { audit: names.map((name) => ({ action: 'NameThing', targetType: 'Thing', targetId: thingId, reason: name, after: { name } })), events });
  }
}

describe('the command pipeline: one transaction, audit rows and outbox rows for every write', () => {
  let t: TestApp;
  let db: Client;
  let pipeline: CommandPipeline;

  beforeAll(async () => {
    t = await startTestApp({}, { providers: [NameThingHandler] });
    t.app.get(IntegrationEventTranslators).register<ThingNamed>('ThingNamed', (e) => ({ type: 'test.thing-named.v1', source: 'test', subject: e.thingId, data: { name: e.name } }));
    pipeline = t.app.get(CommandPipeline);
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  const rows = async (thingId: string) => ({
    saved: (await db.query(`SELECT key FROM platform.idempotency_keys WHERE scope = 'test.saved' AND key LIKE $1`, [`${thingId}:%`])).rowCount,
    audit: (await db.query(`SELECT reason FROM platform.audit_log WHERE target_id = $1 ORDER BY id`, [thingId])).rows.map((r) => r.reason),
    outbox: (await db.query(`SELECT type, subject, payload FROM platform.outbox WHERE subject = $1 ORDER BY position`, [thingId])).rows,
  });

  it('writes the change, every audit row and every translated event together and returns the result', async () => {
    const result = await pipeline.execute<{ thingId: string }>(new NameThing('thing-1', ['first', 'second']));
    expect(result.thingId).toBe('thing-1');
    const after = await rows('thing-1');
    expect(after.saved).toBe(1);
    expect(after.audit).toEqual(['first', 'second']);
    expect(after.outbox).toEqual([
      { type: 'test.thing-named.v1', subject: 'thing-1', payload: { name: 'first' } },
      { type: 'test.thing-named.v1', subject: 'thing-1', payload: { name: 'second' } },
    ]);
  });

  it('a handler that fails leaves neither its change, nor audit rows, nor events', async () => {
    await expect(pipeline.execute(new NameThing('thing-2', ['x'], 'throw-after-write'))).rejects.toThrow('the aggregate refused');
    expect(await rows('thing-2')).toEqual({ saved: 0, audit: [], outbox: [] });
  });

  it('an event no module translates is refused loudly, and the write rolls back instead of losing it', async () => {
    await expect(pipeline.execute(new NameThing('thing-3', ['x'], 'untranslated'))).rejects.toThrow('NobodyTranslatesMe has no integration event translator');
    expect(await rows('thing-3')).toEqual({ saved: 0, audit: [], outbox: [] });
  });

  it('a handler that does not return written(...) is a programming error, rolled back', async () => {
    await expect(pipeline.execute(new NameThing('thing-4', ['x'], 'not-written'))).rejects.toThrow('must return written(result');
    expect((await rows('thing-4')).saved).toBe(0);
  });

  it('an idempotent retry returns the first result without running the handler again', async () => {
    const key = { scope: 'test.name-thing', key: 'retry-1', request: ['once'] };
    const first = await pipeline.execute<{ handled: number }>(new NameThing('thing-5', ['once'], 'ok', key));
    const again = await pipeline.execute<{ handled: number }>(new NameThing('thing-5', ['once'], 'ok', key));
    expect(again).toEqual(first);
    expect(await rows('thing-5')).toMatchObject({ saved: 1, audit: ['once'] });
  });

  it('a bulk write of many rows is one audit INSERT and one outbox INSERT', async () => {
    const names = Array.from({ length: 300 }, (_, i) => `n${i}`);
    const statements: string[] = [];
    const uow = t.app.get(UnitOfWork);
    const query = uow.query.bind(uow);
    uow.query = (sql: string, params?: unknown[]) => {
      statements.push(sql);
      return query(sql, params);
    };
    try {
      await pipeline.execute(new NameThing('thing-6', names));
    } finally {
      uow.query = query;
    }
    expect(statements.filter((s) => s.includes('INSERT INTO platform.audit_log'))).toHaveLength(1);
    expect(statements.filter((s) => s.includes('INSERT INTO platform.outbox'))).toHaveLength(1);
    const after = await rows('thing-6');
    expect(after.audit).toHaveLength(300);
    expect(after.outbox).toHaveLength(300);
  });
});
