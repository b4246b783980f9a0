import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { checkRule } from '../../../../shared-kernel/business-rule';
import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { Actor } from '../../../../platform/auth/actor';
import { written } from '../../../../platform/write/written';
import { AccessPolicy } from '../../../organization/public/access-policy';
import { PerformancePlan } from '../../domain/performance-plan';
import { PlanPeriodsMustNotOverlapRule } from '../../domain/rules/plan-periods-must-not-overlap.rule';
import { PlanningContext, planView } from '../planning-context';
import { PlanRepository } from '../ports/plan-repository';

export class DraftPlan {
  constructor(
    readonly actor: Actor,
    readonly input: { employeeId: Id; year: number; periodStart?: LocalDate; periodEnd?: LocalDate },
  ) {}
}

/**
 * An SKP for (part of) a year. The employee drafts their own; HR or a unit admin in scope may draft it
 * for them — typically the second plan after a transfer, starting on the move date.
 */
@CommandHandler(DraftPlan)
export class DraftPlanHandler implements ICommandHandler<DraftPlan> {
  constructor(
    private readonly plans: PlanRepository,
    private readonly context: PlanningContext,
    private readonly access: AccessPolicy,
  ) {}

  async execute({ actor, input }: DraftPlan) {
    const plan = PerformancePlan.draft({ ...input, at: this.context.now() });
    this.access.assertMayFileFor(actor, input.employeeId);
    if (!actor.isEmployee(input.employeeId)) {
      await this.access.assertCanAdministerEmployee(actor, input.employeeId, this.context.referenceDate(plan));
    }
    checkRule(new PlanPeriodsMustNotOverlapRule(plan, await this.plans.plansOf([input.employeeId], input.year, { forUpdate: true })));
    await this.plans.save([plan]);
    const view = planView(plan);
    return written(view, { audit: [{ action: 'DraftPlan', targetType: 'PerformancePlan', targetId: plan.id, after: view }], events: plan.pullEvents() });
  }
}

export class ClosePlan {
  constructor(
    readonly actor: Actor,
    readonly planId: Id,
    readonly lastDay: LocalDate,
    readonly reason?: string,
  ) {}
}

/** A mid-year transfer ends the plan on the last day in the old position; a new plan starts the next day. */
@CommandHandler(ClosePlan)
export class ClosePlanHandler implements ICommandHandler<ClosePlan> {
  constructor(
    private readonly plans: PlanRepository,
    private readonly context: PlanningContext,
    private readonly access: AccessPolicy,
  ) {}

  async execute({ actor, planId, lastDay, reason }: ClosePlan) {
    const plan = await this.context.loadPlan(planId, true);
    await this.access.assertCanAdministerEmployee(actor, plan.employeeId, this.context.referenceDate(plan));
    const before = planView(plan);
    plan.close(lastDay, this.context.now());
    await this.plans.save([plan]);
    const after = planView(plan);
    return written(after, { audit: [{ action: 'ClosePlan', targetType: 'PerformancePlan', targetId: plan.id, reason, before, after }], events: plan.pullEvents() });
  }
}
