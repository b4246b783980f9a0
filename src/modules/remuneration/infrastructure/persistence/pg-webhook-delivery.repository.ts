import { Injectable } from '@nestjs/common';
import { newId } from '../../../../shared-kernel/ids';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { ClaimedDelivery, DeliverableEvent, WebhookDeliveryRepository } from '../../application/ports/webhook-delivery-repository';
import { DeliveryStatus, WebhookDelivery } from '../../domain/webhooks/webhook-delivery';

interface DeliveryRow {
  id: string;
  webhook_id: string;
  event_id: string;
  event_type: string;
  subject: string | null;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: Date;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: Date | null;
  dead_lettered_at: Date | null;
  created_at: Date;
}

@Injectable()
export class PgWebhookDeliveryRepository extends WebhookDeliveryRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async enqueue(webhookIds: string[], events: DeliverableEvent[], now: Date, replay: boolean): Promise<number> {
    const pairs = webhookIds.flatMap((webhookId) => events.map((event) => ({ webhookId, event })));
    // WITH ORDINALITY keeps the events' order in seq, so deliveries are tried in feed order.
    const rows = await this.uow.query(
      `INSERT INTO remuneration.webhook_deliveries (id, webhook_id, event_id, event_type, subject, next_attempt_at, created_at)
       SELECT d.id, d.webhook_id, d.event_id, d.event_type, d.subject, $6, $6
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[]) WITH ORDINALITY AS d(id, webhook_id, event_id, event_type, subject, n)
        ORDER BY d.n
       ON CONFLICT (webhook_id, event_id) DO ${
         replay
           ? `UPDATE SET status = 'PENDING', attempts = 0, next_attempt_at = $6, last_status_code = NULL, last_error = NULL, delivered_at = NULL, dead_lettered_at = NULL`
           : 'NOTHING'
       }
       RETURNING id`,
      [pairs.map(() => newId()), pairs.map((p) => p.webhookId), pairs.map((p) => p.event.id), pairs.map((p) => p.event.type), pairs.map((p) => p.event.subject), now],
    );
    return rows.length;
  }

  async claimDue(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedDelivery[]> {
    const rows = await this.uow.query<{ id: string; event_id: string; url: string; sealed_secret: string }>(
      // A SELECT around the UPDATE: the driver answers a bare UPDATE … RETURNING with [rows, count].
      `WITH due AS (
         SELECT id FROM remuneration.webhook_deliveries
          WHERE status = 'PENDING' AND next_attempt_at <= $1
          ORDER BY next_attempt_at, seq LIMIT $3 FOR UPDATE SKIP LOCKED),
       leased AS (
         UPDATE remuneration.webhook_deliveries d SET next_attempt_at = $2
           FROM due WHERE d.id = due.id
         RETURNING d.id, d.event_id, d.seq, d.webhook_id)
       SELECT l.id, l.event_id, w.url, w.sealed_secret FROM leased l JOIN remuneration.webhooks w ON w.id = l.webhook_id ORDER BY l.seq`,
      [now, leaseUntil, limit],
    );
    return rows.map((r) => ({ id: r.id, eventId: r.event_id, url: r.url, sealedSecret: r.sealed_secret }));
  }

  async find(id: string): Promise<WebhookDelivery | null> {
    const [r] = await this.uow.query<DeliveryRow>(`SELECT * FROM remuneration.webhook_deliveries WHERE id = $1 FOR UPDATE`, [id]);
    if (!r) return null;
    return WebhookDelivery.restore({
      id: r.id,
      webhookId: r.webhook_id,
      eventId: r.event_id,
      eventType: r.event_type,
      subject: r.subject,
      status: r.status,
      attempts: r.attempts,
      nextAttemptAt: r.next_attempt_at,
      lastStatusCode: r.last_status_code,
      lastError: r.last_error,
      deliveredAt: r.delivered_at,
      deadLetteredAt: r.dead_lettered_at,
      createdAt: r.created_at,
    });
  }

  async save(delivery: WebhookDelivery): Promise<void> {
    const s = delivery.snapshot();
    await this.uow.query(
      `UPDATE remuneration.webhook_deliveries
          SET status = $2, attempts = $3, next_attempt_at = $4, last_status_code = $5, last_error = $6, delivered_at = $7, dead_lettered_at = $8
        WHERE id = $1`,
      [s.id, s.status, s.attempts, s.nextAttemptAt, s.lastStatusCode, s.lastError?.slice(0, 2000) ?? null, s.deliveredAt, s.deadLetteredAt],
    );
  }
}
