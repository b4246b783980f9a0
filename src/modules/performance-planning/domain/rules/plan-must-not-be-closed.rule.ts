import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';

/** A plan closed at a mid-year transfer is history: no workflow step applies to it any more. */
export class PlanMustNotBeClosedRule implements BusinessRule {
  static readonly CODE = 'PLAN_CLOSED';

  constructor(private readonly plan: { isClosed: boolean }) {}

  isBroken(): boolean {
    return this.plan.isClosed;
  }

  error(): DomainError {
    return DomainError.conflict(PlanMustNotBeClosedRule.CODE, 'The plan was closed (period ended) and can no longer change.');
  }
}
