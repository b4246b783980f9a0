export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'DEAD'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface WebhookDeliveryState {
  id: string;
  webhookId: string;
  eventId: string;
  eventType: string;
  subject: string | null;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
  deadLetteredAt: Date | null;
  createdAt: Date;
}

/** What one attempt to hand a statement version to a receiver came to. */
export type AttemptOutcome = { delivered: true; statusCode: number } | { delivered: false; statusCode: number | null; error: string };

const MINUTE = 60_000;
const MAX_BACKOFF = 6 * 60 * MINUTE;

/**
 * Exponential backoff after the n-th failed attempt: 1, 2, 4, 8 … minutes, at most 6 hours, so a receiver
 * that is down for a while is not hammered and one that was briefly down gets its events within minutes.
 */
export function backoffAfter(failedAttempts: number): number {
  return Math.min(MAX_BACKOFF, MINUTE * 2 ** Math.max(0, failedAttempts - 1));
}

/**
 * One statement version on its way to one webhook: PENDING until a receiver answers 2xx (DELIVERED), or
 * DEAD once `maxAttempts` attempts failed; a replay puts it back to PENDING with a fresh count.
 */
export class WebhookDelivery {
  private constructor(private state: WebhookDeliveryState) {}

  static restore(state: WebhookDeliveryState): WebhookDelivery {
    return new WebhookDelivery({ ...state });
  }

  get id(): string {
    return this.state.id;
  }

  get status(): DeliveryStatus {
    return this.state.status;
  }

  /** False when it is no longer pending (delivered or dead-lettered in the meantime): the outcome is dropped. */
  recordAttempt(outcome: AttemptOutcome, now: Date, maxAttempts: number): boolean {
    if (this.state.status !== 'PENDING') return false;
    const attempts = this.state.attempts + 1;
    if (outcome.delivered) {
      this.state = { ...this.state, attempts, status: 'DELIVERED', deliveredAt: now, lastStatusCode: outcome.statusCode, lastError: null };
    } else if (attempts >= maxAttempts) {
      this.state = { ...this.state, attempts, status: 'DEAD', deadLetteredAt: now, lastStatusCode: outcome.statusCode, lastError: outcome.error };
    } else {
      this.state = { ...this.state, attempts, nextAttemptAt: new Date(now.getTime() + backoffAfter(attempts)), lastStatusCode: outcome.statusCode, lastError: outcome.error };
    }
    return true;
  }

  snapshot(): WebhookDeliveryState {
    return { ...this.state };
  }
}
