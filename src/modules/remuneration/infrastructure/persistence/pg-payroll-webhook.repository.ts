import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { PayrollWebhookRepository } from '../../application/ports/payroll-webhook-repository';
import { PayrollWebhook } from '../../domain/webhooks/payroll-webhook';

@Injectable()
export class PgPayrollWebhookRepository extends PayrollWebhookRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async add(webhook: PayrollWebhook): Promise<void> {
    await this.uow.query(`INSERT INTO remuneration.webhooks (id, url, sealed_secret, created_at) VALUES ($1, $2, $3, $4)`, [
      webhook.id,
      webhook.url,
      webhook.sealedSecret,
      webhook.createdAt,
    ]);
  }

  async find(id: string): Promise<PayrollWebhook | null> {
    const [row] = await this.uow.query<{ id: string; url: string; sealed_secret: string; created_at: Date }>(
      `SELECT id, url, sealed_secret, created_at FROM remuneration.webhooks WHERE id = $1`,
      [id],
    );
    return row ? PayrollWebhook.restore({ id: row.id, url: row.url, sealedSecret: row.sealed_secret, createdAt: row.created_at }) : null;
  }

  async remove(id: string): Promise<void> {
    await this.uow.query(`DELETE FROM remuneration.webhooks WHERE id = $1`, [id]);
  }

  async allIds(): Promise<string[]> {
    return (await this.uow.query<{ id: string }>(`SELECT id FROM remuneration.webhooks ORDER BY created_at, id`)).map((r) => r.id);
  }
}
