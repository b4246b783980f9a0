import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate, periodsOverlap } from '../../../../shared-kernel/local-date';

/**
 * After a mid-year transfer the old plan is closed at the move date and a new one starts: at any date an
 * employee works to exactly one plan.
 */
export class PlanPeriodsMustNotOverlapRule {
  static readonly CODE = 'PLAN_PERIODS_OVERLAP';

  static check(
    candidate: { periodStart: LocalDate; periodEnd: LocalDate },
    existingPlansOfEmployee: readonly { id: string; periodStart: LocalDate; periodEnd: LocalDate }[],
  ): void {
    const clash = existingPlansOfEmployee.find((p) => periodsOverlap(p.periodStart, p.periodEnd, candidate.periodStart, candidate.periodEnd));
    if (clash) {
      throw DomainError.conflict(
        PlanPeriodsMustNotOverlapRule.CODE,
        `The employee already has a plan for ${clash.periodStart}..${clash.periodEnd}; close it before starting a new one.`,
        'periodStart',
      );
    }
  }
}
