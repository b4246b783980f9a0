import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../../../platform/config/app-config';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { AttemptOutcome, DeliveryStatus } from '../../domain/webhooks/webhook-delivery';
import { ClaimDueDeliveries } from '../commands/webhooks/claim-due-deliveries';
import { RecordDeliveryAttempt } from '../commands/webhooks/record-delivery-attempt';
import { PayrollEventLog } from '../ports/payroll-event-log';
import { ClaimedDelivery } from '../ports/webhook-delivery-repository';
import { WebhookSender } from '../ports/webhook-sender';

/** Deliveries sent side by side: enough to keep a slow receiver from holding up the rest, few enough not to flood one. */
const BATCH = 20;
/** Beyond the send's own timeout, before a claimed delivery another worker may take falls due again. */
const LEASE_MARGIN_MS = 30_000;

/**
 * Sends due payroll webhook deliveries: claims a batch (leased, so instances share the work), signs and
 * posts each outside any transaction, and records each outcome in its own. Runs only with background jobs
 * on, like the outbox relay; tests call `drain()`.
 */
@Injectable()
export class PayrollWebhookWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PayrollWebhookWorker.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly commands: CommandPipeline,
    private readonly events: PayrollEventLog,
    private readonly sender: WebhookSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.runBackgroundJobs) return;
    this.timer = setInterval(() => this.tick(), this.config.outboxPollMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.drain()
      .catch((error: Error) => this.logger.error(`Payroll webhook deliveries failed: ${error.message}`))
      .finally(() => (this.running = null));
  }

  /** Sends every delivery due now; returns how many were delivered. A failed one waits for its backoff. */
  async drain(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const claimed = await this.commands.execute<ClaimedDelivery[]>(new ClaimDueDeliveries(BATCH, this.config.payrollWebhookTimeoutMs + LEASE_MARGIN_MS));
      if (claimed.length === 0) return delivered;
      const bodies = await this.events.bodies([...new Set(claimed.map((c) => c.eventId))]);
      const statuses = await Promise.all(claimed.map((c) => this.attempt(c, bodies.get(c.eventId))));
      delivered += statuses.filter((s) => s === 'DELIVERED').length;
    }
  }

  private async attempt(delivery: ClaimedDelivery, body: string | undefined): Promise<DeliveryStatus | null> {
    const outcome: AttemptOutcome =
      body === undefined
        ? { delivered: false, statusCode: null, error: `event ${delivery.eventId} is not in the event log` }
        : await this.sender.send({ url: delivery.url, sealedSecret: delivery.sealedSecret, eventId: delivery.eventId, body });
    if (!outcome.delivered) this.logger.warn(`Payroll webhook delivery ${delivery.id} to ${delivery.url} failed: ${outcome.error}`);
    return this.commands.execute<DeliveryStatus | null>(new RecordDeliveryAttempt(delivery.id, outcome));
  }
}
