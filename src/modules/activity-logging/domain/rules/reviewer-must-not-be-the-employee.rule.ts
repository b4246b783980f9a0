import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';

/** Nobody reviews their own work, not even on a day they act as their own supervisor. */
export class ReviewerMustNotBeTheEmployeeRule implements BusinessRule {
  constructor(
    private readonly reviewerId: Id,
    private readonly employeeId: Id,
  ) {}

  isBroken(): boolean {
    return this.reviewerId === this.employeeId;
  }

  error(): DomainError {
    return DomainError.forbidden('An employee may not review their own activity.', 'NOT_ONE_OWN_REVIEW');
  }
}
