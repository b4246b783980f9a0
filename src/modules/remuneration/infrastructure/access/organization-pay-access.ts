import { Injectable } from '@nestjs/common';
import { Actor } from '../../../../platform/auth/actor';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { AccessPolicy } from '../../../organization/public/access-policy';
import { EmployeeProfilesFacade } from '../../../organization/public/employee-profiles.facade';
import { UnitTreeFacade } from '../../../organization/public/unit-tree.facade';
import { PayAccess } from '../../application/ports/pay-access';

const NOT_YOURS = "Pay is read by the employee, HR, payroll, auditors and the admins of the employee's unit; supervisors do not see their team's pay.";

/** Pay is narrower than organization's reading rights: a supervisor reads their team's records, not its pay. */
@Injectable()
export class OrganizationPayAccess extends PayAccess {
  constructor(
    private readonly access: AccessPolicy,
    private readonly units: UnitTreeFacade,
    private readonly profiles: EmployeeProfilesFacade,
  ) {
    super();
  }

  async assertCanReadPay(actor: Actor, employeeId: string, unitId: string | null): Promise<void> {
    if (actor.readsEverything || actor.has('PAYROLL') || actor.isEmployee(employeeId)) return;
    if (actor.adminUnitIds.length === 0) throw DomainError.forbidden(NOT_YOURS, 'PAY_NOT_YOURS');
    if (unitId === null) return this.access.assertCanAdministerEmployee(actor, employeeId);
    return this.access.assertCanAdministerUnit(actor, unitId);
  }

  async listableUnits(actor: Actor, unitId: string | undefined): Promise<string[] | null> {
    const everything = actor.readsEverything || actor.has('PAYROLL');
    if (!everything && actor.adminUnitIds.length === 0) throw DomainError.forbidden(NOT_YOURS, 'PAY_NOT_YOURS');
    if (unitId !== undefined && !(await this.units.unitExists(unitId))) throw DomainError.notFound('Unit', unitId);
    if (everything) return unitId === undefined ? null : (await this.units.unitSubtree(unitId)).map((u) => u.id);
    if (unitId !== undefined) {
      await this.access.assertCanAdministerUnit(actor, unitId);
      return (await this.units.unitSubtree(unitId)).map((u) => u.id);
    }
    const subtrees = await Promise.all(actor.adminUnitIds.map((id) => this.units.unitSubtree(id)));
    return [...new Set(subtrees.flat().map((u) => u.id))];
  }

  async assertEmployeeExists(employeeId: string): Promise<void> {
    if ((await this.profiles.employeeNames([employeeId])).length === 0) throw DomainError.notFound('Employee', employeeId);
  }
}
