import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

interface TxState {
  manager: EntityManager;
  afterCommit: Array<() => void | Promise<void>>;
  afterRollback: Array<() => void | Promise<void>>;
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
    const afterCommit: TxState['afterCommit'] = [];
    const afterRollback: TxState['afterRollback'] = [];
    let result: T;
    try {
      result = await this.dataSource.transaction((manager) => this.storage.run({ manager, afterCommit, afterRollback }, work));
    } catch (error) {
      for (const callback of afterRollback) await callback();
      throw error;
    }
    // Awaited, so that what the caller sees next (a response, a file on disk) already reflects them.
    for (const callback of afterCommit) await callback();
    return result;
  }

  /** Runs `callback` once the open transaction commits (at once when none is open); it must not throw. */
  onCommit(callback: () => void | Promise<void>): void {
    const state = this.storage.getStore();
    if (state) state.afterCommit.push(callback);
    else void callback();
  }

  /**
   * Runs `callback` if the open transaction rolls back: undoes what the database cannot, such as a file
   * written for a row that will never exist. Nothing to undo when no transaction is open. It must not throw.
   */
  onRollback(callback: () => void | Promise<void>): void {
    this.storage.getStore()?.afterRollback.push(callback);
  }

  /** Raw SQL through the current transaction. */
  // Rows are typed by each caller's generic; the `any` default keeps a caller that reads one column brief.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.manager.query(sql, params);
  }
}
