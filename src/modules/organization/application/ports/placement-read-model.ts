import { LocalDate } from '../../../../shared-kernel/local-date';
import { Assignment, AssignmentType } from '../../domain/assignment';

/** Who sits where on which day: assignments read as placements in units and headships. */
export abstract class PlacementReadModel {
  abstract assignment(id: string): Promise<Assignment | null>;
  /** Oldest first. */
  abstract assignmentsOf(employeeId: string): Promise<Assignment[]>;
  abstract hasAnyAssignment(employeeId: string): Promise<boolean>;
  /**
   * The unit an employee belongs to on `date`: that of their definitive position then, or else of their
   * latest definitive position before it (someone between posts stays with their last unit).
   */
  abstract unitOfEmployee(employeeId: string, date: LocalDate): Promise<{ unitId: string; timeZone: string } | null>;
  /**
   * The units the employee belongs to (as unitOfEmployee reads it) on the days of [from, to], and whether they
   * belong to one on `from` already (else the first days are spent unplaced).
   */
  abstract unitsOfEmployeeBetween(employeeId: string, from: LocalDate, to: LocalDate): Promise<{ unitIds: string[]; placedOnFrom: boolean }>;
  /**
   * The employee's definitive placement on `date`, and whether the post heads its unit: the top post of a
   * unit is the one whose parent post lies outside the unit (or that has none).
   */
  abstract placementOn(employeeId: string, date: LocalDate): Promise<{ unitId: string; positionId: string; isUnitHead: boolean } | null>;
  /** Units whose top post the employee holds on `date`, definitive or acting. */
  abstract headedUnitsOn(employeeId: string, date: LocalDate): Promise<string[]>;
  /**
   * The units each employee heads on `date`: they hold, definitively or as Plt, a top position of the unit.
   * A Plh only stands in for the day to day and does not head the unit.
   */
  abstract unitsHeadedOn(employeeIds: string[], date: LocalDate): Promise<Array<{ employeeId: string; unitId: string; type: AssignmentType }>>;
  /**
   * Which (employee, date) pairs have the employee in a definitive position of the subtree of `unitId` on that
   * date, answered as `${employeeId}|${date}` keys, in one query.
   */
  abstract placedInSubtreeOn(unitId: string, pairs: ReadonlyArray<{ employeeId: string; date: LocalDate }>): Promise<Set<string>>;
  /** Employees with a definitive position in the subtree of `unitId` on some day of [from, to]. */
  abstract employeesInSubtreeBetween(unitId: string, from: LocalDate, to: LocalDate): Promise<string[]>;
  /** Employees holding a definitive position at some time within [from, to]. */
  abstract employeesPlacedBetween(from: LocalDate, to: LocalDate): Promise<string[]>;
}
