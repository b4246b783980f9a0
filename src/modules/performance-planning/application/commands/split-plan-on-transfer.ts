import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { checkRule } from '../../../../shared-kernel/business-rule';
import { Id } from '../../../../shared-kernel/ids';
import { addDays, LocalDate } from '../../../../shared-kernel/local-date';
import { written } from '../../../../platform/write/written';
import { PerformancePlan } from '../../domain/performance-plan';
import { PlanPeriodsMustNotOverlapRule } from '../../domain/rules/plan-periods-must-not-overlap.rule';
import { PlanningContext, planView } from '../planning-context';
import { PlanRepository } from '../ports/plan-repository';

export class SplitPlanAtTransfer {
  constructor(
    readonly employeeId: Id,
    readonly assignmentId: Id,
    readonly startDate: LocalDate,
  ) {}
}

/**
 * A mid-year transfer or promotion (a new definitive assignment) ends the SKP of the old position the day
 * before the move and opens a draft for the new one from the move date to the end of the year: the results
 * of the old post stay appraisable as they were, the new post gets its own cascade.
 */
@CommandHandler(SplitPlanAtTransfer)
export class SplitPlanAtTransferHandler implements ICommandHandler<SplitPlanAtTransfer> {
  constructor(
    private readonly plans: PlanRepository,
    private readonly context: PlanningContext,
  ) {}

  async execute({ employeeId, assignmentId, startDate }: SplitPlanAtTransfer) {
    const plan = await this.plans.planCovering(employeeId, startDate, { forUpdate: true });
    if (!plan || plan.isClosed || plan.periodStart >= startDate) return written(null);
    const before = planView(plan);
    const periodEnd = plan.periodEnd;
    plan.close(addDays(startDate, -1), this.context.now());
    const next = PerformancePlan.draft({ employeeId, year: plan.year, periodStart: startDate, periodEnd, at: this.context.now() });
    const others = (await this.plans.plansOf([employeeId], plan.year, { forUpdate: true })).filter((p) => p.id !== plan.id);
    checkRule(new PlanPeriodsMustNotOverlapRule(next, [...others, plan]));
    await this.plans.save([plan, next]);
    const reason = `definitive assignment ${assignmentId} from ${startDate}`;
    return written(null, {
      audit: [
        { action: 'ClosePlan', targetType: 'PerformancePlan', targetId: plan.id, reason, before, after: planView(plan) },
        { action: 'DraftPlan', targetType: 'PerformancePlan', targetId: next.id, reason, after: planView(next) },
      ],
      events: [...plan.pullEvents(), ...next.pullEvents()],
    });
  }
}
