import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Id } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { AuditLog } from '../../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { Outbox } from '../../../../platform/outbox/outbox';
import { PerformancePlan } from '../../domain/performance-plan';
import { PlanningRepository } from '../../infrastructure/persistence/planning.repository';
import { PLAN_APPROVED_V1, PlanApprovedV1 } from '../../public/events';
import { PlanningContext, planView } from '../planning-context';

export type PlanTransition = 'submit' | 'approve' | 'return' | 'revise';

export class ChangePlanStatus {
  constructor(
    readonly actor: Actor,
    readonly planId: Id,
    readonly transition: PlanTransition,
    readonly reason?: string,
  ) {}
}

const ACTIONS: Record<PlanTransition, string> = { submit: 'SubmitPlan', approve: 'ApprovePlan', return: 'ReturnPlan', revise: 'StartPlanRevision' };

/**
 * The SKP workflow: the owner submits and starts revisions; the direct supervisor on the plan's date
 * (Plt/Plh included) approves or returns it with a reason.
 */
@CommandHandler(ChangePlanStatus)
export class ChangePlanStatusHandler implements ICommandHandler<ChangePlanStatus> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: PlanningRepository,
    private readonly context: PlanningContext,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
  ) {}

  async execute({ actor, planId, transition, reason }: ChangePlanStatus) {
    return this.uow.run(async () => {
      const plan = await this.context.loadPlan(planId, true);
      const before = planView(plan);
      await this.apply(actor, plan, transition, reason);
      await this.repo.save([plan]);
      const after = planView(plan);
      await this.audit.record({ action: ACTIONS[transition], targetType: 'PerformancePlan', targetId: plan.id, reason, before: { status: before.status, version: before.version }, after });
      if (transition === 'approve') {
        await this.outbox.publish<PlanApprovedV1>({
          type: PLAN_APPROVED_V1,
          source: 'performance-planning',
          subject: `plans/${plan.id}`,
          data: { planId: plan.id, employeeId: plan.employeeId, year: plan.year, version: plan.version, periodStart: plan.periodStart, periodEnd: plan.periodEnd },
        });
      }
      return after;
    });
  }

  private async apply(actor: Actor, plan: PerformancePlan, transition: PlanTransition, reason?: string): Promise<void> {
    const at = this.context.now();
    switch (transition) {
      case 'submit':
        await this.context.assertCanEdit(actor, plan);
        plan.submit(at);
        return;
      case 'revise':
        await this.context.assertCanEdit(actor, plan);
        plan.startRevision(at);
        return;
      case 'approve':
        plan.approve(await this.context.assertIsSupervisor(actor, plan), at);
        return;
      case 'return':
        plan.returnForRevision(await this.context.assertIsSupervisor(actor, plan), reason ?? '', at);
        return;
    }
  }
}
