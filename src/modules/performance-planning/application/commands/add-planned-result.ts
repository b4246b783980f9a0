import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { AuditLog } from '../../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { SupervisionFacade } from '../../../organization/public/supervision.facade';
import { WorkCalendarsFacade } from '../../../organization/public/work-calendars.facade';
import { assignResultToSubordinates } from '../../domain/assign-result-to-subordinates';
import { IndicatorInput } from '../../domain/indicator';
import { ResultSource } from '../../domain/planned-result';
import { PlanningRepository } from '../../infrastructure/persistence/planning.repository';
import { PlanningContext, planView } from '../planning-context';

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
    private readonly uow: UnitOfWork,
    private readonly repo: PlanningRepository,
    private readonly context: PlanningContext,
    private readonly audit: AuditLog,
  ) {}

  async execute({ actor, planId, input }: AddPlannedResult) {
    return this.uow.run(async () => {
      const plan = await this.context.loadPlan(planId, true);
      await this.context.assertCanEdit(actor, plan);
      const source = sourceOf(input);
      const { result } = plan.addResult({ title: input.title, indicators: input.indicators, source }, await this.context.cascadeContext(plan, source), this.context.now());
      await this.repo.save([plan]);
      const view = planView(plan);
      await this.audit.record({ action: 'AddPlannedResult', targetType: 'PerformancePlan', targetId: plan.id, after: view.results.find((r) => r.id === result.id) });
      return { ...view, resultId: result.id };
    });
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
    private readonly uow: UnitOfWork,
    private readonly repo: PlanningRepository,
    private readonly context: PlanningContext,
    private readonly calendars: WorkCalendarsFacade,
    private readonly supervision: SupervisionFacade,
    private readonly audit: AuditLog,
  ) {}

  async execute({ actor, planId, resultId, input }: AssignResultToSubordinates) {
    return this.uow.run(async () => {
      const supervisorPlan = await this.context.loadPlan(planId);
      if (!actor.employeeId) throw DomainError.forbidden('Only the owner of a plan may assign its results to subordinates.');
      const date = this.context.referenceDate(supervisorPlan);
      const employeeIds = [...new Set(input.employeeIds)];
      const supervisors = await this.supervision.supervisorsOn(employeeIds, date);
      const plans = await this.repo.plansOf(employeeIds, supervisorPlan.year, true);
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
      const changed = [];
      for (const [i, a] of assignments.entries()) {
        const placement = placements[i];
        const context = { employeeIsUnitHead: placement?.isUnitHead ?? false, employeeUnitId: placement?.unitId ?? '', supervisorPlan, unitTarget: null };
        try {
          assigned.push({ employeeId: a.employeeId, planId: a.plan.id, resultId: a.plan.addResult(a.draft, context, at).result.id });
          changed.push(a.plan);
        } catch (e) {
          if (!(e instanceof DomainError)) throw e;
          refused.push({ employeeId: a.employeeId, code: e.code, message: e.message });
        }
      }
      await this.repo.save(changed);
      await this.audit.record({ action: 'AssignResultToSubordinates', targetType: 'PlannedResult', targetId: resultId, after: { assigned, refused } });
      return { assigned, refused };
    });
  }
}
