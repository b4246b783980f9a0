import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../shared-kernel/domain-error';
import { LocalDate } from '../../../shared-kernel/local-date';
import { EmployeeReadModel } from '../application/ports/employee-read-model';
import { EmployeeStatus, isLoginAllowedStatus, statusOn } from '../domain/employee-status';

export type { EmployeeStatus } from '../domain/employee-status';

export interface EmployeeProfile {
  id: string;
  nip: string;
  name: string;
  positionId: string | null;
  positionName: string | null;
  unitId: string | null;
  unitCode: string | null;
  unitName: string | null;
}

/** Who an employee is: NIP, name, status and post, one by one or many at once. */
@Injectable()
export class EmployeeProfilesFacade {
  constructor(private readonly employees: EmployeeReadModel) {}

  async nipOf(employeeId: string): Promise<string> {
    const employee = await this.employees.employee(employeeId);
    if (!employee) throw DomainError.notFound('Employee', employeeId);
    return employee.nip;
  }

  /** Many employees by NIP in one query, with the zone of their latest definitive unit (null: never placed). */
  async employeesByNips(nips: string[]): Promise<Map<string, { employeeId: string; timeZone: string | null }>> {
    const rows = await this.employees.byNips(nips);
    return new Map(rows.map((r) => [r.nip, { employeeId: r.id, timeZone: r.timeZone }]));
  }

  /** NIP and name of many employees in one query, ordered by NIP. */
  employeeNames(employeeIds: string[]): Promise<Array<{ id: string; nip: string; name: string }>> {
    return this.employees.names(employeeIds);
  }

  /** Identity and definitive post of many employees on `date` (null post fields when not placed then). */
  async employeeProfilesOn(employeeIds: string[], date: LocalDate): Promise<Map<string, EmployeeProfile>> {
    const rows = await this.employees.profilesOn(employeeIds, date);
    return new Map(
      rows.map((r) => [
        r.id,
        { id: r.id, nip: r.nip, name: r.name, positionId: r.positionId, positionName: r.positionName, unitId: r.unitId, unitCode: r.unitCode, unitName: r.unitName },
      ]),
    );
  }

  async statusOn(employeeId: string, date: LocalDate): Promise<EmployeeStatus | null> {
    return statusOn(await this.employees.statusHistory(employeeId), date);
  }

  isLoginAllowedStatus(status: EmployeeStatus): boolean {
    return isLoginAllowedStatus(status);
  }
}
