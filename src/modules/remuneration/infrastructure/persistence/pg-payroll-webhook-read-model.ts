import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { PayrollWebhookReadModel, WebhookDeliveryView } from '../../application/ports/payroll-webhook-read-model';
import { PayrollWebhookView } from '../../domain/webhooks/payroll-webhook';
import { DeliveryStatus } from '../../domain/webhooks/webhook-delivery';

const WEBHOOK_COLUMNS = `id, url, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"`;
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

@Injectable()
export class PgPayrollWebhookReadModel extends PayrollWebhookReadModel {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  webhooks(): Promise<PayrollWebhookView[]> {
    return this.uow.query(`SELECT ${WEBHOOK_COLUMNS} FROM remuneration.webhooks ORDER BY created_at, id`);
  }

  async webhook(id: string): Promise<PayrollWebhookView | null> {
    const [row] = await this.uow.query<PayrollWebhookView>(`SELECT ${WEBHOOK_COLUMNS} FROM remuneration.webhooks WHERE id = $1`, [id]);
    return row ?? null;
  }

  deliveries(webhookId: string, filter: { status?: DeliveryStatus; afterSeq: string | null; limit: number }): Promise<WebhookDeliveryView[]> {
    // Ordered by d.seq, the number: a bare `seq` is the output column `seq::text`, which put delivery 10 before 9.
    return this.uow.query(
      `SELECT id, event_id AS "eventId", event_type AS "eventType", subject, status, attempts,
              CASE WHEN status = 'PENDING' THEN ${iso('next_attempt_at')} END AS "nextAttemptAt",
              last_status_code AS "lastStatusCode", last_error AS "lastError",
              ${iso('delivered_at')} AS "deliveredAt", ${iso('dead_lettered_at')} AS "deadLetteredAt", ${iso('created_at')} AS "createdAt", seq::text AS seq
         FROM remuneration.webhook_deliveries d
        WHERE webhook_id = $1 AND ($2::text IS NULL OR status = $2) AND ($3::bigint IS NULL OR d.seq > $3::bigint)
        ORDER BY d.seq LIMIT $4`,
      [webhookId, filter.status ?? null, filter.afterSeq, filter.limit],
    );
  }
}
