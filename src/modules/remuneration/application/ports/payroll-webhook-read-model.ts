import { PayrollWebhookView } from '../../domain/webhooks/payroll-webhook';
import { DeliveryStatus } from '../../domain/webhooks/webhook-delivery';

export interface WebhookDeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  subject: string | null;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  deadLetteredAt: string | null;
  createdAt: string;
  /** Paging key. */
  seq: string;
}

export abstract class PayrollWebhookReadModel {
  /** Oldest first; never the secret. */
  abstract webhooks(): Promise<PayrollWebhookView[]>;

  abstract webhook(id: string): Promise<PayrollWebhookView | null>;

  /** In the order they were enqueued, after `afterSeq`; one more than `limit` tells a next page exists. */
  abstract deliveries(webhookId: string, filter: { status?: DeliveryStatus; afterSeq: string | null; limit: number }): Promise<WebhookDeliveryView[]>;
}
