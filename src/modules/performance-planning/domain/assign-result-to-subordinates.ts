import { checkRule } from '../../../shared-kernel/business-rule';
import { DomainError } from '../../../shared-kernel/domain-error';
import { Id } from '../../../shared-kernel/ids';
import { IndicatorInput } from './indicator';
import type { PerformancePlan } from './performance-plan';
import { PlannedResultDraft } from './planned-result';
import { PlanMustBeEditableRule } from './rules/plan-must-be-editable.rule';
import { ResultMustCascadeFromSupervisorPlanRule } from './rules/result-must-cascade-from-supervisor-plan.rule';

export interface SubordinateToAssign {
  employeeId: Id;
  /** The subordinate's direct supervisor on the assignment date, as organization reports it. */
  supervisorId: Id | null;
  /** The subordinate's plan for the supervisor plan's year, or null when none was drafted. */
  plan: PerformancePlan | null;
}

export interface ResultAssignment {
  employeeId: Id;
  plan: PerformancePlan;
  draft: PlannedResultDraft;
}

export interface RefusedAssignment {
  employeeId: Id;
  code: string;
  message: string;
}

export const NOT_YOUR_SUBORDINATE = 'NOT_YOUR_SUBORDINATE';
export const NO_PLAN_FOR_YEAR = 'NO_PLAN_FOR_YEAR';
export const ALREADY_ASSIGNED = 'RESULT_ALREADY_ASSIGNED';

/**
 * Bulk cascading: one result of the caller's approved plan becomes a result of each subordinate's plan.
 * Nothing is changed here; the caller adds each draft with `plan.addResult`. Subordinates that cannot
 * receive it are reported, not fatal, so one stale plan does not block a whole team.
 */
export function assignResultToSubordinates(input: {
  callerEmployeeId: Id;
  supervisorPlan: PerformancePlan;
  parentResultId: Id;
  /** Defaults to the parent's title and indicators; a supervisor often narrows them for the team. */
  title?: string;
  indicators?: IndicatorInput[];
  subordinates: readonly SubordinateToAssign[];
}): { assignments: ResultAssignment[]; refused: RefusedAssignment[] } {
  const { supervisorPlan, parentResultId } = input;
  if (supervisorPlan.employeeId !== input.callerEmployeeId) {
    throw DomainError.forbidden('Only the owner of a plan may assign its results to subordinates.', 'PLAN_OWNER_ASSIGNS');
  }
  const source = { kind: 'PARENT_RESULT' as const, parentResultId };
  checkRule(new ResultMustCascadeFromSupervisorPlanRule({ source, supervisorPlan, year: supervisorPlan.year }));
  const parent = supervisorPlan.latestApprovedVersion()!.results.find((r) => r.id === parentResultId)!;
  const draft: PlannedResultDraft = {
    title: input.title ?? parent.title,
    indicators: input.indicators ?? parent.indicators.map((i) => i.toInput()),
    source,
  };

  const assignments: ResultAssignment[] = [];
  const refused: RefusedAssignment[] = [];
  const seen = new Set<Id>();
  for (const sub of input.subordinates) {
    if (seen.has(sub.employeeId)) continue;
    seen.add(sub.employeeId);
    const refusal = refusalFor(sub, input.callerEmployeeId, supervisorPlan.year, parentResultId);
    if (refusal) refused.push({ employeeId: sub.employeeId, ...refusal });
    else assignments.push({ employeeId: sub.employeeId, plan: sub.plan!, draft });
  }
  return { assignments, refused };
}

function refusalFor(sub: SubordinateToAssign, callerId: Id, year: number, parentResultId: Id): { code: string; message: string } | null {
  if (sub.supervisorId !== callerId) {
    return { code: NOT_YOUR_SUBORDINATE, message: 'This employee is not your direct subordinate.' };
  }
  if (!sub.plan || sub.plan.year !== year || sub.plan.employeeId !== sub.employeeId) {
    return { code: NO_PLAN_FOR_YEAR, message: `This employee has no plan for ${year}.` };
  }
  if (!sub.plan.isEditable()) {
    return { code: PlanMustBeEditableRule.CODE, message: `The employee's plan is ${sub.plan.status}${sub.plan.isClosed ? ' and closed' : ''}.` };
  }
  if (sub.plan.results.some((r) => r.source.kind === 'PARENT_RESULT' && r.source.parentResultId === parentResultId)) {
    return { code: ALREADY_ASSIGNED, message: "The employee's plan already has a result cascaded from this one." };
  }
  return null;
}
