import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { UnitOfWork } from '../database/unit-of-work';
import { EventDelivery, IntegrationEvent } from './integration-event';
import { IntegrationEventBus } from './integration-event-bus';
import { Outbox } from './outbox';
import { requestContext } from '../context/request-context';

interface OutboxRow {
  id: string;
  type: string;
  source: string;
  subject: string | null;
  payload: unknown;
  occurred_at: Date;
  attempts: number;
  tx_id: string;
}

const BATCH = 100;
const MAX_BACKOFF_SECONDS = 300;

/**
 * Delivers outbox events at least once. A batch is claimed with FOR UPDATE SKIP LOCKED so that several
 * instances share the work; each subscriber runs in its own transaction that also records the event id
 * in the inbox, so a redelivery (after a crash between delivery and marking) has no second effect.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: IntegrationEventBus,
    private readonly uow: UnitOfWork,
    outbox: Outbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    outbox.onCommitted(() => this.kick());
  }

  onApplicationBootstrap(): void {
    if (this.config.runBackgroundJobs) this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => this.kick(), this.config.outboxPollMs);
    this.timer.unref();
    this.kick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .then(() => undefined)
      .catch((err: Error) => this.logger.error(`Outbox relay failed: ${err.message}`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /**
   * Delivers every due event; returns how many were delivered. A batch claims one event per subject, so
   * it goes on while batches claim anything: the next event of a subject becomes due when its predecessor
   * was delivered.
   */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const { claimed, delivered } = await this.deliverBatch();
      total += delivered;
      if (claimed === 0) return total;
    }
  }

  private async deliverBatch(): Promise<{ claimed: number; delivered: number }> {
    return this.dataSource.transaction(async (manager) => {
      // Only the oldest pending event of each subject is claimable: a later event of the same employee waits
      // until the earlier one is delivered (or dead-lettered), whichever instance holds it.
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, type, source, subject, payload, occurred_at, attempts, tx_id::text FROM platform.outbox o
          WHERE published_at IS NULL AND dead_lettered_at IS NULL AND next_attempt_at <= now()
            AND (subject IS NULL OR NOT EXISTS (
                  SELECT 1 FROM platform.outbox e
                   WHERE e.subject = o.subject AND e.position < o.position AND e.published_at IS NULL AND e.dead_lettered_at IS NULL))
          ORDER BY position LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      let delivered = 0;
      for (const row of rows) {
        const event: IntegrationEvent = {
          id: row.id,
          type: row.type,
          source: row.source,
          subject: row.subject,
          occurredAt: row.occurred_at.toISOString(),
          data: row.payload,
        };
        try {
          await this.deliver(event, { transactionId: row.tx_id });
          await manager.query(`UPDATE platform.outbox SET published_at = now(), attempts = attempts + 1 WHERE id = $1`, [row.id]);
          delivered++;
        } catch (err) {
          const attempts = row.attempts + 1;
          const error = describe(err);
          if (attempts >= this.config.outboxMaxAttempts) {
            this.logger.error(`Delivery of ${row.type} ${row.id} failed ${attempts} times; set aside as a dead letter: ${error}`);
            await manager.query(`UPDATE platform.outbox SET attempts = $2, last_error = $3, dead_lettered_at = now() WHERE id = $1`, [row.id, attempts, error]);
          } else {
            this.logger.warn(`Delivery of ${row.type} ${row.id} failed (attempt ${attempts}): ${error}`);
            await manager.query(`UPDATE platform.outbox SET attempts = $2, last_error = $3, next_attempt_at = now() + make_interval(secs => $4) WHERE id = $1`, [
              row.id,
              attempts,
              error,
              Math.min(MAX_BACKOFF_SECONDS, 2 ** Math.min(row.attempts, 8)),
            ]);
          }
        }
      }
      return { claimed: rows.length, delivered };
    });
  }

  /**
   * Each subscriber in its own transaction with its inbox row, so a redelivery has no second effect. It runs
   * as the system, in a context named after the event: whichever request's commit woke the relay is not
   * the author of what the subscriber does.
   */
  private deliver(event: IntegrationEvent, delivery: EventDelivery): Promise<void> {
    const context = { requestId: `event:${event.type}:${event.id}`, actor: null, language: 'en' as const };
    return requestContext.run(context, async () => {
      for (const subscription of this.bus.subscribersOf(event.type)) {
        await this.uow.run(async () => {
          const fresh = await this.uow.query(`INSERT INTO platform.inbox (handler, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`, [
            subscription.name,
            event.id,
          ]);
          if (fresh.length > 0) await subscription.handler(event, delivery);
        });
      }
    });
  }
}

/** A subscriber may throw anything, not only an Error; whatever it threw is recorded, never a second failure. */
function describe(err: unknown): string {
  if (err instanceof Error) return err.message.slice(0, 2000);
  try {
    return (typeof err === 'string' ? err : (JSON.stringify(err) ?? String(err))).slice(0, 2000);
  } catch {
    return String(err).slice(0, 2000);
  }
}
