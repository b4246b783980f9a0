import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';

/**
 * The latest approved version of one of the employee's plans, as performance-planning's facade reports it.
 * An employee transferred mid-year has two plans, each for its own period.
 */
export interface ApprovedPlanView {
  employeeId: Id;
  year: number;
  periodStart: LocalDate;
  periodEnd: LocalDate;
  resultIds: readonly Id[];
}

/**
 * An activity serves a planned result (RHK) of the employee's own approved plan whose period contains
 * the activity's date, so that minutes can be traced to what was agreed with the supervisor.
 */
export class ResultMustBelongToOwnApprovedPlanRule implements BusinessRule {
  static readonly CODE = 'RESULT_NOT_IN_OWN_APPROVED_PLAN';

  constructor(
    private readonly activity: { employeeId: Id; date: LocalDate; resultId: Id },
    private readonly approvedPlans: readonly ApprovedPlanView[],
  ) {}

  isBroken(): boolean {
    const { employeeId, date, resultId } = this.activity;
    const year = Number(date.slice(0, 4));
    return !this.approvedPlans.some((p) => p.employeeId === employeeId && p.year === year && p.periodStart <= date && date <= p.periodEnd && p.resultIds.includes(resultId));
  }

  error(): DomainError {
    return DomainError.rule(ResultMustBelongToOwnApprovedPlanRule.CODE, `The planned result is not in your approved plan covering ${this.activity.date}.`, 'resultId', {
      date: this.activity.date,
    });
  }
}
