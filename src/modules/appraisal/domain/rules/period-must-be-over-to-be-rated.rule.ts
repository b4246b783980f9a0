import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate, addDays } from '../../../../shared-kernel/local-date';
import { RatingPeriod } from '../rating-period';

/**
 * A period is rated once it is over, on the local date of the employee's unit: until its last day has passed,
 * the work, the attendance and the realisation the rating judges are not all in.
 */
export class PeriodMustBeOverToBeRatedRule implements BusinessRule {
  static readonly CODE = 'PERIOD_NOT_OVER';

  constructor(
    private readonly period: RatingPeriod,
    private readonly ratedOn: LocalDate,
  ) {}

  isBroken(): boolean {
    return this.ratedOn <= this.period.lastDay;
  }

  error(): DomainError {
    const from = addDays(this.period.lastDay, 1);
    return DomainError.rule(
      PeriodMustBeOverToBeRatedRule.CODE,
      `The rating period ${this.period.toString()} runs until ${this.period.lastDay}: rate it from ${from}, once it is over.`,
      'period',
      { period: this.period.toString(), lastDay: this.period.lastDay, from },
    );
  }
}
