import { EmployeeStatement } from '../../domain/employee-statement';

export abstract class StatementRepository {
  /**
   * Writes the versions in one statement; a version that already exists (employee, month, version) is left as
   * it is. Returns the ids actually written, so only those reach payroll.
   */
  abstract addAll(statements: readonly EmployeeStatement[]): Promise<Set<string>>;

  /** The statements of the employee's months in [from, to] need recomputing (a late sanction, a correction). */
  abstract markStale(employeeId: string, from: string, to: string): Promise<number>;
}
