import { DomainError } from '../../../../shared-kernel/domain-error';

/** A plan closed at a mid-year transfer is history: no workflow step applies to it any more. */
export class PlanMustNotBeClosedRule {
  static readonly CODE = 'PLAN_CLOSED';

  static check(plan: { isClosed: boolean }): void {
    if (plan.isClosed) {
      throw DomainError.conflict(PlanMustNotBeClosedRule.CODE, 'The plan was closed (period ended) and can no longer change.');
    }
  }
}
