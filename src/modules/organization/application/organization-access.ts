import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../../../shared-kernel/clock';
import { DomainError } from '../../../shared-kernel/domain-error';
import { LocalDate } from '../../../shared-kernel/local-date';
import { localDateOf } from '../../../shared-kernel/zone';
import { Actor } from '../../../platform/auth/actor';
import { OrganizationRepository } from '../infrastructure/persistence/organization.repository';
import { SupervisorResolver } from './supervisor-resolver';

/**
 * Who may touch which object of the organisation. HR admins everything; unit admins their subtree
 * (and employees not yet placed anywhere, so they can place new hires); auditors read; an employee
 * reads themself; a supervisor reads the people they supervise on the day in question.
 */
@Injectable()
export class OrganizationAccess {
  constructor(
    private readonly repo: OrganizationRepository,
    private readonly supervisors: SupervisorResolver,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  today(): LocalDate {
    return localDateOf(this.clock.now(), 'Asia/Jakarta');
  }

  async canAdministerUnit(actor: Actor, unitId: string): Promise<boolean> {
    return actor.isHrAdmin || this.repo.isUnitWithin(unitId, actor.adminUnitIds);
  }

  async assertCanAdministerUnit(actor: Actor, unitId: string): Promise<void> {
    if (!(await this.canAdministerUnit(actor, unitId))) {
      throw DomainError.forbidden('This unit is outside the units you administer.');
    }
  }

  async canAdministerEmployee(actor: Actor, employeeId: string, date: LocalDate = this.today()): Promise<boolean> {
    if (actor.isHrAdmin) return true;
    if (actor.adminUnitIds.length === 0) return false;
    const unit = await this.repo.unitOfEmployee(employeeId, date);
    if (unit === null) return !(await this.repo.hasAnyAssignment(employeeId));
    return this.repo.isUnitWithin(unit.id, actor.adminUnitIds);
  }

  async assertEmployeeExists(employeeId: string): Promise<void> {
    if (!(await this.repo.employee(employeeId))) throw DomainError.notFound('Employee', employeeId);
  }

  async assertCanAdministerEmployee(actor: Actor, employeeId: string, date?: LocalDate): Promise<void> {
    await this.assertEmployeeExists(employeeId);
    if (!(await this.canAdministerEmployee(actor, employeeId, date))) {
      throw DomainError.forbidden('This employee is outside the units you administer.');
    }
  }

  async canReadEmployee(actor: Actor, employeeId: string, date: LocalDate = this.today()): Promise<boolean> {
    if (actor.readsEverything || actor.isEmployee(employeeId)) return true;
    if (await this.canAdministerEmployee(actor, employeeId, date)) return true;
    if (actor.employeeId === null) return false;
    return (await this.supervisors.resolve(employeeId, date))?.employeeId === actor.employeeId;
  }

  async assertCanReadEmployee(actor: Actor, employeeId: string, date?: LocalDate): Promise<void> {
    await this.assertEmployeeExists(employeeId);
    if (!(await this.canReadEmployee(actor, employeeId, date))) {
      throw DomainError.forbidden('You may see only your own records, those of the people you supervise, or of the units you administer.');
    }
  }
}
