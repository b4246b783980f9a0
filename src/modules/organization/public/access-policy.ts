import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../shared-kernel/domain-error';
import { LocalDate } from '../../../shared-kernel/local-date';
import { Actor } from '../../../platform/auth/actor';
import { MinistryToday } from '../application/ministry-today';
import { EmployeeReadModel } from '../application/ports/employee-read-model';
import { PlacementReadModel } from '../application/ports/placement-read-model';
import { StructureReadModel } from '../application/ports/structure-read-model';
import { SupervisorResolver } from '../application/supervisor-resolver';
import { SupervisionInterval } from '../domain/supervision-intervals';

/** Whether `date` lies in one of the stretches readableStretches answered (null: every day). */
export function withinStretches(stretches: readonly SupervisionInterval[] | null, date: LocalDate): boolean {
  return stretches === null || stretches.some((s) => s.from <= date && (s.to === null || date <= s.to));
}

/** Whether [from, to] shares a day with one of the stretches readableStretches answered (null: every day). */
export function overlapsStretches(stretches: readonly SupervisionInterval[] | null, from: LocalDate, to: LocalDate): boolean {
  return stretches === null || stretches.some((s) => s.from <= to && (s.to === null || from <= s.to));
}

/**
 * Who may touch which object, asked by every module. HR admins everything; unit admins their subtree
 * (and employees not yet placed anywhere, so they can place new hires); auditors read; an employee
 * reads themself; a supervisor reads the people they supervise on the day in question; a unit's head
 * reads their unit's subtree.
 */
@Injectable()
export class AccessPolicy {
  constructor(
    private readonly units: StructureReadModel,
    private readonly employees: EmployeeReadModel,
    private readonly placements: PlacementReadModel,
    private readonly supervisors: SupervisorResolver,
    private readonly today: MinistryToday,
  ) {}

  async assertCanAdministerUnit(actor: Actor, unitId: string): Promise<void> {
    if (!(await this.canAdministerUnit(actor, unitId))) {
      throw DomainError.forbidden('This unit is outside the units you administer.', 'UNIT_OUT_OF_SCOPE');
    }
  }

  /** `date`: whose unit the employee belongs to is read on that day (default today). */
  async assertCanAdministerEmployee(actor: Actor, employeeId: string, date?: LocalDate): Promise<void> {
    await this.assertEmployeeExists(employeeId);
    if (!(await this.canAdministerEmployee(actor, employeeId, date))) {
      throw DomainError.forbidden('This employee is outside the units you administer.', 'EMPLOYEE_OUT_OF_SCOPE');
    }
  }

  /** As assertCanAdministerEmployee, on every day of [from, to]: a span is in scope only if each of its days is. */
  async assertCanAdministerEmployeeBetween(actor: Actor, employeeId: string, from: LocalDate, to: LocalDate): Promise<void> {
    await this.assertEmployeeExists(employeeId);
    if (actor.isHrAdmin) return;
    const { unitIds, placedOnFrom } = await this.placements.unitsOfEmployeeBetween(employeeId, from, to);
    const unplacedDaysInScope = placedOnFrom || !(await this.placements.hasAnyAssignment(employeeId));
    const unitsInScope = await Promise.all(unitIds.map((u) => this.units.isUnitWithin(u, actor.adminUnitIds)));
    if (actor.adminUnitIds.length === 0 || !unplacedDaysInScope || unitsInScope.includes(false)) {
      throw DomainError.forbidden(`This employee was outside the units you administer on some day of ${from} to ${to}.`, 'EMPLOYEE_OUT_OF_SCOPE_IN_SPAN', { from, to });
    }
  }

  /**
   * As assertCanAdministerEmployee today, but an employee never placed is HR's alone: a unit admin reaches only
   * people placed in their subtree, so that their powers over a person never reach outside it.
   */
  async assertCanAdministerPlacedEmployee(actor: Actor, employeeId: string): Promise<void> {
    await this.assertEmployeeExists(employeeId);
    if (actor.isHrAdmin) return;
    const unit = await this.placements.unitOfEmployee(employeeId, this.today.date());
    if (unit === null || !(await this.units.isUnitWithin(unit.unitId, actor.adminUnitIds))) {
      throw DomainError.forbidden('This employee is not placed in the units you administer.', 'EMPLOYEE_NOT_PLACED_IN_SCOPE');
    }
  }

