import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { DailyActivityStatus } from './logged-activity.view';

/** A submitted activity waits for its review; an approved one is settled. Only a rejected one is corrected. */
export class CorrectedActivityMustBeRejectedRule implements BusinessRule {
  static readonly CODE = 'ACTIVITY_NOT_REJECTED';

  constructor(private readonly status: DailyActivityStatus) {}

  isBroken(): boolean {
    return this.status !== 'REJECTED';
  }

  error(): DomainError {
    return DomainError.conflict(CorrectedActivityMustBeRejectedRule.CODE, `Only a rejected activity can be corrected; this one is ${this.status}.`, 'status', {
      status: this.status,
    });
  }
}
