import { YearMonth } from '../../../../shared-kernel/year-month';
import { PeriodStatus } from '../../domain/period';

export interface PeriodView {
  month: YearMonth;
  status: PeriodStatus;
  closedAt: string | null;
  statementCount: number;
}

/** What the remuneration routes read, straight from its tables. */
export abstract class RemunerationReadModel {
  /** Null when nothing has touched the month yet (it is OPEN). */
  abstract period(month: YearMonth): Promise<PeriodView | null>;
}
