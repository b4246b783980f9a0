import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../shared-kernel/domain-error';
import { LocalDate } from '../../../shared-kernel/local-date';
import { Actor } from '../../../platform/auth/actor';
import { OrganizationAccess } from '../application/organization-access';
import { WorkCalendarQuery, WorkDay } from '../application/queries/work-calendar.query';
import { SupervisorResolver } from '../application/supervisor-resolver';
import { EmployeeStatus, isLoginAllowedStatus, statusOn } from '../domain/employee-status';
import { Supervisor } from '../domain/supervisor-resolution';
import { OrganizationRepository } from '../infrastructure/persistence/organization.repository';

export type { EmployeeStatus } from '../domain/employee-status';
export type { Supervisor } from '../domain/supervisor-resolution';
export type { WorkDay } from '../application/queries/work-calendar.query';
export type { WorkingHours } from '../domain/work-schedule';

/** What other modules may ask of Organization: structure, supervision and access on a date. */
@Injectable()
export class OrganizationFacade {
  constructor(
    private readonly repo: OrganizationRepository,
    private readonly access: OrganizationAccess,
    private readonly supervisors: SupervisorResolver,
    private readonly calendars: WorkCalendarQuery,
  ) {}

  async unitExists(unitId: string): Promise<boolean> {
    return (await this.repo.unit(unitId)) !== null;
  }

  async nipOf(employeeId: string): Promise<string> {
    const employee = await this.repo.employee(employeeId);
    if (!employee) throw DomainError.notFound('Employee', employeeId);
    return employee.nip;
  }

  async statusOn(employeeId: string, date: LocalDate): Promise<EmployeeStatus | null> {
    return statusOn(await this.repo.statusHistory(employeeId), date);
  }

  isLoginAllowedStatus(status: EmployeeStatus): boolean {
    return isLoginAllowedStatus(status);
  }

  supervisorOn(employeeId: string, date: LocalDate): Promise<Supervisor | null> {
    return this.supervisors.resolve(employeeId, date);
  }

  /** Supervisors of many employees on one date, in a handful of queries. */
  supervisorsOn(employeeIds: string[], date: LocalDate): Promise<Map<string, Supervisor | null>> {
    return this.supervisors.supervisorsOn(employeeIds, date);
  }

  /** The people `supervisorId` supervises on `date` (as definitive head, Plt or Plh). */
  subordinatesOn(supervisorId: string, date: LocalDate): Promise<string[]> {
    return this.supervisors.subordinatesOn(supervisorId, date);
  }

  /**
   * Day by day, for many employees: unit and zone, definitive position and kelas, status, acting posts,
   * office hours, holiday and rostered shift — what attendance classification and remuneration need.
   */
  workCalendars(employeeIds: string[], from: LocalDate, to: LocalDate): Promise<Map<string, WorkDay[]>> {
    return this.calendars.workCalendars(employeeIds, from, to);
  }

  /** Employee ids whose definitive unit on `date` lies in the subtree of `unitId`. */
  async employeesInSubtree(unitId: string, date: LocalDate): Promise<string[]> {
    const rows = await this.repo.listEmployees({ date, within: [unitId], limit: 1_000_000 });
    return rows.map((r) => r.id);
  }

  async employeeIdByNip(nip: string): Promise<string | null> {
    return (await this.repo.employeeByNip(nip))?.id ?? null;
  }

  /** The unit (and so the time zone) an employee's days are read in on `date`. */
  async unitOfEmployee(employeeId: string, date: LocalDate): Promise<{ unitId: string; timeZone: string } | null> {
    const unit = await this.repo.unitOfEmployee(employeeId, date);
    return unit ? { unitId: unit.id, timeZone: unit.timeZone } : null;
  }

  /** See SupervisorResolver.supervisorsOfPairs; keys are `${employeeId}|${date}`. */
  supervisorsOfPairs(pairs: Array<{ employeeId: string; date: LocalDate }>): Promise<Map<string, Supervisor | null>> {
    return this.supervisors.supervisorsOfPairs(pairs);
  }

  /** A superset of everyone `supervisorId` supervises on any date; narrow it with supervisorsOfPairs. */
  everSupervisedCandidates(supervisorId: string): Promise<string[]> {
    return this.supervisors.everSupervisedCandidates(supervisorId);
  }

  /** The employee's definitive unit and post on `date`, and whether that post heads the unit. */
  placementOn(employeeId: string, date: LocalDate): Promise<{ unitId: string; positionId: string; isUnitHead: boolean } | null> {
    return this.repo.placementOn(employeeId, date);
  }

  /** Units the employee heads on `date` (definitive, Plt or Plh in the unit's top post). */
  headedUnitsOn(employeeId: string, date: LocalDate): Promise<string[]> {
    return this.repo.headedUnitsOn(employeeId, date);
  }

  /** The unit and its descendants as (id, parentId); the given unit comes with parentId null. Empty if unknown. */
  unitSubtree(unitId: string): Promise<Array<{ id: string; parentId: string | null }>> {
    return this.repo.subtree(unitId);
  }

  /** The unit's id and its ancestors' ids, nearest first (a unit's catalogue items and holidays are inherited). */
  unitLineage(unitId: string): Promise<string[]> {
    return this.repo.unitLineage(unitId);
  }

  employeesInSubtreeBetween(unitId: string, from: LocalDate, to: LocalDate): Promise<string[]> {
    return this.repo.employeesInSubtreeBetween(unitId, from, to);
  }

  isUnitWithin(unitId: string, scopeUnitIds: string[]): Promise<boolean> {
    return this.repo.isUnitWithin(unitId, scopeUnitIds);
  }

  assertCanReadEmployee(actor: Actor, employeeId: string, date?: LocalDate): Promise<void> {
    return this.access.assertCanReadEmployee(actor, employeeId, date);
  }

  assertCanAdministerEmployee(actor: Actor, employeeId: string, date?: LocalDate): Promise<void> {
    return this.access.assertCanAdministerEmployee(actor, employeeId, date);
  }

  assertCanAdministerUnit(actor: Actor, unitId: string): Promise<void> {
    return this.access.assertCanAdministerUnit(actor, unitId);
  }
}
