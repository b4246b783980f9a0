import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { YearMonth } from '../../../../shared-kernel/year-month';
import { SanctionRepository } from '../../application/ports/sanction-repository';
import { ImposedSanction } from '../../domain/imposed-sanction';
import { SanctionSnapshot } from '../../domain/sanction';

@Injectable()
export class PgSanctionRepository extends SanctionRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async add(sanction: ImposedSanction): Promise<void> {
    const s = sanction.toView();
    await this.uow.query(
      `INSERT INTO remuneration.sanctions (id, employee_id, percent, start_month, months, end_month, reason, decree_number) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [s.id, s.employeeId, s.percent, s.startMonth, s.months, s.endMonth, s.reason, s.decreeNumber],
    );
  }

  async coveringMonth(employeeIds: string[], month: YearMonth): Promise<Map<string, SanctionSnapshot[]>> {
    const rows = await this.uow.query<SanctionSnapshot & { employeeId: string }>(
      `SELECT employee_id AS "employeeId", trim_scale(percent)::text AS percent, start_month AS "startMonth", months, decree_number AS "decreeNumber", reason
         FROM remuneration.sanctions
        WHERE employee_id = ANY($1::uuid[]) AND start_month <= $2 AND end_month >= $2
        ORDER BY recorded_at, id`,
      [employeeIds, month],
    );
    const result = new Map<string, SanctionSnapshot[]>();
    for (const { employeeId, ...sanction } of rows) result.set(employeeId, [...(result.get(employeeId) ?? []), sanction]);
    return result;
  }
}
