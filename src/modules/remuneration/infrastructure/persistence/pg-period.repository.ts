import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { YearMonth } from '../../../../shared-kernel/year-month';
import { PeriodRepository } from '../../application/ports/period-repository';
import { Period } from '../../domain/period';
import { PERIOD_COLUMNS, PeriodRow, toPeriod } from './period-rows';
import { PERIOD_CREATION_LOCK } from './pg-period-lock';

@Injectable()
export class PgPeriodRepository extends PeriodRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async lockForClose(month: YearMonth): Promise<Period> {
    if (!this.uow.inTransaction) throw new Error('PeriodRepository.lockForClose must run inside the close transaction');
    await this.uow.query(`INSERT INTO remuneration.periods (month) VALUES ($1) ON CONFLICT DO NOTHING`, [month]);
    const [row] = await this.uow.query<PeriodRow>(`SELECT ${PERIOD_COLUMNS} FROM remuneration.periods WHERE month = $1 FOR UPDATE`, [month]);
    return toPeriod(row);
  }

  async lockToBeginClose(month: YearMonth): Promise<Period> {
    if (!this.uow.inTransaction) throw new Error('PeriodRepository.lockToBeginClose must run inside the close transaction');
    // A range writer (PgPeriodLock.assertOpenBetween) holds no row of a month it found without a period, or
    // whose period appeared after it looked: the close waits for every such writer to commit. Before any row
    // lock, so a writer waiting for this one's row cannot be what this one waits for.
    await this.uow.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [PERIOD_CREATION_LOCK]);
    return this.lockForClose(month);
  }

  async find(month: YearMonth): Promise<Period | null> {
    const [row] = await this.uow.query<PeriodRow>(`SELECT ${PERIOD_COLUMNS} FROM remuneration.periods WHERE month = $1`, [month]);
    return row ? toPeriod(row) : null;
  }

  async holdShared(from: YearMonth, to: YearMonth): Promise<void> {
    await this.uow.query(`SELECT month FROM remuneration.periods WHERE month BETWEEN $1 AND $2 FOR SHARE`, [from, to]);
  }

  async save(period: Period): Promise<void> {
    const s = period.snapshot();
    await this.uow.query(
      `INSERT INTO remuneration.periods (${PERIOD_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (month) DO UPDATE SET status = $2, closing_started_at = $3, closed_at = $4, policy_snapshot = $5, progress_after = $6, statement_count = $7,
         -- What had committed when the month stopped taking changes: its statements read exactly that.
         closing_snapshot = CASE WHEN $2 = 'CLOSING' THEN coalesce(periods.closing_snapshot, pg_current_snapshot()) ELSE periods.closing_snapshot END`,
      [s.month, s.status, s.closingStartedAt, s.closedAt, s.policySnapshot === null ? null : JSON.stringify(s.policySnapshot), s.progress.after, s.progress.statementCount],
    );
  }

  async closing(): Promise<YearMonth[]> {
    return (await this.uow.query<{ month: string }>(`SELECT month FROM remuneration.periods WHERE status = 'CLOSING' ORDER BY month`)).map((r) => r.month);
  }
}
