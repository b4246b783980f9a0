import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../../shared-kernel/domain-error';
import { Written, written } from '../../../../../platform/write/written';
import { PayrollWebhookRepository } from '../../ports/payroll-webhook-repository';

/** Stops every delivery to the receiver at once; what was delivered stays in the audit trail, not in the list. */
export class DeletePayrollWebhook {
  constructor(readonly webhookId: string) {}
}

@CommandHandler(DeletePayrollWebhook)
export class DeletePayrollWebhookHandler implements ICommandHandler<DeletePayrollWebhook> {
  constructor(private readonly webhooks: PayrollWebhookRepository) {}

  async execute({ webhookId }: DeletePayrollWebhook): Promise<Written<void>> {
    const webhook = await this.webhooks.find(webhookId);
    if (!webhook) throw DomainError.notFound('Webhook', webhookId);
    await this.webhooks.remove(webhookId);
    return written(undefined, { audit: [{ action: 'DeletePayrollWebhook', targetType: 'PayrollWebhook', targetId: webhookId, before: webhook.toView() }] });
  }
}
