import { WebhookDelivery } from '../../domain/webhooks/webhook-delivery';

/** An event a webhook is to receive: what the delivery row keeps of it (its body is read from the event log when sent). */
export interface DeliverableEvent {
  id: string;
  type: string;
  subject: string | null;
}

/** A due delivery, leased to the worker that claimed it. */
export interface ClaimedDelivery {
  id: string;
  eventId: string;
  url: string;
  sealedSecret: string;
}

export abstract class WebhookDeliveryRepository {
  /**
   * One PENDING delivery per (webhook, event), due at `now`, in the order given. `replay`: an existing one is
   * put back to PENDING with a fresh attempt count; otherwise it is left as it is. Returns how many were
   * added or put back.
   */
  abstract enqueue(webhookIds: string[], events: DeliverableEvent[], now: Date, replay: boolean): Promise<number>;

  /**
   * Up to `limit` due PENDING deliveries, oldest first, leased until `leaseUntil` (a process that dies while
   * sending lets them fall due again). Deliveries another worker holds are skipped.
   */
  abstract claimDue(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedDelivery[]>;

  abstract find(id: string): Promise<WebhookDelivery | null>;

  abstract save(delivery: WebhookDelivery): Promise<void>;
}
