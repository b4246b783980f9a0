import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Actor } from '../../../../platform/auth/actor';
import { written } from '../../../../platform/write/written';
import { AccessPolicy } from '../../public/access-policy';
import { ClosedMonths } from '../closed-months';
import { EmployeeRepository } from '../ports/employee-repository';

export class ChangeEmployeeStatus {
  constructor(
    readonly actor: Actor,
    readonly employeeId: string,
    readonly status: string,
    readonly effectiveDate: string,
    readonly reason: string | null,
  ) {}
}

@CommandHandler(ChangeEmployeeStatus)
export class ChangeEmployeeStatusHandler implements ICommandHandler<ChangeEmployeeStatus> {
  constructor(
    private readonly employees: EmployeeRepository,
    private readonly access: AccessPolicy,
    private readonly closedMonths: ClosedMonths,
  ) {}

  async execute({ actor, employeeId, status, effectiveDate, reason }: ChangeEmployeeStatus) {
    await this.access.assertCanAdministerEmployee(actor, employeeId);
    const employee = (await this.employees.lockedById(employeeId))!;
    const before = employee.statusHistory;
    employee.changeStatus(status, effectiveDate);
    await this.closedMonths.assertOpenBetween(effectiveDate, null, `A status change effective ${effectiveDate}`);
    await this.employees.save(employee);
    const after = employee.statusHistory;
    return written(
      { employeeId, history: after },
      {
        audit: [{ action: 'ChangeEmployeeStatus', targetType: 'Employee', targetId: employeeId, reason, before: { history: before }, after: { history: after } }],
        events: employee.pullEvents(),
      },
    );
  }
}
