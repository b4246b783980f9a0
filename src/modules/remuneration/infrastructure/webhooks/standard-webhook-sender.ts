import { Inject, Injectable } from '@nestjs/common';
import { Webhook } from 'standardwebhooks';
import { APP_CONFIG, AppConfig } from '../../../../platform/config/app-config';
import { SignedDelivery, WebhookSender } from '../../application/ports/webhook-sender';
import { AttemptOutcome } from '../../domain/webhooks/webhook-delivery';
import { SealedWebhookSecrets } from './sealed-webhook-secrets';

/**
 * Posts a delivery signed per the Standard Webhooks spec. `webhook-timestamp` is the wall-clock moment of
 * sending (receivers reject old ones against their own clock), not the application's business clock. A
 * redirect is not followed: it counts as a failure, so a receiver cannot bounce deliveries elsewhere.
 */
@Injectable()
export class StandardWebhookSender extends WebhookSender {
  constructor(
    private readonly secrets: SealedWebhookSecrets,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async send({ url, sealedSecret, eventId, body }: SignedDelivery): Promise<AttemptOutcome> {
    try {
      const sentAt = new Date();
      const signature = new Webhook(this.secrets.open(sealedSecret)).sign(eventId, sentAt, body);
      const response = await fetch(url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.payrollWebhookTimeoutMs),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'e-performance-payroll-webhooks/1',
          'webhook-id': eventId,
          'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
          'webhook-signature': signature,
        },
        body,
      });
      // The body is not read beyond what frees the connection; receivers answer with a status.
      await response.body?.cancel().catch(() => undefined);
      if (response.status >= 200 && response.status < 300) return { delivered: true, statusCode: response.status };
      return { delivered: false, statusCode: response.status, error: `the receiver answered ${response.status}` };
    } catch (error) {
      // AbortSignal.timeout rejects with a DOMException, which is not always an Error of this realm.
      const reason = (error as { name?: string } | null)?.name === 'TimeoutError' ? `no answer within ${this.config.payrollWebhookTimeoutMs} ms` : describe(error);
      return { delivered: false, statusCode: null, error: reason };
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error))
    return [(error as Error).message, ((error as Error).cause as Error | undefined)?.message].filter(Boolean).join(': ');
  return String(error);
}
