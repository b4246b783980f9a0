import { AggregateRoot } from '../../../../shared-kernel/domain-event';
import { checkRule } from '../../../../shared-kernel/business-rule';
import { WebhookUrlMustBeHttpRule } from '../rules/webhook-url-must-be-http.rule';

export interface PayrollWebhookView {
  id: string;
  url: string;
  createdAt: string;
}

/**
 * A receiver payroll registered for statement versions. Its signing secret is held sealed: whoever reads
 * the aggregate (or the table) cannot sign a delivery; only the sender opens it.
 */
export class PayrollWebhook extends AggregateRoot {
  private constructor(
    readonly id: string,
    readonly url: string,
    readonly sealedSecret: string,
    readonly createdAt: Date,
  ) {
    super();
  }

  static register(id: string, url: string, sealedSecret: string, now: Date): PayrollWebhook {
    checkRule(new WebhookUrlMustBeHttpRule(url));
    // Kept as the URL parser reads it (' HTTP:/host' is http://host/): the address the sender will really call.
    return new PayrollWebhook(id, new URL(url).href, sealedSecret, now);
  }

  static restore(state: { id: string; url: string; sealedSecret: string; createdAt: Date }): PayrollWebhook {
    return new PayrollWebhook(state.id, state.url, state.sealedSecret, state.createdAt);
  }

  toView(): PayrollWebhookView {
    return { id: this.id, url: this.url, createdAt: this.createdAt.toISOString() };
  }
}
