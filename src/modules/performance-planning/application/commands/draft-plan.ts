import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { Actor } from '../../../../platform/auth/actor';
import { AuditLog } from '../../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { AccessPolicy } from '../../../organization/public/access-policy';
import { PerformancePlan } from '../../domain/performance-plan';
import { PlanPeriodsMustNotOverlapRule } from '../../domain/rules/plan-periods-must-not-overlap.rule';
import { PlanningRepository } from '../../infrastructure/persistence/planning.repository';
import { PlanningContext, planView } from '../planning-context';

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
    private readonly uow: UnitOfWork,
    private readonly repo: PlanningRepository,
    private readonly context: PlanningContext,
    private readonly access: AccessPolicy,
    private readonly audit: AuditLog,
  ) {}

  async execute({ actor, input }: DraftPlan) {
    const { plan } = PerformancePlan.draft({ ...input, at: this.context.now() });
    return this.uow.run(async () => {
      if (!actor.isEmployee(input.employeeId)) {
        await this.access.assertCanAdministerEmployee(actor, input.employeeId, this.context.referenceDate(plan));
      }
      PlanPeriodsMustNotOverlapRule.check(plan, await this.repo.plansOf([input.employeeId], input.year, true));
      await this.repo.save([plan]);
      const view = planView(plan);
      await this.audit.record({ action: 'DraftPlan', targetType: 'PerformancePlan', targetId: plan.id, after: view });
      return view;
    });
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
    private readonly uow: UnitOfWork,
    private readonly repo: PlanningRepository,
    private readonly context: PlanningContext,
    private readonly access: AccessPolicy,
    private readonly audit: AuditLog,
  ) {}

  async execute({ actor, planId, lastDay, reason }: ClosePlan) {
    return this.uow.run(async () => {
      const plan = await this.context.loadPlan(planId, true);
      await this.access.assertCanAdministerEmployee(actor, plan.employeeId, this.context.referenceDate(plan));
      const before = planView(plan);
      plan.close(lastDay, this.context.now());
      await this.repo.save([plan]);
      const after = planView(plan);
      await this.audit.record({ action: 'ClosePlan', targetType: 'PerformancePlan', targetId: plan.id, reason, before, after });
      return after;
    });
  }
}
