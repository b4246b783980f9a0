import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '../../../../../shared-kernel/clock';
import { newId } from '../../../../../shared-kernel/ids';
import { Written, written } from '../../../../../platform/write/written';
import { PayrollWebhook, PayrollWebhookView } from '../../../domain/webhooks/payroll-webhook';
import { PayrollWebhookRepository } from '../../ports/payroll-webhook-repository';
import { WebhookSecrets } from '../../ports/webhook-secrets';

/** Not idempotent on purpose: a replayed answer would have to keep the secret in the clear. */
export class RegisterPayrollWebhook {
  constructor(readonly url: string) {}
}

export type RegisteredWebhook = PayrollWebhookView & { secret: string };

@CommandHandler(RegisterPayrollWebhook)
export class RegisterPayrollWebhookHandler implements ICommandHandler<RegisterPayrollWebhook> {
  constructor(
    private readonly webhooks: PayrollWebhookRepository,
    private readonly secrets: WebhookSecrets,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ url }: RegisterPayrollWebhook): Promise<Written<RegisteredWebhook>> {
    const secret = this.secrets.generate();
    const webhook = PayrollWebhook.register(newId(), url, this.secrets.seal(secret), this.clock.now());
    await this.webhooks.add(webhook);
    const view = webhook.toView();
    return written({ ...view, secret }, { audit: [{ action: 'RegisterPayrollWebhook', targetType: 'PayrollWebhook', targetId: view.id, after: view }] });
  }
}
