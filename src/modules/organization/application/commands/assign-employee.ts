import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import { addDays } from '../../../../shared-kernel/local-date';
import { Actor } from '../../../../platform/auth/actor';
import { written } from '../../../../platform/write/written';
import { Assignment } from '../../domain/assignment';
import { PositionAssignment } from '../../domain/position-assignment';
import { AccessPolicy } from '../../public/access-policy';
import { ClosedMonths } from '../closed-months';
import { AssignmentRepository } from '../ports/assignment-repository';
import { PositionRepository } from '../ports/position-repository';

export class AssignEmployee {
  constructor(
    readonly actor: Actor,
    readonly employeeId: string,
    readonly input: { positionId: string; type: string; startDate: string; endDate?: string | null },
  ) {}
}

export class EndAssignment {
  constructor(
    readonly actor: Actor,
    readonly employeeId: string,
    readonly assignmentId: string,
    readonly endDate: string,
    readonly reason: string | null,
  ) {}
}

export const assignmentView = (a: Assignment) => ({
  id: a.id,
  employeeId: a.employeeId,
  positionId: a.positionId,
  type: a.type,
  startDate: a.startDate,
  endDate: a.endDate,
});

@CommandHandler(AssignEmployee)
export class AssignEmployeeHandler implements ICommandHandler<AssignEmployee> {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly positions: PositionRepository,
    private readonly access: AccessPolicy,
    private readonly closedMonths: ClosedMonths,
  ) {}

  async execute({ actor, employeeId, input }: AssignEmployee) {
    await this.access.assertCanAdministerEmployee(actor, employeeId);
    const position = await this.positions.byId(input.positionId);
    if (!position) throw DomainError.validation('positionId', 'POSITION_NOT_FOUND', `positionId ${input.positionId} is not a position.`);
    await this.access.assertCanAdministerUnit(actor, position.unitId);
    await this.assignments.lockHoldersOf(employeeId, position.id);
    const appointed = PositionAssignment.appoint({ id: newId(), employeeId, ...input }, position, {
      employeeAssignments: await this.assignments.ofEmployee(employeeId),
      positionAssignments: await this.assignments.ofPosition(position.id),
    });
    const { startDate, endDate } = appointed.assignment;
    await this.closedMonths.assertOpenBetween(startDate, endDate, `An assignment from ${startDate}`);
    await this.assignments.save(appointed);
    const view = assignmentView(appointed.assignment);
    return written(view, {
      audit: [{ action: 'AssignEmployee', targetType: 'Employee', targetId: employeeId, after: view }],
      events: appointed.pullEvents(),
    });
  }
}

@CommandHandler(EndAssignment)
export class EndAssignmentHandler implements ICommandHandler<EndAssignment> {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly positions: PositionRepository,
    private readonly access: AccessPolicy,
    private readonly closedMonths: ClosedMonths,
  ) {}

  async execute({ actor, employeeId, assignmentId, endDate, reason }: EndAssignment) {
    await this.access.assertCanAdministerEmployee(actor, employeeId);
    const before = await this.assignments.byId(assignmentId);
    if (!before || before.employeeId !== employeeId) throw DomainError.notFound('Assignment', assignmentId);
    const position = (await this.positions.byId(before.positionId))!;
    // An employee of one's unit may hold a post elsewhere (a Plt across units): that post's unit decides too.
    await this.access.assertCanAdministerUnit(actor, position.unitId);
    await this.assignments.lockHoldersOf(employeeId, position.id);
    const held = PositionAssignment.restore(before);
    held.end(endDate, position, await this.assignments.ofPosition(position.id));
    // The days after the new end are no longer held: those are the days the change reaches.
    await this.closedMonths.assertOpenBetween(addDays(endDate, 1), before.endDate, `Ending the assignment on ${endDate}`);
    await this.assignments.save(held);
    const view = assignmentView(held.assignment);
    return written(view, {
      audit: [{ action: 'EndAssignment', targetType: 'Employee', targetId: employeeId, reason, before: assignmentView(before), after: view }],
      events: held.pullEvents(),
    });
  }
}
