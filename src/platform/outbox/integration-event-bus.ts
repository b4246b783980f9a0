import { Injectable } from '@nestjs/common';
import { IntegrationEventHandler } from './integration-event';

interface Subscription {
  name: string;
  handler: IntegrationEventHandler<any>;
}

/** Who receives which integration event type. Each subscription has a stable name: its inbox key. */
@Injectable()
export class IntegrationEventBus {
  private readonly subscriptions = new Map<string, Subscription[]>();

  subscribe<T>(eventType: string, name: string, handler: IntegrationEventHandler<T>): void {
    const list = this.subscriptions.get(eventType) ?? [];
    if (list.some((s) => s.name === name)) throw new Error(`Duplicate subscription ${name} to ${eventType}`);
    list.push({ name, handler });
    this.subscriptions.set(eventType, list);
  }

  subscribersOf(eventType: string): Subscription[] {
    return this.subscriptions.get(eventType) ?? [];
  }
}
