import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { AppraisalPolicy } from '../appraisal-policy';

/**
 * The employee may object within the policy's window after the rating (14 days by default), counted on the
 * local dates of the employee's unit so that a late-evening objection in WIT is not shifted into the next
 * day by UTC.
 */
export class ObjectionMustBeWithinWindowRule {
  static check(ratedOn: LocalDate, filedOn: LocalDate, policy: AppraisalPolicy): void {
    const lastDay = policy.lastDayToObject(ratedOn);
    if (filedOn > lastDay) {
      throw DomainError.rule(
        'OBJECTION_WINDOW_CLOSED',
        `An objection to the rating of ${ratedOn} could be filed until ${lastDay}.`,
      );
    }
    if (filedOn < ratedOn) {
      throw DomainError.validation('filedOn', 'OBJECTION_BEFORE_RATING', `An objection cannot be dated before the rating of ${ratedOn}.`);
    }
  }
}
