import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';

/** A supervisor is asked to agree to something: at least one planned result. */
export class PlanMustHaveResultsToBeSubmittedRule implements BusinessRule {
  static readonly CODE = 'PLAN_HAS_NO_RESULTS';

  constructor(private readonly plan: { results: readonly unknown[] }) {}

  isBroken(): boolean {
    return this.plan.results.length === 0;
  }

  error(): DomainError {
    return DomainError.rule(PlanMustHaveResultsToBeSubmittedRule.CODE, 'A plan needs at least one planned result before it is submitted.', 'results');
  }
}
