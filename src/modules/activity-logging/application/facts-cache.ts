/**
 * Facts that change rarely, kept per group (an employee, or a unit) and forgotten when an integration
 * event says they changed. A load that overlapped a change is not kept: a reader that started before a
 * writer committed may hold the old value, and must not store it after the change was announced. The time
 * limit bounds what no event of this process announces (writes by another instance); the size limit
 * bounds memory, by starting afresh when it is reached.
 */
export class FactsCache<V> {
  private readonly groups = new Map<string, Map<string, { value: V; until: number }>>();
  private entries = 0;
  private changes = 0;

  constructor(private readonly options: { ttlMs: number; maxEntries: number; keep?: (value: V) => boolean }) {}

  /** The value of each (group, key), asking `fetch` for those not held; `fetch` answers by `group|key`. */
  async getMany(wanted: ReadonlyArray<readonly [string, string]>, fetch: (missing: Array<readonly [string, string]>) => Promise<Map<string, V>>): Promise<Map<string, V>> {
    const now = Date.now();
    const found = new Map<string, V>();
    const missing = new Map<string, readonly [string, string]>();
    for (const [group, key] of wanted) {
      const held = this.groups.get(group)?.get(key);
      if (held && held.until > now) found.set(`${group}|${key}`, held.value);
      else missing.set(`${group}|${key}`, [group, key]);
    }
    if (missing.size === 0) return found;
    const changesBefore = this.changes;
    const fetched = await fetch([...missing.values()]);
    const keep = this.changes === changesBefore;
    if (keep && this.entries + missing.size > this.options.maxEntries) this.forgetAll();
    for (const [group, key] of missing.values()) {
      const value = fetched.get(`${group}|${key}`) as V;
      found.set(`${group}|${key}`, value);
      if (!keep || (this.options.keep && !this.options.keep(value))) continue;
      const held = this.groups.get(group) ?? this.groups.set(group, new Map()).get(group)!;
      if (!held.has(key)) this.entries++;
      held.set(key, { value, until: now + this.options.ttlMs });
    }
    return found;
  }

  forget(group: string): void {
    this.changes++;
    this.entries -= this.groups.get(group)?.size ?? 0;
    this.groups.delete(group);
  }

  forgetAll(): void {
    this.changes++;
    this.entries = 0;
    this.groups.clear();
  }
}
