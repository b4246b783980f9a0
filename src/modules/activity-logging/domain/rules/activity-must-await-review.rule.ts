import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { DailyActivityStatus } from './logged-activity.view';

/** An activity is approved or rejected once, while it is SUBMITTED. */
export class ActivityMustAwaitReviewRule implements BusinessRule {
  static readonly CODE = 'ACTIVITY_NOT_AWAITING_REVIEW';

  constructor(private readonly status: DailyActivityStatus) {}

  isBroken(): boolean {
    return this.status !== 'SUBMITTED';
  }

  error(): DomainError {
    return DomainError.conflict(ActivityMustAwaitReviewRule.CODE, `The activity is ${this.status}, not awaiting review.`, 'status', { status: this.status });
  }
}
