import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';

/** An SKP is agreed between two people: its owner never approves or returns it. */
export class PlanReviewerMustNotBeItsOwnerRule implements BusinessRule {
  constructor(
    private readonly reviewerId: Id,
    private readonly ownerId: Id,
  ) {}

  isBroken(): boolean {
    return this.reviewerId === this.ownerId;
  }

  error(): DomainError {
    return DomainError.forbidden('An employee may not approve or return their own plan.', 'NOT_ONE_OWN_PLAN_REVIEW');
  }
}
