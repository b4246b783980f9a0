import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { AppraisalPolicy } from '../appraisal-policy';

/**
 * The employee may object within the policy's window after the rating (14 days by default), counted on the
 * local dates of the employee's unit so that a late-evening objection in WIT is not shifted into the next
 * day by UTC.
 */
export class ObjectionMustBeWithinWindowRule implements BusinessRule {
  private readonly lastDay: LocalDate;

  constructor(
    private readonly ratedOn: LocalDate,
    private readonly filedOn: LocalDate,
    policy: AppraisalPolicy,
  ) {
    this.lastDay = policy.lastDayToObject(ratedOn);
  }

  isBroken(): boolean {
    return this.filedOn > this.lastDay || this.filedOn < this.ratedOn;
  }

  error(): DomainError {
    if (this.filedOn > this.lastDay) {
      return DomainError.rule('OBJECTION_WINDOW_CLOSED', `An objection to the rating of ${this.ratedOn} could be filed until ${this.lastDay}.`, undefined, {
        ratedOn: this.ratedOn,
        lastDay: this.lastDay,
      });
    }
    return DomainError.validation('filedOn', 'OBJECTION_BEFORE_RATING', `An objection cannot be dated before the rating of ${this.ratedOn}.`, { ratedOn: this.ratedOn });
  }
}
