import { LocalDate } from '../../../../shared-kernel/local-date';

/**
 * The time zone an employee's day is read in: that of the unit of their definitive post that day (else of the
 * nearest one), as Organization places days for classification; null when never placed.
 */
export abstract class EmployeePlacements {
  abstract zoneOn(employeeId: string, date: LocalDate): Promise<string | null>;
}
