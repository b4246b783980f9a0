import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { newId } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { AuditLog } from '../../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { Outbox } from '../../../../platform/outbox/outbox';
import { addStatusChange } from '../../domain/employee-status';
import { OrganizationRepository } from '../../infrastructure/persistence/organization.repository';
import { EMPLOYEE_STATUS_CHANGED_V1, EmployeeStatusChangedV1 } from '../../public/events';
import { OrganizationAccess } from '../organization-access';

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
    private readonly uow: UnitOfWork,
    private readonly repo: OrganizationRepository,
    private readonly access: OrganizationAccess,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
  ) {}

  async execute({ actor, employeeId, status, effectiveDate, reason }: ChangeEmployeeStatus) {
    return this.uow.run(async () => {
      await this.access.assertCanAdministerEmployee(actor, employeeId);
      await this.repo.lockEmployee(employeeId);
      const before = await this.repo.statusHistory(employeeId);
      const after = addStatusChange(before, status, effectiveDate);
      const change = after.find((c) => c.effectiveDate === effectiveDate)!;
      await this.repo.insertStatus(newId(), employeeId, change.status, change.effectiveDate);
      await this.audit.record({ action: 'ChangeEmployeeStatus', targetType: 'Employee', targetId: employeeId, reason, before: { history: before }, after: { history: after } });
      await this.outbox.publish<EmployeeStatusChangedV1>({
        type: EMPLOYEE_STATUS_CHANGED_V1,
        source: 'organization',
        subject: `employees/${employeeId}`,
        data: { employeeId, status: change.status, effectiveDate: change.effectiveDate },
      });
      return { employeeId, history: after };
    });
  }
}
