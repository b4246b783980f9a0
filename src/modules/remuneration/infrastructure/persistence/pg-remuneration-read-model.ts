import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { YearMonth } from '../../../../shared-kernel/year-month';
import { PeriodView, RemunerationReadModel } from '../../application/ports/remuneration-read-model';
import { PeriodStatus } from '../../domain/period';

@Injectable()
export class PgRemunerationReadModel extends RemunerationReadModel {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async period(month: YearMonth): Promise<PeriodView | null> {
    const [row] = await this.uow.query<{ status: PeriodStatus; closed_at: Date | null; statement_count: number }>(
      `SELECT status, closed_at, statement_count FROM remuneration.periods WHERE month = $1`,
      [month],
    );
    return row ? { month, status: row.status, closedAt: row.closed_at?.toISOString() ?? null, statementCount: row.statement_count } : null;
  }
}
