import { DomainError } from '../../../../shared-kernel/domain-error';
import type { PerformancePlanStatus } from '../performance-plan';
import { PlanMustNotBeClosedRule } from './plan-must-not-be-closed.rule';

/**
 * Planned results are added, changed or removed only while the plan is DRAFT or RETURNED; an approved
 * plan is changed by starting a revision (a new version that needs approval again).
 */
export class PlanMustBeEditableRule {
  static readonly CODE = 'PLAN_NOT_EDITABLE';

  static isSatisfiedBy(plan: { status: PerformancePlanStatus; isClosed: boolean }): boolean {
    return !plan.isClosed && (plan.status === 'DRAFT' || plan.status === 'RETURNED');
  }

  static check(plan: { status: PerformancePlanStatus; isClosed: boolean }): void {
    PlanMustNotBeClosedRule.check(plan);
    if (!PlanMustBeEditableRule.isSatisfiedBy(plan)) {
      throw DomainError.conflict(
        PlanMustBeEditableRule.CODE,
        `Results can be changed only while the plan is DRAFT or RETURNED; it is ${plan.status}. Start a revision to change an approved plan.`,
      );
    }
  }
}
