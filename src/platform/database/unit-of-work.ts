import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

interface TxState {
  manager: EntityManager;
  afterCommit: Array<() => void>;
}

/**
 * One command, one transaction. Repositories, the outbox and the audit log all write through
 * `manager`, which is the current transaction's when one is open, so a command's changes, its audit
 * rows and its outgoing events commit or roll back together. A nested `run` joins the open transaction.
 */
@Injectable()
export class UnitOfWork {
  private readonly storage = new AsyncLocalStorage<TxState>();

  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.storage.getStore()?.manager ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return this.storage.getStore() !== undefined;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.inTransaction) return work();
    const afterCommit: Array<() => void> = [];
    const result = await this.dataSource.transaction((manager) => this.storage.run({ manager, afterCommit }, work));
    for (const callback of afterCommit) callback();
    return result;
  }

  /** Runs `callback` once the open transaction commits (at once when none is open). */
  onCommit(callback: () => void): void {
    const state = this.storage.getStore();
    if (state) state.afterCommit.push(callback);
    else callback();
  }

  /** Raw SQL through the current transaction. */
  // Rows are typed by each caller's generic; the `any` default keeps a caller that reads one column brief.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.manager.query(sql, params);
  }
}
