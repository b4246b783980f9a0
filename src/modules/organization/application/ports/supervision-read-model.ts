import { LocalDate } from '../../../../shared-kernel/local-date';
import { Assignment } from '../../domain/assignment';

export interface PositionLink {
  id: string;
  parentPositionId: string | null;
}

/** The slices of the position map and its assignments that supervision is resolved over, set-based. */
export abstract class SupervisionReadModel {
  /** The given positions and every position above them. */
  abstract positionsAbove(positionIds: string[]): Promise<PositionLink[]>;
  /** Every position below the given ones (not the given ones). */
  abstract positionsBelow(positionIds: string[]): Promise<PositionLink[]>;
  /** Positions the employee holds on `date`, definitive or acting. */
  abstract positionsHeldOn(employeeId: string, date: LocalDate): Promise<string[]>;
  /** Every assignment to `positionIds` active on `date`. */
  abstract assignmentsOn(positionIds: string[], date: LocalDate): Promise<Assignment[]>;
  /** Every assignment to `positionIds` active on some day of [from, to]. */
  abstract assignmentsBetween(positionIds: string[], from: LocalDate, to: LocalDate): Promise<Assignment[]>;
  /** Every assignment ever made to `positionIds`. */
  abstract assignmentsOfPositions(positionIds: string[]): Promise<Assignment[]>;
  abstract definitiveAssignmentsOn(employeeIds: string[], date: LocalDate): Promise<Assignment[]>;
  abstract definitiveAssignmentsBetween(employeeIds: string[], from: LocalDate, to: LocalDate): Promise<Assignment[]>;
  /**
   * Every definitive assignment of everyone who ever held a definitive position below a position
   * `supervisorId` ever held: the candidates whose supervision intervals are resolved.
   */
  abstract definitiveAssignmentsBelow(supervisorId: string): Promise<Assignment[]>;
}
