import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { DailyActivityStatus } from './logged-activity.view';

/** Evidence may follow the entry (a scan made the next day) until the supervisor has approved on it. */
export class EvidenceMustNotChangeAfterApprovalRule implements BusinessRule {
  static readonly CODE = 'ACTIVITY_ALREADY_APPROVED';

  constructor(private readonly status: DailyActivityStatus) {}

  isBroken(): boolean {
    return this.status === 'APPROVED';
  }

  error(): DomainError {
    return DomainError.conflict(EvidenceMustNotChangeAfterApprovalRule.CODE, 'The activity is approved; its evidence can no longer change.', 'status');
  }
}
