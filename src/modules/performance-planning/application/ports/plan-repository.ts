import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { PerformancePlan } from '../../domain/performance-plan';

/** Where plans are kept, within the command's transaction; `forUpdate` locks the rows read until it ends. */
export abstract class PlanRepository {
  abstract plan(id: Id, options?: { forUpdate: boolean }): Promise<PerformancePlan | null>;

  /** The employee's plan whose period contains `date`. */
  abstract planCovering(employeeId: Id, date: LocalDate, options?: { forUpdate: boolean }): Promise<PerformancePlan | null>;

  abstract plansOf(employeeIds: readonly Id[], year: number, options?: { forUpdate: boolean }): Promise<PerformancePlan[]>;

  /** Writes plans as their aggregates now stand. */
  abstract save(plans: readonly PerformancePlan[]): Promise<void>;
}
