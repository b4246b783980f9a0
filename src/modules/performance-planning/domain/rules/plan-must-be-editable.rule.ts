import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import type { PerformancePlanStatus } from '../performance-plan';

/**
 * Planned results are added, changed or removed only while the plan is DRAFT or RETURNED; an approved
 * plan is changed by starting a revision (a new version that needs approval again).
 */
export class PlanMustBeEditableRule implements BusinessRule {
  static readonly CODE = 'PLAN_NOT_EDITABLE';

  constructor(private readonly plan: { status: PerformancePlanStatus; isClosed: boolean }) {}

  isBroken(): boolean {
    return this.plan.isClosed || (this.plan.status !== 'DRAFT' && this.plan.status !== 'RETURNED');
  }

  error(): DomainError {
    return DomainError.conflict(
      PlanMustBeEditableRule.CODE,
      `Results can be changed only while the plan is DRAFT or RETURNED; it is ${this.plan.status}. Start a revision to change an approved plan.`,
      undefined,
      { status: this.plan.status },
    );
  }
}
