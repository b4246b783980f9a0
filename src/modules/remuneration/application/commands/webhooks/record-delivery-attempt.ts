import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '../../../../../shared-kernel/clock';
import { APP_CONFIG, AppConfig } from '../../../../../platform/config/app-config';
import { Written, written } from '../../../../../platform/write/written';
import { AttemptOutcome, DeliveryStatus } from '../../../domain/webhooks/webhook-delivery';
import { WebhookDeliveryRepository } from '../../ports/webhook-delivery-repository';

export class RecordDeliveryAttempt {
  constructor(
    readonly deliveryId: string,
    readonly outcome: AttemptOutcome,
  ) {}
}

/** The delivery's status after the attempt; null when the webhook was deleted meanwhile. */
@CommandHandler(RecordDeliveryAttempt)
export class RecordDeliveryAttemptHandler implements ICommandHandler<RecordDeliveryAttempt> {
  constructor(
    private readonly deliveries: WebhookDeliveryRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ deliveryId, outcome }: RecordDeliveryAttempt): Promise<Written<DeliveryStatus | null>> {
    const delivery = await this.deliveries.find(deliveryId);
    if (!delivery) return written(null);
    if (delivery.recordAttempt(outcome, this.clock.now(), this.config.payrollWebhookMaxAttempts)) await this.deliveries.save(delivery);
    return written(delivery.status);
  }
}
