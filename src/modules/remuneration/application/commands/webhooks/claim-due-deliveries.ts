import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '../../../../../shared-kernel/clock';
import { Written, written } from '../../../../../platform/write/written';
import { ClaimedDelivery, WebhookDeliveryRepository } from '../../ports/webhook-delivery-repository';

/** The worker takes the due deliveries it will send, leased long enough to outlast the send's timeout. */
export class ClaimDueDeliveries {
  constructor(
    readonly limit: number,
    readonly leaseMs: number,
  ) {}
}

@CommandHandler(ClaimDueDeliveries)
export class ClaimDueDeliveriesHandler implements ICommandHandler<ClaimDueDeliveries> {
  constructor(
    private readonly deliveries: WebhookDeliveryRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ limit, leaseMs }: ClaimDueDeliveries): Promise<Written<ClaimedDelivery[]>> {
    const now = this.clock.now();
    return written(await this.deliveries.claimDue(now, new Date(now.getTime() + leaseMs), limit));
  }
}
