import { Injectable } from '@nestjs/common';
import { newId } from '../../shared-kernel/ids';
import { UnitOfWork } from '../database/unit-of-work';
import { IntegrationEventBus } from './integration-event-bus';

export interface NewIntegrationEvent<T> {
  type: string;
  source: string;
  subject?: string;
  data: T;
}

/**
 * Writes integration events into the outbox table inside the command's transaction, so an event exists
 * exactly when the change it reports was committed. The relay delivers it afterwards.
 */
/** PostgreSQL takes at most 65,535 parameters in one statement. */
export const OUTBOX_ROWS_PER_STATEMENT = 10000;
const ROWS_PER_STATEMENT = OUTBOX_ROWS_PER_STATEMENT;

@Injectable()
export class Outbox {
  private readonly commitListeners: Array<() => void> = [];

  constructor(
    private readonly uow: UnitOfWork,
    private readonly bus: IntegrationEventBus,
  ) {}

  /** Every event of a command in one statement; returns their ids in order. */
  async publishAll(events: readonly NewIntegrationEvent<unknown>[]): Promise<string[]> {
    if (events.length === 0) return [];
    const ids: string[] = [];
    for (let start = 0; start < events.length; start += ROWS_PER_STATEMENT) {
      const insert = this.insertOf(events.slice(start, start + ROWS_PER_STATEMENT));
      ids.push(...insert.ids);
      await this.uow.query(insert.sql, insert.params);
    }
    this.announceOnCommit(events);
    return ids;
  }

  /**
   * The INSERT of up to ROWS_PER_STATEMENT events, its parameters numbered from `offset + 1`, for a caller
   * that sends it together with another statement of the same command (and then calls announceOnCommit).
   */
  insertOf(events: readonly NewIntegrationEvent<unknown>[], offset = 0): { sql: string; params: unknown[]; ids: string[] } {
    if (events.length === 0 || events.length > ROWS_PER_STATEMENT) throw new Error(`insertOf takes 1–${ROWS_PER_STATEMENT} events`);
    const ids: string[] = [];
    const params: unknown[] = [];
    const rows = events.map((event, i) => {
      const id = newId();
      ids.push(id);
      params.push(id, event.type, event.source, event.subject ?? null, JSON.stringify(event.data));
      const at = offset + i * 5;
      return `($${at + 1}, $${at + 2}, $${at + 3}, $${at + 4}, $${at + 5})`;
    });
    return { sql: `INSERT INTO platform.outbox (id, type, source, subject, payload) VALUES ${rows.join(', ')}`, params, ids };
  }

  /** Once the transaction that wrote these events commits: this process's caches, then the relay. */
  announceOnCommit(events: readonly NewIntegrationEvent<unknown>[]): void {
    this.uow.onCommit(() => {
      this.bus.committed(events);
      this.commitListeners.forEach((listener) => listener());
    });
  }

  /** The relay listens here to deliver right after commit instead of waiting for its next poll. */
  onCommitted(listener: () => void): void {
    this.commitListeners.push(listener);
  }
}
