import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { YearMonth } from '../../../../shared-kernel/year-month';

/** Before the close there is nothing to recompute: an open month's data still changes freely. */
export class MonthMustBeClosedToRecomputeRule implements BusinessRule {
  constructor(
    private readonly month: YearMonth,
    private readonly status: string,
  ) {}

  isBroken(): boolean {
    return this.status !== 'CLOSED';
  }

  error(): DomainError {
    return DomainError.rule('MONTH_NOT_CLOSED', `${this.month} is ${this.status}: only a closed month's statements are recomputed.`, 'month', {
      month: this.month,
      status: this.status,
    });
  }
}
