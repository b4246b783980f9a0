import { AttemptOutcome } from '../../domain/webhooks/webhook-delivery';

export interface SignedDelivery {
  url: string;
  sealedSecret: string;
  /** `webhook-id`: the event id, the same on every retry and replay, so receivers dedupe by it. */
  eventId: string;
  /** The CloudEvent JSON exactly as GET /payroll/events returns it. */
  body: string;
}

/** Signs (Standard Webhooks) and posts one delivery; never throws: a failure is an outcome. */
export abstract class WebhookSender {
  abstract send(delivery: SignedDelivery): Promise<AttemptOutcome>;
}
