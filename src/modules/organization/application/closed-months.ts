import { Injectable } from '@nestjs/common';
import { PeriodLock } from '../../../platform/period-lock/period-lock';
import { DomainError } from '../../../shared-kernel/domain-error';
import { LocalDate, minDate } from '../../../shared-kernel/local-date';
import { yearMonthOf } from '../../../shared-kernel/year-month';
import { MinistryToday } from './ministry-today';

/**
 * Organization facts (placements, statuses, kelas, holidays, rosters, zones) are what a month's allowance is
 * computed from, so a write that reaches back into a month takes that month's lock like any other writer of
 * the month: it commits before the close reads, or is refused once the month is closed.
 */
@Injectable()
export class ClosedMonths {
  constructor(
    private readonly periods: PeriodLock,
    private readonly today: MinistryToday,
  ) {}

  /**
   * Every month of [from, to] (to null: open-ended) up to the current one must still be open. Inside the
   * write's transaction; months in ascending order, as every writer takes them.
   */
  async assertOpenBetween(from: LocalDate, to: LocalDate | null, change: string): Promise<void> {
    const today = this.today.date();
    const last = yearMonthOf(to === null ? today : minDate(to, today));
    try {
      await this.periods.assertOpenBetween(yearMonthOf(from), last);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'MONTH_CLOSED') throw error;
      const month = error.params.month ?? `${yearMonthOf(from)}…${last}`;
      throw new DomainError(
        'conflict',
        'MONTH_CLOSED',
        `${change} reaches into ${month}, a closed month: its allowance statements are final and organization changes cannot alter them. ` +
          `Give the change effect from the first open month, or ask HR to correct the closed month.`,
        [],
        { month },
      );
    }
  }

  async assertOpenOn(dates: Iterable<LocalDate>, change: string): Promise<void> {
    const days = [...dates].sort();
    if (days.length > 0) await this.assertOpenBetween(days[0], days.at(-1)!, change);
  }
}
