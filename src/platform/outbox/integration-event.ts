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

export type IntegrationEventHandler<T = unknown> = (event: IntegrationEvent<T>) => Promise<void>;
