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
export class ResultMustBelongToOwnApprovedPlanRule {
  static readonly CODE = 'RESULT_NOT_IN_OWN_APPROVED_PLAN';

  static check(activity: { employeeId: Id; date: LocalDate; resultId: Id }, approvedPlans: readonly ApprovedPlanView[]): void {
    const year = Number(activity.date.slice(0, 4));
    const served = approvedPlans.some(
      (p) =>
        p.employeeId === activity.employeeId &&
        p.year === year &&
        p.periodStart <= activity.date &&
        activity.date <= p.periodEnd &&
        p.resultIds.includes(activity.resultId),
    );
    if (!served) {
      throw DomainError.rule(
        ResultMustBelongToOwnApprovedPlanRule.CODE,
        `The planned result is not in your approved plan covering ${activity.date}.`,
        'resultId',
      );
    }
  }
}
