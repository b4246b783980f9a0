import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { written } from '../../../../platform/write/written';
import { SupervisionFacade } from '../../../organization/public/supervision.facade';
import { WorkCalendarsFacade } from '../../../organization/public/work-calendars.facade';
import { assignResultToSubordinates } from '../../domain/assign-result-to-subordinates';
import { IndicatorInput } from '../../domain/indicator';
import { ResultSource } from '../../domain/planned-result';
import { PerformancePlan } from '../../domain/performance-plan';
import { PlanningContext, planView } from '../planning-context';
import { PlanRepository } from '../ports/plan-repository';

export interface ResultInput {
  title: string;
  parentResultId?: Id | null;
  unitTargetId?: Id | null;
  indicators: IndicatorInput[];
}

/** Exactly one source; the domain refuses none, so an ambiguous pair is refused here with the same code. */
function sourceOf(input: ResultInput): ResultSource {
  if (input.parentResultId && input.unitTargetId) {
    throw DomainError.validation('parentResultId', 'RESULT_SOURCE_REQUIRED', 'Give either parentResultId or unitTargetId, not both.');
  }
  if (input.unitTargetId) return { kind: 'UNIT_TARGET', unitTargetId: input.unitTargetId };
  return { kind: 'PARENT_RESULT', parentResultId: input.parentResultId ?? '' };
}

export class AddPlannedResult {
  constructor(
    readonly actor: Actor,
    readonly planId: Id,
    readonly input: ResultInput,
  ) {}
}

@CommandHandler(AddPlannedResult)
export class AddPlannedResultHandler implements ICommandHandler<AddPlannedResult> {
  constructor(
    private readonly plans: PlanRepository,
    private readonly context: PlanningContext,
  ) {}

  async execute({ actor, planId, input }: AddPlannedResult) {
    const plan = await this.context.loadPlan(planId, true);
    await this.context.assertCanEdit(actor, plan);
    const source = sourceOf(input);
    const result = plan.addResult({ title: input.title, indicators: input.indicators, source }, await this.context.cascadeContext(plan, source), this.context.now());
    await this.plans.save([plan]);
    const view = planView(plan);
    return written(
      { ...view, resultId: result.id },
      { audit: [{ action: 'AddPlannedResult', targetType: 'PerformancePlan', targetId: plan.id, after: view.results.find((r) => r.id === result.id) }], events: plan.pullEvents() },
    );
  }
}

export class AssignResultToSubordinates {
  constructor(
    readonly actor: Actor,
    readonly planId: Id,
    readonly resultId: Id,
    readonly input: { employeeIds: Id[]; title?: string; indicators?: IndicatorInput[] },
  ) {}
}

/**
 * A supervisor hands one result of their approved plan to many subordinates in one call. Those who
 * cannot take it (not theirs, no editable plan, already assigned) are reported, not fatal.
 */
@CommandHandler(AssignResultToSubordinates)
export class AssignResultToSubordinatesHandler implements ICommandHandler<AssignResultToSubordinates> {
  constructor(
    private readonly plans: PlanRepository,
    private readonly context: PlanningContext,
    private readonly calendars: WorkCalendarsFacade,
    private readonly supervision: SupervisionFacade,
  ) {}

  async execute({ actor, planId, resultId, input }: AssignResultToSubordinates) {
    const supervisorPlan = await this.context.loadPlan(planId);
    if (!actor.employeeId) throw DomainError.forbidden('Only the owner of a plan may assign its results to subordinates.', 'PLAN_OWNER_ASSIGNS');
    const date = this.context.referenceDate(supervisorPlan);
    const employeeIds = [...new Set(input.employeeIds)];
    const supervisors = await this.supervision.supervisorsOn(employeeIds, date);
    const plans = await this.plans.plansOf(employeeIds, supervisorPlan.year, { forUpdate: true });
    const planOf = new Map(plans.filter((p) => p.periodStart <= date && date <= p.periodEnd).map((p) => [p.employeeId, p]));
    const { assignments, refused } = assignResultToSubordinates({
      callerEmployeeId: actor.employeeId,
      supervisorPlan,
      parentResultId: resultId,
      title: input.title,
      indicators: input.indicators,
      subordinates: employeeIds.map((id) => ({ employeeId: id, supervisorId: supervisors.get(id)?.employeeId ?? null, plan: planOf.get(id) ?? null })),
    });
    // A sub-unit head under the caller owes results cascaded from their own unit's targets instead.
    const placements = [];
    for (const a of assignments) placements.push(await this.calendars.placementOn(a.employeeId, date));
    const at = this.context.now();
    const assigned: Array<{ employeeId: Id; planId: Id; resultId: Id }> = [];
    const changed: PerformancePlan[] = [];
    for (const [i, a] of assignments.entries()) {
      const placement = placements[i];
      const context = { employeeIsUnitHead: placement?.isUnitHead ?? false, employeeUnitId: placement?.unitId ?? '', supervisorPlan, unitTarget: null };
      try {
        assigned.push({ employeeId: a.employeeId, planId: a.plan.id, resultId: a.plan.addResult(a.draft, context, at).id });
        changed.push(a.plan);
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        refused.push({ employeeId: a.employeeId, code: e.code, message: e.message });
      }
    }
    await this.plans.save(changed);
    return written(
      { assigned, refused },
      {
        audit: [{ action: 'AssignResultToSubordinates', targetType: 'PlannedResult', targetId: resultId, after: { assigned, refused } }],
        events: changed.flatMap((plan) => plan.pullEvents()),
      },
    );
  }
}
