import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { UnitOfWork } from '../database/unit-of-work';
import { IntegrationEvent } from './integration-event';
import { IntegrationEventBus } from './integration-event-bus';
import { Outbox } from './outbox';

interface OutboxRow {
  id: string;
  type: string;
  source: string;
  subject: string | null;
  payload: unknown;
  occurred_at: Date;
  attempts: number;
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

  /** Delivers every due event; returns how many were delivered. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const { claimed, delivered } = await this.deliverBatch();
      total += delivered;
      if (claimed < BATCH) return total;
    }
  }

  private async deliverBatch(): Promise<{ claimed: number; delivered: number }> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, type, source, subject, payload, occurred_at, attempts FROM platform.outbox
          WHERE published_at IS NULL AND next_attempt_at <= now()
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
          for (const subscription of this.bus.subscribersOf(row.type)) {
            await this.uow.run(async () => {
              const fresh = await this.uow.query(
                `INSERT INTO platform.inbox (handler, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`,
                [subscription.name, row.id],
              );
              if (fresh.length > 0) await subscription.handler(event);
            });
          }
          await manager.query(`UPDATE platform.outbox SET published_at = now(), attempts = attempts + 1 WHERE id = $1`, [row.id]);
          delivered++;
        } catch (err) {
          const backoff = Math.min(MAX_BACKOFF_SECONDS, 2 ** Math.min(row.attempts, 8));
          this.logger.warn(`Delivery of ${row.type} ${row.id} failed (attempt ${row.attempts + 1}): ${(err as Error).message}`);
          await manager.query(
            `UPDATE platform.outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = now() + make_interval(secs => $3) WHERE id = $1`,
            [row.id, (err as Error).message.slice(0, 2000), backoff],
          );
        }
      }
      return { claimed: rows.length, delivered };
    });
  }
}
