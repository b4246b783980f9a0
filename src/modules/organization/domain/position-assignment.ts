import { checkRule } from '../../../shared-kernel/business-rule';
import { AggregateRoot, DomainEvent } from '../../../shared-kernel/domain-event';
import { Id } from '../../../shared-kernel/ids';
import { LocalDate } from '../../../shared-kernel/local-date';
import { Assignment, createAssignment, endAssignment, NewAssignment } from './assignment';
import { Position } from './position';
import { DefinitiveAssignmentsMustNotOverlapRule } from './rules/definitive-assignments-must-not-overlap.rule';
import { SingleHolderPositionRule } from './rules/single-holder-position.rule';

export interface EmployeeAssigned extends DomainEvent {
  readonly type: 'EmployeeAssigned';
  readonly assignment: Assignment;
  /** The unit of the position, so receivers need not ask Organization where the employee now sits. */
  readonly unitId: Id;
}

export interface AssignmentEnded extends DomainEvent {
  readonly type: 'AssignmentEnded';
  readonly employeeId: Id;
  readonly assignmentId: Id;
  readonly endDate: LocalDate;
}

export type AssignmentEvent = EmployeeAssigned | AssignmentEnded;

type PostFacts = Pick<Position, 'id' | 'kind' | 'unitId'>;

/**
 * An employee holding a position over a period. Its rules span the employee's other assignments and the
 * post's, so it is given both (loaded under lock) whenever it starts or ends.
 */
export class PositionAssignment extends AggregateRoot<AssignmentEvent> {
  private constructor(
    private current: Assignment,
    readonly isNew: boolean,
  ) {
    super();
  }

  static appoint(props: NewAssignment, position: PostFacts, held: { employeeAssignments: readonly Assignment[]; positionAssignments: readonly Assignment[] }): PositionAssignment {
    const assignment = createAssignment(props);
    checkRule(new DefinitiveAssignmentsMustNotOverlapRule(assignment, held.employeeAssignments));
    checkRule(new SingleHolderPositionRule(position, assignment, held.positionAssignments));
    const appointed = new PositionAssignment(assignment, true);
    appointed.record({ type: 'EmployeeAssigned', assignment, unitId: position.unitId });
    return appointed;
  }

  static restore(assignment: Assignment): PositionAssignment {
    return new PositionAssignment(assignment, false);
  }

  get assignment(): Assignment {
    return this.current;
  }

  end(endDate: unknown, position: PostFacts, positionAssignments: readonly Assignment[]): void {
    const ended = endAssignment(this.current, endDate);
    checkRule(new SingleHolderPositionRule(position, ended, positionAssignments));
    this.current = ended;
    this.record({ type: 'AssignmentEnded', employeeId: ended.employeeId, assignmentId: ended.id, endDate: ended.endDate! });
  }
}
