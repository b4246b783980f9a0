import { Injectable } from '@nestjs/common';
import { Id } from '../../../shared-kernel/ids';
import { LocalDate } from '../../../shared-kernel/local-date';
import { ApprovedPlanRow, PlanningReadModel } from '../application/ports/planning-read-model';

export type { PlanApprovedV1 } from './events';

/** The latest approved version of a plan: what activities are logged against and realisation is measured by. */
export type ApprovedPlan = ApprovedPlanRow;

/** What other modules may ask of performance planning. */
@Injectable()
export class PlanningFacade {
  constructor(private readonly plans: PlanningReadModel) {}

  /** Every plan of these employees in `year` that has an approved version, in one query. */
  approvedPlans(employeeIds: Id[], year: number): Promise<ApprovedPlan[]> {
    return this.plans.approvedPlans(employeeIds, year);
  }

  /** One plan's owner, year and period (whatever its status), or null. */
  async planHeader(planId: Id): Promise<{ id: Id; employeeId: Id; year: number; periodStart: LocalDate; periodEnd: LocalDate } | null> {
    const plan = await this.plans.plan(planId);
    return plan ? { id: plan.id, employeeId: plan.employeeId, year: plan.year, periodStart: plan.periodStart, periodEnd: plan.periodEnd } : null;
  }
}
