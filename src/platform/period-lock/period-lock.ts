import { YearMonth } from '../../shared-kernel/year-month';

/**
 * The one check every writer of a month's data (clock events, leave, permits, activities, reviews,
 * ratings) makes inside its own transaction before writing: is the month still open? Remuneration owns
 * the period lifecycle (open → closing → closed) and binds the implementation.
 */
export abstract class PeriodLock {
  /** Throws a DomainError (conflict MONTH_CLOSED) when `month` no longer accepts changes. */
  abstract assertOpen(month: YearMonth): Promise<void>;

  abstract isOpen(month: YearMonth): Promise<boolean>;
}
