import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import type { PerformancePlanStatus } from '../performance-plan';

/** DRAFT or RETURNED → submit → SUBMITTED → approve or return; APPROVED → revise → DRAFT of the next version. */
export class PlanStepMustFollowItsWorkflowRule implements BusinessRule {
  static readonly CODE = 'ILLEGAL_PLAN_TRANSITION';

  constructor(
    private readonly status: PerformancePlanStatus,
    private readonly step: string,
    private readonly allowedFrom: readonly PerformancePlanStatus[],
  ) {}

  isBroken(): boolean {
    return !this.allowedFrom.includes(this.status);
  }

  error(): DomainError {
    return DomainError.conflict(PlanStepMustFollowItsWorkflowRule.CODE, `Cannot ${this.step} a plan that is ${this.status}.`, 'status', { status: this.status });
  }
}