  /** `date`: the day whose records are read, which decides who supervised the employee (default today). */
  async assertCanReadEmployee(actor: Actor, employeeId: string, date?: LocalDate): Promise<void> {
    await this.assertEmployeeExists(employeeId);
    if (!(await this.canReadEmployee(actor, employeeId, date))) {
      throw DomainError.forbidden('You may see only your own records, those of the people you supervise, or of the units you administer.', 'RECORDS_NOT_YOURS');
    }
  }

  /**
   * Which days of an employee's history the actor reads: every day (null) for the employee themself, HR,
   * auditors and a unit admin with the employee in scope today; for a supervisor (Plt and Plh included) only
   * the stretches on which they supervised the employee — one day of standing in opens that day, not years.
   */
  async readableStretches(actor: Actor, employeeId: string): Promise<SupervisionInterval[] | null> {
    await this.assertEmployeeExists(employeeId);
    if (actor.readsEverything || actor.isEmployee(employeeId) || (await this.canAdministerEmployee(actor, employeeId))) return null;
    const stretches = actor.employeeId === null ? [] : (await this.supervisors.supervisionIntervals(actor.employeeId)).filter((s) => s.employeeId === employeeId);
    if (stretches.length === 0) {
      throw DomainError.forbidden('You may see only your own records, those of the people you supervise, or of the units you administer.', 'RECORDS_NOT_YOURS');
    }
    return stretches;
  }

  /** HR, auditors and payroll; unit admins in their subtree; the head (definitive, Plt, Plh) on `date` of the unit or of one above it. */
  async assertCanReadUnit(actor: Actor, unitId: string, date: LocalDate): Promise<void> {
    if (actor.readsPayFacts) return;
    if (await this.units.isUnitWithin(unitId, actor.adminUnitIds)) return;
    if (actor.employeeId && (await this.units.isUnitWithin(unitId, await this.placements.headedUnitsOn(actor.employeeId, date)))) return;
    throw DomainError.forbidden('You may see the achievement of the units you head or administer.', 'UNIT_NOT_YOURS');
  }

  /**
   * Filing for someone else (an absence, a permit, a plan) is an administrator's act: an employee without an
   * administrator role is told that they file for themself, not that the person lies outside units they never had.
   */
  assertMayFileFor(actor: Actor, employeeId: string): void {
    if (actor.isEmployee(employeeId) || actor.isHrAdmin || actor.adminUnitIds.length > 0) return;
    throw DomainError.forbidden('You may file only for yourself: leave employeeId out, or give your own.', 'FILE_ONLY_FOR_YOURSELF');
  }

  private async canAdministerUnit(actor: Actor, unitId: string): Promise<boolean> {
    return actor.isHrAdmin || this.units.isUnitWithin(unitId, actor.adminUnitIds);
  }

  private async canAdministerEmployee(actor: Actor, employeeId: string, date: LocalDate = this.today.date()): Promise<boolean> {
    if (actor.isHrAdmin) return true;
    if (actor.adminUnitIds.length === 0) return false;
    const unit = await this.placements.unitOfEmployee(employeeId, date);
    if (unit === null) return !(await this.placements.hasAnyAssignment(employeeId));
    return this.units.isUnitWithin(unit.unitId, actor.adminUnitIds);
  }

  async assertEmployeeExists(employeeId: string): Promise<void> {
    if (!(await this.employees.employee(employeeId))) throw DomainError.notFound('Employee', employeeId);
  }

  private async canReadEmployee(actor: Actor, employeeId: string, date: LocalDate = this.today.date()): Promise<boolean> {
    if (actor.readsEverything || actor.isEmployee(employeeId)) return true;
    if (await this.canAdministerEmployee(actor, employeeId, date)) return true;
    if (actor.employeeId === null) return false;
    return (await this.supervisors.resolve(employeeId, date))?.employeeId === actor.employeeId;
  }
}
