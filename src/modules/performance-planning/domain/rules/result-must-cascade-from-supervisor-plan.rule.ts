import { DomainError } from '../../../../shared-kernel/domain-error';
import type { PerformancePlan } from '../performance-plan';
import type { ResultSource } from '../planned-result';

/**
 * Every result of someone who is not a unit head "intervenes" a result of their direct supervisor: the
 * parent must be in the latest APPROVED version of the supervisor's plan for the same year, so that no
 * one plans against a supervisor result that was never agreed.
 */
export class ResultMustCascadeFromSupervisorPlanRule {
  static readonly CODE = 'RESULT_MUST_CASCADE_FROM_SUPERVISOR_PLAN';
  static readonly PARENT_NOT_APPROVED_CODE = 'PARENT_RESULT_NOT_IN_SUPERVISOR_APPROVED_PLAN';

  static check(input: { source: ResultSource; supervisorPlan: PerformancePlan | null; year: number }): void {
    const { source, supervisorPlan } = input;
    if (source.kind !== 'PARENT_RESULT') {
      throw DomainError.rule(
        ResultMustCascadeFromSupervisorPlanRule.CODE,
        "A planned result must cascade from a result of the supervisor's approved plan.",
        'parentResultId',
      );
    }
    const approved = supervisorPlan && supervisorPlan.year === input.year ? supervisorPlan.latestApprovedVersion() : null;
    if (!approved || !approved.results.some((r) => r.id === source.parentResultId)) {
      throw DomainError.rule(
        ResultMustCascadeFromSupervisorPlanRule.PARENT_NOT_APPROVED_CODE,
        `The parent result is not in the supervisor's approved plan for ${input.year}.`,
        'parentResultId',
      );
    }
  }
}
