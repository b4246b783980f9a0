import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { checkRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { written } from '../../../../platform/write/written';
import { Employee, EmployeeRecord } from '../../domain/employee';
import { Nip } from '../../domain/nip.value-object';
import { NipMustBeUniqueRule } from '../../domain/rules/nip-must-be-unique.rule';
import { EmployeeLogins } from '../../public/employee-logins.port';
import { MinistryToday } from '../ministry-today';
import { EmployeeRepository } from '../ports/employee-repository';

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
    private readonly employees: EmployeeRepository,
    private readonly logins: EmployeeLogins,
    private readonly today: MinistryToday,
  ) {}

  async execute({ actor, input }: CreateEmployee) {
    if (!actor.isHrAdmin && actor.adminUnitIds.length === 0) throw DomainError.forbidden('Only HR and unit administrators register employees.', 'ADMINS_ONLY');
    // PPPK numbers carry a contract count where a PNS number has the appointment month.
    const nip = Nip.parse(input.nip, this.today.date(), input.status === 'PPPK' ? 'PPPK' : 'PNS');
    const employee = Employee.register({ id: newId(), nip, name: input.name, status: input.status, statusSince: input.statusSince });
    checkRule(new NipMustBeUniqueRule(nip.value, await this.employees.isNipTaken(nip.value)));
    await this.employees.save(employee);
    const login = input.password === undefined ? [] : [await this.logins.createFor(employee.id, nip.value, input.password)];
    const [hired] = employee.statusHistory;
    const view = { ...employeeView(employee.details, hired.status), statusSince: hired.effectiveDate };
    return written(view, {
      audit: [...login, { action: 'CreateEmployee', targetType: 'Employee', targetId: employee.id, after: view }],
      events: employee.pullEvents(),
    });
  }
}
