import { checkRule } from '../../../shared-kernel/business-rule';
import { Id } from '../../../shared-kernel/ids';
import type { PerformancePlan } from './performance-plan';
import type { ResultSource } from './planned-result';
import { ResultMustCascadeFromSupervisorPlanRule } from './rules/result-must-cascade-from-supervisor-plan.rule';
import { UnitHeadResultMustCascadeFromUnitTargetRule } from './rules/unit-head-result-must-cascade-from-unit-target.rule';
import type { UnitTarget } from './unit-target';

/**
 * What the application layer looks up (from organization and from other plans) so that the plan can
 * check where a result cascades from.
 */
export interface CascadeContext {
  employeeIsUnitHead: boolean;
  employeeUnitId: Id;
  /** The supervisor's plan for the same year, or null when there is none (or no supervisor). */
  supervisorPlan: PerformancePlan | null;
  /** The unit target named by the result's source, or null when the source names none or it is unknown. */
  unitTarget: UnitTarget | null;
}

export function assertResultCascades(source: ResultSource, year: number, context: CascadeContext): void {
  if (context.employeeIsUnitHead) {
    checkRule(new UnitHeadResultMustCascadeFromUnitTargetRule({ source, unitTarget: context.unitTarget, headUnitId: context.employeeUnitId, year }));
  } else {
    checkRule(new ResultMustCascadeFromSupervisorPlanRule({ source, supervisorPlan: context.supervisorPlan, year }));
  }
}
