import { Injectable } from '@nestjs/common';
import { IntegrationEventHandler } from './integration-event';
import type { NewIntegrationEvent } from './outbox';

interface Subscription {
  name: string;
  handler: IntegrationEventHandler<unknown>;
}

export type CommittedEventWatcher<T> = (event: NewIntegrationEvent<T>) => void;

/** Who receives which integration event type. Each subscription has a stable name: its inbox key. */
@Injectable()
export class IntegrationEventBus {
  private readonly subscriptions = new Map<string, Subscription[]>();
  private readonly watchers = new Map<string, CommittedEventWatcher<unknown>[]>();

  /**
   * In-process caches watch the events this process commits: told synchronously right after the commit,
   * before the writer's caller is answered, so the next request never reads what a committed write changed.
   * Not durable and not seen by other instances; for work that must happen, `subscribe`.
   */
  watch<T>(eventType: string, watcher: CommittedEventWatcher<T>): void {
    // The event type names the payload's contract, so a watcher of that type is given only payloads of its T.
    this.watchers.set(eventType, [...(this.watchers.get(eventType) ?? []), watcher as CommittedEventWatcher<unknown>]);
  }

  /** Called by the outbox once the transaction that wrote these events has committed. */
  committed(events: readonly NewIntegrationEvent<unknown>[]): void {
    for (const event of events) for (const watcher of this.watchers.get(event.type) ?? []) watcher(event);
  }

  subscribe<T>(eventType: string, name: string, handler: IntegrationEventHandler<T>): void {
    const list = this.subscriptions.get(eventType) ?? [];
    if (list.some((s) => s.name === name)) throw new Error(`Duplicate subscription ${name} to ${eventType}`);
    list.push({ name, handler: handler as IntegrationEventHandler<unknown> });
    this.subscriptions.set(eventType, list);
  }

  subscribersOf(eventType: string): Subscription[] {
    return this.subscriptions.get(eventType) ?? [];
  }
}
