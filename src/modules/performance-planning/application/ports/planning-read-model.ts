import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { IndicatorInput } from '../../domain/indicator';
import { PerformancePlan } from '../../domain/performance-plan';

/** The latest approved version of a plan, flattened for other modules. */
export interface ApprovedPlanRow {
  planId: Id;
  employeeId: Id;
  year: number;
  periodStart: LocalDate;
  periodEnd: LocalDate;
  version: number;
  results: Array<{ id: Id; title: string; indicators: IndicatorInput[] }>;
}

export abstract class PlanningReadModel {
  abstract plan(id: Id): Promise<PerformancePlan | null>;

  /** Ordered by id, up to `limit + 1`; `employeeIds` undefined: everyone's. */
  abstract plans(filter: { employeeIds?: readonly Id[]; year?: number; status?: string; after?: string; limit: number }): Promise<PerformancePlan[]>;

  /** The latest approved version of every plan of these employees in `year`, in one query. */
  abstract approvedPlans(employeeIds: readonly Id[], year: number): Promise<ApprovedPlanRow[]>;
}
