import { Injectable } from '@nestjs/common';
import { newId } from '../../shared-kernel/ids';
import { UnitOfWork } from '../database/unit-of-work';

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
@Injectable()
export class Outbox {
  private readonly commitListeners: Array<() => void> = [];

  constructor(private readonly uow: UnitOfWork) {}

  async publish<T>(event: NewIntegrationEvent<T>): Promise<string> {
    const id = newId();
    await this.uow.query(
      `INSERT INTO platform.outbox (id, type, source, subject, payload) VALUES ($1, $2, $3, $4, $5)`,
      [id, event.type, event.source, event.subject ?? null, JSON.stringify(event.data)],
    );
    this.uow.onCommit(() => this.commitListeners.forEach((listener) => listener()));
    return id;
  }

  /** The relay listens here to deliver right after commit instead of waiting for its next poll. */
  onCommitted(listener: () => void): void {
    this.commitListeners.push(listener);
  }
}
