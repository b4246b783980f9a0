import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { yearMonthOf } from '../../../../shared-kernel/year-month';

/**
 * A closed month's allowance has been computed from its activities; after the close only HR corrections
 * change them. The answer comes from remuneration's period status, and is the same 409 every other writer
 * of a closed month answers.
 */
export class MonthMustBeOpenRule implements BusinessRule {
  static readonly CODE = 'MONTH_CLOSED';

  constructor(
    private readonly activity: { date: LocalDate },
    private readonly isMonthOpen: boolean,
  ) {}

  isBroken(): boolean {
    return !this.isMonthOpen;
  }

  error(): DomainError {
    return DomainError.conflict(MonthMustBeOpenRule.CODE, `The month ${yearMonthOf(this.activity.date)} is closed: its activities change only through HR corrections.`, 'date', {
      month: yearMonthOf(this.activity.date),
    });
  }
}
