import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '../../../../../shared-kernel/clock';
import { Written, written } from '../../../../../platform/write/written';
import { PayrollWebhookRepository } from '../../ports/payroll-webhook-repository';
import { DeliverableEvent, WebhookDeliveryRepository } from '../../ports/webhook-delivery-repository';

/** A statement version left the outbox: one delivery of it for every webhook (once, however often the event arrives). */
export class EnqueuePayrollDeliveries {
  constructor(readonly event: DeliverableEvent) {}
}

@CommandHandler(EnqueuePayrollDeliveries)
export class EnqueuePayrollDeliveriesHandler implements ICommandHandler<EnqueuePayrollDeliveries> {
  constructor(
    private readonly webhooks: PayrollWebhookRepository,
    private readonly deliveries: WebhookDeliveryRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ event }: EnqueuePayrollDeliveries): Promise<Written<number>> {
    const webhookIds = await this.webhooks.allIds();
    // The system's own bookkeeping, one row per receiver and event: the audit trail is the webhook's registration.
    return written(webhookIds.length === 0 ? 0 : await this.deliveries.enqueue(webhookIds, [event], this.clock.now(), false));
  }
}
