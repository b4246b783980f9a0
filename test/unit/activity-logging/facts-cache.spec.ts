import { FactsCache } from '../../../src/modules/activity-logging/application/facts-cache';

describe('FactsCache', () => {
  const answer = (value: string) => async (missing: Array<readonly [string, string]>) => new Map(missing.map(([g, k]) => [`${g}|${k}`, `${value}:${g}|${k}`]));

  it('asks once, then answers from memory until the group is forgotten', async () => {
    const cache = new FactsCache<string>({ ttlMs: 60_000, maxEntries: 100 });
    let asked = 0;
    const fetch = async (missing: Array<readonly [string, string]>) => {
      asked += missing.length;
      return answer('v1')(missing);
    };
    expect((await cache.getMany([['emp-1', '2026-06-15']], fetch)).get('emp-1|2026-06-15')).toBe('v1:emp-1|2026-06-15');
    await cache.getMany([['emp-1', '2026-06-15']], fetch);
    expect(asked).toBe(1);
    cache.forget('emp-1');
    expect((await cache.getMany([['emp-1', '2026-06-15']], answer('v2'))).get('emp-1|2026-06-15')).toBe('v2:emp-1|2026-06-15');
  });

  it('does not keep an answer read while a change was announced: it may predate the change', async () => {
    const cache = new FactsCache<string>({ ttlMs: 60_000, maxEntries: 100 });
    await cache.getMany([['emp-1', 'k']], async (missing) => {
      cache.forget('emp-1');
      return answer('old')(missing);
    });
    expect((await cache.getMany([['emp-1', 'k']], answer('new'))).get('emp-1|k')).toBe('new:emp-1|k');
  });

  it('keeps what it is told to keep, and starts afresh at its size limit', async () => {
    const cache = new FactsCache<string>({ ttlMs: 60_000, maxEntries: 2, keep: (v) => !v.includes('skip') });
    await cache.getMany([['g', 'skip']], answer('a'));
    expect((await cache.getMany([['g', 'skip']], answer('b'))).get('g|skip')).toBe('b:g|skip');
    await cache.getMany(
      [
        ['g', '1'],
        ['g', '2'],
      ],
      answer('a'),
    );
    await cache.getMany([['g', '3']], answer('a'));
    expect((await cache.getMany([['g', '1']], answer('c'))).get('g|1')).toBe('c:g|1');
  });
});
