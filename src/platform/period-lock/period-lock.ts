import { DomainError } from '../../shared-kernel/domain-error';
import { addMonths, YearMonth } from '../../shared-kernel/year-month';
import { Actor } from '../auth/actor';

/** What a correction finds: a month still OPEN (any writer's), or CLOSED (its statements go stale). */
export type CorrectableStatus = 'OPEN' | 'CLOSED';

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

  /**
   * The lock an HR correction takes instead of assertOpen: held the same way, but a CLOSED month passes too —
   * its statements are then marked stale and recomputed. A month CLOSING still refuses (409 MONTH_CLOSED): the
   * close is reading it, and what it reads must not change under it.
   */
  abstract holdForCorrection(month: YearMonth): Promise<CorrectableStatus>;

  /**
   * Every month a correction touches, in ascending order as every writer takes them: an open one for whoever the
   * command already lets write, a closed one for HR only — a unit admin may correct an open month of their units,
   * never a month whose allowance has been paid.
   */
  async assertCorrectable(actor: Actor, months: Iterable<YearMonth>): Promise<void> {
    for (const month of [...new Set(months)].sort()) {
      if ((await this.holdForCorrection(month)) === 'CLOSED' && !actor.isHrAdmin) {
        throw DomainError.forbidden(`${month} is closed: only HR corrects a closed month.`, 'MONTH_CLOSED_HR_CORRECTS', { month });
      }
    }
  }
}
