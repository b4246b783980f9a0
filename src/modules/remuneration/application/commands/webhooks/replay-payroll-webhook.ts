import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '../../../../../shared-kernel/clock';
import { DomainError } from '../../../../../shared-kernel/domain-error';
import { Written, written } from '../../../../../platform/write/written';
import { PayrollEvents } from '../../queries/payroll-events';
import { PayrollWebhookRepository } from '../../ports/payroll-webhook-repository';
import { WebhookDeliveryRepository } from '../../ports/webhook-delivery-repository';

/** Sends again every statement version after a feed position (`after`: a `next` of GET /payroll/events; null: all). */
export class ReplayPayrollWebhook {
  constructor(
    readonly webhookId: string,
    readonly after: string | null,
  ) {}
}

export interface ReplayOutcome {
  webhookId: string;
  after: string | null;
  enqueued: number;
  /** The feed position the replay reached: a later replay from here sends only what came after. */
  next: string | null;
}

const PAGE = 1000;

@CommandHandler(ReplayPayrollWebhook)
export class ReplayPayrollWebhookHandler implements ICommandHandler<ReplayPayrollWebhook> {
  constructor(
    private readonly webhooks: PayrollWebhookRepository,
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly events: PayrollEvents,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ webhookId, after }: ReplayPayrollWebhook): Promise<Written<ReplayOutcome>> {
    if (!(await this.webhooks.find(webhookId))) throw DomainError.notFound('Webhook', webhookId);
    const now = this.clock.now();
    let enqueued = 0;
    let cursor = after;
    for (;;) {
      const page = await this.events.page(cursor ?? undefined, PAGE);
      if (page.events.length > 0) enqueued += await this.deliveries.enqueue([webhookId], page.events, now, true);
      cursor = page.next;
      if (page.events.length < PAGE) break;
    }
    const outcome = { webhookId, after, enqueued, next: cursor };
    return written(outcome, { audit: [{ action: 'ReplayPayrollWebhook', targetType: 'PayrollWebhook', targetId: webhookId, after: outcome }] });
  }
}
