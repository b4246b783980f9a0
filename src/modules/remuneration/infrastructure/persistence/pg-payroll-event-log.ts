import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { PayrollEventLog } from '../../application/ports/payroll-event-log';
import { toCloudEvent } from '../../application/queries/payroll-events';
import { ALLOWANCE_ADJUSTED_V1, ALLOWANCE_POSTED_V1 } from '../../public/events';

/**
 * The payroll events are the outbox rows the committed feed serves: read by id from the same rows, through
 * the same envelope, so a delivery's body is byte for byte what GET /payroll/events returns.
 */
@Injectable()
export class PgPayrollEventLog extends PayrollEventLog {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async bodies(eventIds: string[]): Promise<Map<string, string>> {
    const rows = await this.uow.query<{ id: string; type: string; source: string; subject: string | null; payload: unknown; occurred_at: Date }>(
      `SELECT id, type, source, subject, payload, occurred_at FROM platform.outbox WHERE id = ANY($1::uuid[]) AND type = ANY($2)`,
      [eventIds, [ALLOWANCE_POSTED_V1, ALLOWANCE_ADJUSTED_V1]],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        JSON.stringify(toCloudEvent({ id: r.id, type: r.type, source: r.source, subject: r.subject, occurredAt: r.occurred_at.toISOString(), data: r.payload })),
      ]),
    );
  }
}
