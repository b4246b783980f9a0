import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payroll webhooks: each statement version is delivered once per webhook (unique (webhook, event)), retried
 * with backoff until delivered or set aside as a dead letter. The secret is kept sealed (AES-256-GCM), never
 * in the clear, so a database dump cannot sign deliveries.
 */
export class PayrollWebhooks1764300000710 implements MigrationInterface {
  name = 'PayrollWebhooks1764300000710';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE remuneration.webhooks (
        id             uuid PRIMARY KEY,
        url            text NOT NULL CHECK (url ~ '^https?://'),
        sealed_secret  text NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE remuneration.webhook_deliveries (
        id                uuid PRIMARY KEY,
        -- The order deliveries are tried in and listed by: the order their events were handed over.
        seq               bigserial NOT NULL UNIQUE,
        webhook_id        uuid NOT NULL REFERENCES remuneration.webhooks(id) ON DELETE CASCADE,
        event_id          uuid NOT NULL,
        event_type        text NOT NULL,
        subject           text,
        status            text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
        attempts          integer NOT NULL DEFAULT 0,
        next_attempt_at   timestamptz NOT NULL,
        last_status_code  integer,
        last_error        text,
        delivered_at      timestamptz,
        dead_lettered_at  timestamptz,
        created_at        timestamptz NOT NULL DEFAULT now(),
        UNIQUE (webhook_id, event_id)
      )`);
    await q.query(`CREATE INDEX webhook_deliveries_due ON remuneration.webhook_deliveries (next_attempt_at, seq) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX webhook_deliveries_of_webhook ON remuneration.webhook_deliveries (webhook_id, seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE remuneration.webhook_deliveries`);
    await q.query(`DROP TABLE remuneration.webhooks`);
  }
}
