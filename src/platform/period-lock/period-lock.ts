import { addMonths, YearMonth } from '../../shared-kernel/year-month';

/**
 * The one check every writer of a month's data (clock events, leave, permits, activities, reviews,
 * ratings) makes inside its own transaction before writing: is the month still open? Remuneration owns
 * the period lifecycle (open → closing → closed) and binds the implementation.
 */
export abstract class PeriodLock {
  /** Throws a DomainError (conflict MONTH_CLOSED) when `month` no longer accepts changes. */
  abstract assertOpen(month: YearMonth): Promise<void>;

  /**
   * The same for every month of [from, to], for a write that reaches back over many months (an organization
   * change effective years ago). Month by month here; the real lock checks the range without creating a
   * period for each month nobody has written or closed.
   */
  async assertOpenBetween(from: YearMonth, to: YearMonth): Promise<void> {
    for (let month = from; month <= to; month = addMonths(month, 1)) await this.assertOpen(month);
  }

  abstract isOpen(month: YearMonth): Promise<boolean>;
}
