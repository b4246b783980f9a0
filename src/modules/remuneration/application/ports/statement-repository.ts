import { EmployeeStatement } from '../../domain/employee-statement';

export abstract class StatementRepository {
  /**
   * Writes the versions in one statement; a version that already exists (employee, month, version) is left as
   * it is. Returns the ids actually written, so only those reach payroll.
   */
  abstract addAll(statements: readonly EmployeeStatement[]): Promise<Set<string>>;

  /**
   * The statements of the employee's months in [from, to] need recomputing (a late sanction, a correction).
   * `decidedIn`: the transaction of a decision made elsewhere; a month whose close began after it committed
   * read the decision, and is left alone. Without it (a decision of this transaction), every such month.
   */
  abstract markStale(employeeId: string, from: string, to: string, decidedIn?: string): Promise<number>;

  /** The statements of months from `from` on that were paid from the position (a regrade). */
  abstract markStaleOfPositionHolders(positionId: string, from: string, decidedIn: string): Promise<number>;

  /** The latest version of up to `limit` stale statements of the month, in employee id order. */
  abstract staleLatest(month: string, limit: number): Promise<EmployeeStatement[]>;

  /** These employees' statements of the month are current again (recomputed, or unchanged by the correction). */
  abstract markFresh(month: string, employeeIds: string[]): Promise<void>;
}
