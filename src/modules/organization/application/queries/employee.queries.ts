import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { Actor } from '../../../../platform/auth/actor';
import { statusOn } from '../../domain/employee-status';
import { AccessPolicy } from '../../public/access-policy';
import { assignmentView } from '../commands/assign-employee';
import { employeeView } from '../commands/create-employee';
import { MinistryToday } from '../ministry-today';
import { EmployeeReadModel } from '../ports/employee-read-model';
import { PlacementReadModel } from '../ports/placement-read-model';
import { SupervisorResolver } from '../supervisor-resolver';

/** Employees, their status history, assignments and supervisor, each checked against the caller. */
@Injectable()
export class EmployeeQueries {
  constructor(
    private readonly employees: EmployeeReadModel,
    private readonly placements: PlacementReadModel,
    private readonly supervisors: SupervisorResolver,
    private readonly access: AccessPolicy,
    private readonly today: MinistryToday,
  ) {}

  /** All (HR, auditor), a unit admin's subtree plus the not yet placed, or else only the caller. */
  async list(actor: Actor, filter: { date?: LocalDate; unitId?: string; nip?: string; after?: string; limit: number }) {
    const scope = actor.readsEverything
      ? {}
      : actor.adminUnitIds.length > 0
        ? { within: actor.adminUnitIds, includeUnplaced: true }
        : { onlyIds: actor.employeeId ? [actor.employeeId] : [] };
    const rows = await this.employees.employees({ ...filter, date: filter.date ?? this.today.date(), ...scope });
    return rows.map((e) => ({ id: e.id, nip: e.nip, name: e.name, birthDate: e.birthDate, sex: e.sex, unitId: e.unitId, positionId: e.positionId }));
  }

  async employee(actor: Actor, id: string) {
    await this.access.assertCanReadEmployee(actor, id);
    const employee = (await this.employees.employee(id))!;
    const history = await this.employees.statusHistory(id);
    const assignments = await this.placements.assignmentsOf(id);
    return { ...employeeView(employee, statusOn(history, this.today.date())), statusHistory: history, assignments: assignments.map(assignmentView) };
  }

  async statusHistory(actor: Actor, id: string) {
    await this.access.assertCanReadEmployee(actor, id);
    return this.employees.statusHistory(id);
  }

  async assignments(actor: Actor, id: string) {
    await this.access.assertCanReadEmployee(actor, id);
    return (await this.placements.assignmentsOf(id)).map(assignmentView);
  }

  async assignment(actor: Actor, id: string, assignmentId: string) {
    await this.access.assertCanReadEmployee(actor, id);
    const a = await this.placements.assignment(assignmentId);
    if (!a || a.employeeId !== id) throw DomainError.notFound('Assignment', assignmentId);
    return assignmentView(a);
  }

  async supervisor(actor: Actor, id: string, on: LocalDate | undefined) {
    const date = on ?? this.today.date();
    await this.access.assertCanReadEmployee(actor, id, date);
    const supervisor = await this.supervisors.resolve(id, date);
    if (!supervisor) {
      throw DomainError.notFound('Supervisor of employee', `${id} on ${date} (no definitive position that day, or nobody above holds a position)`);
    }
    return { employeeId: supervisor.employeeId, positionId: supervisor.positionId, acting: supervisor.acting, date };
  }
}
