import { PayrollWebhook } from '../../domain/webhooks/payroll-webhook';

export abstract class PayrollWebhookRepository {
  abstract add(webhook: PayrollWebhook): Promise<void>;

  abstract find(id: string): Promise<PayrollWebhook | null>;

  /** Its deliveries go with it. */
  abstract remove(id: string): Promise<void>;

  abstract allIds(): Promise<string[]>;
}
