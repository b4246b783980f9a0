import { YearMonth } from '../../../../shared-kernel/year-month';
import { Period } from '../../domain/period';

/** The months of pay. */
export abstract class PeriodRepository {
  /**
   * The month's period held exclusively for the rest of the transaction (created OPEN when missing): it waits
   * for every writer holding the month, and every later writer waits for this transaction.
   */
  abstract lockForClose(month: YearMonth): Promise<Period>;

  /** As lockForClose, for the switch OPEN → CLOSING: first waits for every writer holding a range of months. */
  abstract lockToBeginClose(month: YearMonth): Promise<Period>;

  abstract find(month: YearMonth): Promise<Period | null>;

  /**
   * Holds the existing periods of [from, to] shared until the transaction ends, whatever their status: a
   * change to what a close reads (a sanction) then either commits before a chunk of that month reads it, or
   * waits for the chunk and finds its statements written.
   */
  abstract holdShared(from: YearMonth, to: YearMonth): Promise<void>;

  abstract save(period: Period): Promise<void>;

  /** Months whose close has begun and not finished. */
  abstract closing(): Promise<YearMonth[]>;
}
