import { Assignment } from '../../domain/assignment';
import { PositionAssignment } from '../../domain/position-assignment';

export abstract class AssignmentRepository {
  /**
   * Serialises changes to the assignments of one employee and one position between concurrent requests,
   * always locking in the same order (employee, then position) so two writers cannot deadlock.
   */
  abstract lockHoldersOf(employeeId: string, positionId: string): Promise<void>;
  abstract byId(id: string): Promise<Assignment | null>;
  abstract ofEmployee(employeeId: string): Promise<Assignment[]>;
  abstract ofPosition(positionId: string): Promise<Assignment[]>;
  /** Inserts a new assignment or writes the end date of an existing one. */
  abstract save(assignment: PositionAssignment): Promise<void>;
}
