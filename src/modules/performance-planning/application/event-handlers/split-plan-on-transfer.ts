import { Injectable, OnModuleInit } from '@nestjs/common';
import { addDays } from '../../../../shared-kernel/local-date';
import { AuditLog } from '../../../../platform/audit/audit-log';
import { IntegrationEvent } from '../../../../platform/outbox/integration-event';
import { IntegrationEventBus } from '../../../../platform/outbox/integration-event-bus';
import { EMPLOYEE_ASSIGNED_V1, EmployeeAssignedV1 } from '../../../organization/public/events';
import { PerformancePlan } from '../../domain/performance-plan';
import { PlanPeriodsMustNotOverlapRule } from '../../domain/rules/plan-periods-must-not-overlap.rule';
import { PlanningRepository } from '../../infrastructure/persistence/planning.repository';
import { PlanningContext, planView } from '../planning-context';

/**
 * A mid-year transfer or promotion (a new definitive assignment) ends the SKP of the old position the day
 * before the move and opens a draft for the new one from the move date to the end of the year: the results
 * of the old post stay appraisable as they were, the new post gets its own cascade.
 */
@Injectable()
export class SplitPlanOnTransfer implements OnModuleInit {
  constructor(
    private readonly bus: IntegrationEventBus,
    private readonly repo: PlanningRepository,
    private readonly context: PlanningContext,
    private readonly audit: AuditLog,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe<EmployeeAssignedV1>(EMPLOYEE_ASSIGNED_V1, 'planning.split-plan-on-transfer', (e) => this.handle(e));
  }

  async handle(event: IntegrationEvent<EmployeeAssignedV1>): Promise<void> {
    const { employeeId, type, startDate } = event.data;
    if (type !== 'DEFINITIVE') return;
    const plan = await this.repo.planCovering(employeeId, startDate, true);
    if (!plan || plan.isClosed || plan.periodStart >= startDate) return;
    const before = planView(plan);
    const periodEnd = plan.periodEnd;
    plan.close(addDays(startDate, -1), this.context.now());
    const { plan: next } = PerformancePlan.draft({ employeeId, year: plan.year, periodStart: startDate, periodEnd, at: this.context.now() });
    PlanPeriodsMustNotOverlapRule.check(next, (await this.repo.plansOf([employeeId], plan.year, true)).filter((p) => p.id !== plan.id).concat(plan));
    await this.repo.save([plan, next]);
    const reason = `definitive assignment ${event.data.assignmentId} from ${startDate}`;
    await this.audit.record({ action: 'ClosePlan', targetType: 'PerformancePlan', targetId: plan.id, reason, before, after: planView(plan) });
    await this.audit.record({ action: 'DraftPlan', targetType: 'PerformancePlan', targetId: next.id, reason, after: planView(next) });
  }
}
