import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import type { PerformancePlan } from '../performance-plan';
import type { ResultSource } from '../planned-result';

/**
 * Every result of someone who is not a unit head "intervenes" a result of their direct supervisor: the
 * parent must be in the latest APPROVED version of the supervisor's plan for the same year, so that no
 * one plans against a supervisor result that was never agreed.
 */
export class ResultMustCascadeFromSupervisorPlanRule implements BusinessRule {
  static readonly CODE = 'RESULT_MUST_CASCADE_FROM_SUPERVISOR_PLAN';
  static readonly PARENT_NOT_APPROVED_CODE = 'PARENT_RESULT_NOT_IN_SUPERVISOR_APPROVED_PLAN';

  constructor(private readonly input: { source: ResultSource; supervisorPlan: PerformancePlan | null; year: number }) {}

  private get cascadesFromAResult(): boolean {
    return this.input.source.kind === 'PARENT_RESULT';
  }

  isBroken(): boolean {
    const { source, supervisorPlan, year } = this.input;
    if (source.kind !== 'PARENT_RESULT') return true;
    const approved = supervisorPlan && supervisorPlan.year === year ? supervisorPlan.latestApprovedVersion() : null;
    return !approved || !approved.results.some((r) => r.id === source.parentResultId);
  }

  error(): DomainError {
    if (!this.cascadesFromAResult) {
      return DomainError.rule(ResultMustCascadeFromSupervisorPlanRule.CODE, "A planned result must cascade from a result of the supervisor's approved plan.", 'parentResultId');
    }
    return DomainError.rule(
      ResultMustCascadeFromSupervisorPlanRule.PARENT_NOT_APPROVED_CODE,
      `The parent result is not in the supervisor's approved plan for ${this.input.year}.`,
      'parentResultId',
      { year: this.input.year },
    );
  }
}
