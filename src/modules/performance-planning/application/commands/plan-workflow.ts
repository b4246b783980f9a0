import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Id } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { written } from '../../../../platform/write/written';
import { PerformancePlan } from '../../domain/performance-plan';
import { PlanningContext, planView } from '../planning-context';
import { PlanRepository } from '../ports/plan-repository';

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
    private readonly plans: PlanRepository,
    private readonly context: PlanningContext,
  ) {}

  async execute({ actor, planId, transition, reason }: ChangePlanStatus) {
    const plan = await this.context.loadPlan(planId, true);
    const before = planView(plan);
    await this.apply(actor, plan, transition, reason);
    await this.plans.save([plan]);
    const after = planView(plan);
    return written(after, {
      audit: [{ action: ACTIONS[transition], targetType: 'PerformancePlan', targetId: plan.id, reason, before: { status: before.status, version: before.version }, after }],
      events: plan.pullEvents(),
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
