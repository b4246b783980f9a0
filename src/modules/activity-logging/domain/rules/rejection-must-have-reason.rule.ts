import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';

/** The employee is told why, so that they can correct the activity and submit it again. */
export class RejectionMustHaveReasonRule implements BusinessRule {
  static readonly CODE = 'REJECTION_REASON_REQUIRED';

  constructor(private readonly reason: string | null) {}

  isBroken(): boolean {
    return this.reason === null;
  }

  error(): DomainError {
    return DomainError.validation('reason', RejectionMustHaveReasonRule.CODE, 'A rejection needs a reason.');
  }
}
