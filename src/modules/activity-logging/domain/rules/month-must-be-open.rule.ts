import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { yearMonthOf } from '../../../../shared-kernel/year-month';

/**
 * A closed month's allowance has been computed from its activities; after the close only HR corrections
 * change them. The answer comes from remuneration's period status.
 */
export class MonthMustBeOpenRule {
  static readonly CODE = 'MONTH_CLOSED';

  static check(activity: { date: LocalDate }, isMonthOpen: boolean): void {
    if (!isMonthOpen) {
      throw DomainError.rule(MonthMustBeOpenRule.CODE, `The month ${yearMonthOf(activity.date)} is closed.`, 'date');
    }
  }
}
