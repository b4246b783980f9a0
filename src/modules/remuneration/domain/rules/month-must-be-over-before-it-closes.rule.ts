import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { lastDayOf, YearMonth } from '../../../../shared-kernel/year-month';

/** HR may close a month early (before the 5th), but not before its last day is over: its days are still being worked. */
export class MonthMustBeOverBeforeItClosesRule implements BusinessRule {
  constructor(
    private readonly month: YearMonth,
    private readonly today: LocalDate,
  ) {}

  isBroken(): boolean {
    return this.today <= lastDayOf(this.month);
  }

  error(): DomainError {
    return DomainError.rule('MONTH_NOT_OVER', `${this.month} is not over yet (its last day is ${lastDayOf(this.month)}): it can be closed from the next day.`, 'month', {
      month: this.month,
      lastDay: lastDayOf(this.month),
    });
  }
}
