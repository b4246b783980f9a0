/**
 * A fact one module tells the others (or payroll), delivered at least once through the outbox.
 * `id` is stable across redelivery, so receivers dedupe by it.
 */
export interface IntegrationEvent<T = unknown> {
  id: string;
  type: string;
  source: string;
  subject: string | null;
  occurredAt: string;
  data: T;
}

/**
 * How an event reached its subscriber. `transactionId`: the transaction that wrote it (a PostgreSQL xid8, as
 * text), so that a receiver can tell whether a snapshot it took earlier already saw what that transaction did.
 */
export interface EventDelivery {
  transactionId: string;
}

export type IntegrationEventHandler<T = unknown> = (event: IntegrationEvent<T>, delivery: EventDelivery) => Promise<void>;
