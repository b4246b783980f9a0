import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { AuditLog } from '../../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { Outbox } from '../../../../platform/outbox/outbox';
import { Assignment, createAssignment, endAssignment } from '../../domain/assignment';
import { checkRule } from '../../../../shared-kernel/business-rule';
import { DefinitiveAssignmentsMustNotOverlapRule } from '../../domain/rules/definitive-assignments-must-not-overlap.rule';
import { SingleHolderPositionRule } from '../../domain/rules/single-holder-position.rule';
import { OrganizationRepository } from '../../infrastructure/persistence/organization.repository';
import { ASSIGNMENT_ENDED_V1, AssignmentEndedV1, EMPLOYEE_ASSIGNED_V1, EmployeeAssignedV1 } from '../../public/events';
import { OrganizationAccess } from '../organization-access';

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
    private readonly uow: UnitOfWork,
    private readonly repo: OrganizationRepository,
    private readonly access: OrganizationAccess,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
  ) {}

  async execute({ actor, employeeId, input }: AssignEmployee) {
    return this.uow.run(async () => {
      await this.access.assertCanAdministerEmployee(actor, employeeId);
      const position = await this.repo.position(input.positionId);
      if (!position) throw DomainError.validation('positionId', 'POSITION_NOT_FOUND', `positionId ${input.positionId} is not a position.`);
      await this.access.assertCanAdministerUnit(actor, position.unitId);
      const assignment = createAssignment({ id: newId(), employeeId, ...input });
      // Locks in a fixed order (employee, then position) so two concurrent assignments cannot both pass the rules.
      await this.repo.lockEmployee(employeeId);
      await this.repo.lockPosition(position.id);
      checkRule(new DefinitiveAssignmentsMustNotOverlapRule(assignment, await this.repo.assignmentsOfEmployee(employeeId)));
      checkRule(new SingleHolderPositionRule(position, assignment, await this.repo.assignmentsOfPosition(position.id)));
      await this.repo.insertAssignment(assignment);
      await this.audit.record({ action: 'AssignEmployee', targetType: 'Employee', targetId: employeeId, after: assignmentView(assignment) });
      await this.outbox.publish<EmployeeAssignedV1>({
        type: EMPLOYEE_ASSIGNED_V1,
        source: 'organization',
        subject: `employees/${employeeId}`,
        data: { ...assignmentView(assignment), assignmentId: assignment.id, unitId: position.unitId },
      });
      return assignmentView(assignment);
    });
  }
}

@CommandHandler(EndAssignment)
export class EndAssignmentHandler implements ICommandHandler<EndAssignment> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: OrganizationRepository,
    private readonly access: OrganizationAccess,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
  ) {}

  async execute({ actor, employeeId, assignmentId, endDate, reason }: EndAssignment) {
    return this.uow.run(async () => {
      await this.access.assertCanAdministerEmployee(actor, employeeId);
      const before = await this.repo.assignment(assignmentId);
      if (!before || before.employeeId !== employeeId) throw DomainError.notFound('Assignment', assignmentId);
      const position = (await this.repo.position(before.positionId))!;
      await this.repo.lockEmployee(employeeId);
      await this.repo.lockPosition(position.id);
      const after = endAssignment(before, endDate);
      checkRule(new SingleHolderPositionRule(position, after, await this.repo.assignmentsOfPosition(position.id)));
      await this.repo.setAssignmentEnd(assignmentId, after.endDate!);
      await this.audit.record({ action: 'EndAssignment', targetType: 'Employee', targetId: employeeId, reason, before: assignmentView(before), after: assignmentView(after) });
      await this.outbox.publish<AssignmentEndedV1>({
        type: ASSIGNMENT_ENDED_V1,
        source: 'organization',
        subject: `employees/${employeeId}`,
        data: { employeeId, assignmentId, endDate: after.endDate! },
      });
      return assignmentView(after);
    });
  }
}
