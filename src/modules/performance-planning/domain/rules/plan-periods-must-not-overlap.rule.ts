import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate, periodsOverlap } from '../../../../shared-kernel/local-date';

type Period = { periodStart: LocalDate; periodEnd: LocalDate };

/**
 * After a mid-year transfer the old plan is closed at the move date and a new one starts: at any date an
 * employee works to exactly one plan.
 */
export class PlanPeriodsMustNotOverlapRule implements BusinessRule {
  static readonly CODE = 'PLAN_PERIODS_OVERLAP';
  private readonly clash: Period | undefined;

  constructor(candidate: Period, existingPlansOfEmployee: readonly Period[]) {
    this.clash = existingPlansOfEmployee.find((p) => periodsOverlap(p.periodStart, p.periodEnd, candidate.periodStart, candidate.periodEnd));
  }

  isBroken(): boolean {
    return this.clash !== undefined;
  }

  error(): DomainError {
    return DomainError.conflict(
      PlanPeriodsMustNotOverlapRule.CODE,
      `The employee already has a plan for ${this.clash!.periodStart}..${this.clash!.periodEnd}; close it before starting a new one.`,
      'periodStart',
      { periodStart: this.clash!.periodStart, periodEnd: this.clash!.periodEnd },
    );
  }
}
