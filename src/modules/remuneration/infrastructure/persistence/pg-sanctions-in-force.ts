import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { YearMonth } from '../../../../shared-kernel/year-month';
import { SanctionsInForce } from '../../../attendance/public/sanctions-in-force';

@Injectable()
export class PgSanctionsInForce extends SanctionsInForce {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async countIn(employeeIds: string[], month: YearMonth): Promise<Map<string, number>> {
    if (employeeIds.length === 0) return new Map();
    const rows = await this.uow.query<{ employeeId: string; n: number }>(
      `SELECT employee_id AS "employeeId", count(*)::int AS n FROM remuneration.sanctions
        WHERE employee_id = ANY($1::uuid[]) AND start_month <= $2 AND end_month >= $2 GROUP BY employee_id`,
      [employeeIds, month],
    );
    return new Map(rows.map((r) => [r.employeeId, r.n]));
  }
}
