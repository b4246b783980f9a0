import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { CorrectableStatus, PeriodLock } from '../../../../platform/period-lock/period-lock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { YearMonth } from '../../../../shared-kernel/year-month';

/** Taken shared by range writers until they commit, and exclusively by a close as it begins. */
export const PERIOD_CREATION_LOCK = 'remuneration.period-creation';

const monthClosed = (month: YearMonth) => new DomainError('conflict', 'MONTH_CLOSED', `The month ${month} is closed: its data changes only through HR corrections.`, [], { month });

/**
 * The month lock every writer of a month's data takes inside its own transaction. The writer holds the
 * month's period row FOR SHARE until it commits; the close takes the row FOR UPDATE to leave OPEN. So a
 * write either commits before the close reads anything, or waits for the close and is then refused:
 * nothing lands in a month being closed.
 */
@Injectable()
export class PgPeriodLock extends PeriodLock {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async assertOpen(month: YearMonth): Promise<void> {
    // Outside a transaction the shared lock would be released before the write, and the guarantee lost.
    if (!this.uow.inTransaction) throw new Error(`PeriodLock.assertOpen(${month}) must run inside the writer's transaction`);
    const status = (await this.statusHeldShared(month)) ?? (await this.createOpen(month));
    if (status !== 'OPEN') throw monthClosed(month);
  }

  /**
   * Holds the periods that exist in the range FOR SHARE, as assertOpen does. A month without a period row was
   * never closed; the shared advisory lock (held to commit) makes a close beginning meanwhile wait for this write
   * (PgPeriodRepository.lockToBeginClose takes it exclusively), so the write still commits before the close.
   */
  override async assertOpenBetween(from: YearMonth, to: YearMonth): Promise<void> {
    if (!this.uow.inTransaction) throw new Error(`PeriodLock.assertOpenBetween(${from}, ${to}) must run inside the writer's transaction`);
    if (from > to) return;
    await this.uow.query(`SELECT pg_advisory_xact_lock_shared(hashtextextended($1, 0))`, [PERIOD_CREATION_LOCK]);
    const rows = await this.uow.query<{ month: string; status: string }>(`SELECT month, status FROM remuneration.periods WHERE month BETWEEN $1 AND $2 ORDER BY month FOR SHARE`, [
      from,
      to,
    ]);
    const closed = rows.find((r) => r.status !== 'OPEN');
    if (closed) throw monthClosed(closed.month);
  }

  async holdForCorrection(month: YearMonth): Promise<CorrectableStatus> {
    if (!this.uow.inTransaction) throw new Error(`PeriodLock.holdForCorrection(${month}) must run inside the writer's transaction`);
    const status = (await this.statusHeldShared(month)) ?? (await this.createOpen(month));
    if (status === 'CLOSING') {
      throw new DomainError('conflict', 'MONTH_CLOSED', `The month ${month} is being closed: correct it once the close has finished.`, [], { month });
    }
    return status as CorrectableStatus;
  }

  /** A plain read for deciding (e.g. whether unreviewed activities count); writers still call assertOpen. */
  async isOpen(month: YearMonth): Promise<boolean> {
    const [row] = await this.uow.query<{ status: string }>(`SELECT status FROM remuneration.periods WHERE month = $1`, [month]);
    return row === undefined || row.status === 'OPEN';
  }

  private async statusHeldShared(month: YearMonth): Promise<string | null> {
    const [row] = await this.uow.query<{ status: string }>(`SELECT status FROM remuneration.periods WHERE month = $1 FOR SHARE`, [month]);
    return row?.status ?? null;
  }

  /** The month's first writer creates its row; the row it inserted is held by its transaction until commit. */
  private async createOpen(month: YearMonth): Promise<string> {
    await this.uow.query(`INSERT INTO remuneration.periods (month) VALUES ($1) ON CONFLICT DO NOTHING`, [month]);
    return (await this.statusHeldShared(month))!;
  }
}
