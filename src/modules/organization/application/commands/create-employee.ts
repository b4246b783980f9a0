import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { AuditLog } from '../../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { Outbox } from '../../../../platform/outbox/outbox';
import { startStatusHistory } from '../../domain/employee-status';
import { Nip } from '../../domain/nip.value-object';
import { EmployeeRecord, OrganizationRepository } from '../../infrastructure/persistence/organization.repository';
import { EmployeeLogins } from '../../public/employee-logins.port';
import { EMPLOYEE_CREATED_V1, EmployeeCreatedV1 } from '../../public/events';
import { OrganizationAccess } from '../organization-access';

export class CreateEmployee {
  constructor(
    readonly actor: Actor,
    readonly input: { nip: string; name: string; status: string; statusSince: string; password?: string },
  ) {}
}

export const employeeView = (e: EmployeeRecord, status: string | null) => ({
  id: e.id,
  nip: e.nip,
  name: e.name,
  birthDate: e.birthDate,
  sex: e.sex,
  status,
});

@CommandHandler(CreateEmployee)
export class CreateEmployeeHandler implements ICommandHandler<CreateEmployee> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: OrganizationRepository,
    private readonly access: OrganizationAccess,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
    private readonly logins: EmployeeLogins,
  ) {}

  async execute({ actor, input }: CreateEmployee) {
    if (!actor.isHrAdmin && actor.adminUnitIds.length === 0) throw DomainError.forbidden('Only HR and unit administrators register employees.');
    // PPPK numbers carry a contract count where a PNS number has the appointment month.
    const nip = Nip.parse(input.nip, this.access.today(), input.status === 'PPPK' ? 'PPPK' : 'PNS');
    const history = startStatusHistory(input.status, input.statusSince);
    if (!input.name?.trim()) throw DomainError.validation('name', 'EMPLOYEE_NAME_REQUIRED', 'name is required: the employee’s full name as on the decree.');
    return this.uow.run(async () => {
      if (await this.repo.employeeByNip(nip.value)) {
        throw DomainError.conflict('NIP_TAKEN', `An employee with NIP ${nip.value} is already registered.`, 'nip');
      }
      const employee: EmployeeRecord = { id: newId(), nip: nip.value, name: input.name.trim(), birthDate: nip.birthDate, sex: nip.sex };
      await this.repo.insertEmployee(employee);
      await this.repo.insertStatus(newId(), employee.id, history[0].status, history[0].effectiveDate);
      if (input.password !== undefined) await this.logins.createFor(employee.id, employee.nip, input.password);
      const view = { ...employeeView(employee, history[0].status), statusSince: history[0].effectiveDate };
      await this.audit.record({ action: 'CreateEmployee', targetType: 'Employee', targetId: employee.id, after: view });
      await this.outbox.publish<EmployeeCreatedV1>({
        type: EMPLOYEE_CREATED_V1,
        source: 'organization',
        subject: `employees/${employee.nip}`,
        data: { employeeId: employee.id, nip: employee.nip, name: employee.name, status: history[0].status, statusSince: history[0].effectiveDate },
      });
      return view;
    });
  }
}
