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
const ROWS_PER_STATEMENT = 10000;

@Injectable()
export class Outbox {
  private readonly commitListeners: Array<() => void> = [];

  constructor(
    private readonly uow: UnitOfWork,
    private readonly bus: IntegrationEventBus,
  ) {}

  async publish<T>(event: NewIntegrationEvent<T>): Promise<string> {
    const [id] = await this.publishAll([event]);
    return id;
  }

  /** Every event of a command in one statement; returns their ids in order. */
  async publishAll(events: readonly NewIntegrationEvent<unknown>[]): Promise<string[]> {
    if (events.length === 0) return [];
    const ids: string[] = [];
    for (let start = 0; start < events.length; start += ROWS_PER_STATEMENT) {
      const params: unknown[] = [];
      const rows = events.slice(start, start + ROWS_PER_STATEMENT).map((event, i) => {
        const id = newId();
        ids.push(id);
        params.push(id, event.type, event.source, event.subject ?? null, JSON.stringify(event.data));
        return `($${i * 5 + 1}, $${i * 5 + 2}, $${i * 5 + 3}, $${i * 5 + 4}, $${i * 5 + 5})`;
      });
      await this.uow.query(`INSERT INTO platform.outbox (id, type, source, subject, payload) VALUES ${rows.join(', ')}`, params);
    }
    this.uow.onCommit(() => {
      this.bus.committed(events);
      this.commitListeners.forEach((listener) => listener());
    });
    return ids;
  }

  /** The relay listens here to deliver right after commit instead of waiting for its next poll. */
  onCommitted(listener: () => void): void {
    this.commitListeners.push(listener);
  }
}
