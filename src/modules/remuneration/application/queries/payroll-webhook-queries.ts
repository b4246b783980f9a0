import { Injectable } from '@nestjs/common';
import { Page, toPage } from '../../../../platform/http/pagination';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { PayrollWebhookView } from '../../domain/webhooks/payroll-webhook';
import { DeliveryStatus } from '../../domain/webhooks/webhook-delivery';
import { PayrollWebhookReadModel, WebhookDeliveryView } from '../ports/payroll-webhook-read-model';

@Injectable()
export class PayrollWebhookQueries {
  constructor(private readonly readModel: PayrollWebhookReadModel) {}

  async list(): Promise<Page<PayrollWebhookView>> {
    return { items: await this.readModel.webhooks(), next: null };
  }

  async deliveries(webhookId: string, query: { status?: DeliveryStatus; afterSeq: string | null; limit: number }): Promise<Page<Omit<WebhookDeliveryView, 'seq'>>> {
    if (!(await this.readModel.webhook(webhookId))) throw DomainError.notFound('Webhook', webhookId);
    const page = toPage(await this.readModel.deliveries(webhookId, { ...query, limit: query.limit + 1 }), query.limit, (d) => [d.seq]);
    return { items: page.items.map(({ seq: _seq, ...d }) => d), next: page.next };
  }
}
