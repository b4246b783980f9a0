import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../shared-kernel/domain-error';
import { LocalDate } from '../../../shared-kernel/local-date';
import { Actor } from '../../../platform/auth/actor';
import { EmployeeReadModel } from '../application/ports/employee-read-model';
import { PlacementReadModel } from '../application/ports/placement-read-model';
import { StructureReadModel } from '../application/ports/structure-read-model';
import { DayPlacement, WorkCalendarQuery, WorkDay } from '../application/queries/work-calendar.query';
import { SupervisorResolver } from '../application/supervisor-resolver';
import { EmployeeStatus, isLoginAllowedStatus, statusOn } from '../domain/employee-status';
import { SupervisionInterval } from '../domain/supervision-intervals';
import { Supervisor } from '../domain/supervisor-resolution';
import { AccessPolicy } from './access-policy';

export type { EmployeeStatus } from '../domain/employee-status';
export type { Supervisor } from '../domain/supervisor-resolution';
export type { SupervisionInterval } from '../domain/supervision-intervals';
export type { DayPlacement, WorkDay } from '../application/queries/work-calendar.query';
export type { WorkingHours } from '../domain/work-schedule';

export interface EmployeeProfile {
  id: string;
  nip: string;
  name: string;
  positionId: string | null;
  positionName: string | null;
  unitId: string | null;
  unitName: string | null;
}

/** What other modules may ask of Organization: structure, supervision and access on a date. */
@Injectable()
export class OrganizationFacade {
  constructor(
    private readonly structure: StructureReadModel,
    private readonly employees: EmployeeReadModel,
    private readonly placements: PlacementReadModel,
    private readonly access: AccessPolicy,
    private readonly supervisors: SupervisorResolver,
    private readonly calendars: WorkCalendarQuery,
  ) {}

  async unitExists(unitId: string): Promise<boolean> {
    return (await this.structure.unit(unitId)) !== null;
  }

  async nipOf(employeeId: string): Promise<string> {
    const employee = await this.employees.employee(employeeId);
    if (!employee) throw DomainError.notFound('Employee', employeeId);
    return employee.nip;
  }

  async statusOn(employeeId: string, date: LocalDate): Promise<EmployeeStatus | null> {
    return statusOn(await this.employees.statusHistory(employeeId), date);
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

  /**
   * For checks of single days (an activity entry): unit, zone, the unit's lineage (nearest first) and status
   * of each (employee, date), as workCalendars places those days, in one query. Keys are `${employeeId}|${date}`.
   */
  placementsOn(keys: ReadonlyArray<{ employeeId: string; date: LocalDate }>): Promise<Map<string, DayPlacement>> {
    return this.calendars.placementsOn(keys);
  }

  /** Employee ids whose definitive unit on `date` lies in the subtree of `unitId`. */
  async employeesInSubtree(unitId: string, date: LocalDate): Promise<string[]> {
    const rows = await this.employees.employees({ date, within: [unitId], limit: 1_000_000 });
    return rows.map((r) => r.id);
  }

  /**
   * The unit each employee heads on `date` (definitive holder or Plt of its top position), absent when
   * they head none; a definitive headship wins over an acting one.
   */
  async unitsHeadedOn(employeeIds: string[], date: LocalDate): Promise<Map<string, { unitId: string; acting: 'PLT' | null }>> {
    const headed = new Map<string, { unitId: string; acting: 'PLT' | null }>();
    for (const row of await this.placements.unitsHeadedOn(employeeIds, date)) {
      if (!headed.has(row.employeeId)) headed.set(row.employeeId, { unitId: row.unitId, acting: row.type === 'PLT' ? 'PLT' : null });
    }
    return headed;
  }

  /** Identity and definitive post of many employees on `date` (null post fields when not placed then). */
  async employeeProfilesOn(employeeIds: string[], date: LocalDate): Promise<Map<string, EmployeeProfile>> {
    const rows = await this.employees.profilesOn(employeeIds, date);
    return new Map(
      rows.map((r) => [r.id, { id: r.id, nip: r.nip, name: r.name, positionId: r.positionId, positionName: r.positionName, unitId: r.unitId, unitName: r.unitName }]),
    );
  }

  async employeeIdByNip(nip: string): Promise<string | null> {
    return this.employees.idByNip(nip);
  }

  /** Many employees by NIP in one query, with the zone of their latest definitive unit (null: never placed). */
  async employeesByNips(nips: string[]): Promise<Map<string, { employeeId: string; timeZone: string | null }>> {
    const rows = await this.employees.byNips(nips);
    return new Map(rows.map((r) => [r.nip, { employeeId: r.id, timeZone: r.timeZone }]));
  }

  /** Everyone who held a definitive position at some time within [from, to]: whose days carry obligations. */
  employeesPlacedBetween(from: LocalDate, to: LocalDate): Promise<string[]> {
    return this.placements.employeesPlacedBetween(from, to);
  }

  /** NIP and name of many employees in one query, ordered by NIP. */
  employeeNames(employeeIds: string[]): Promise<Array<{ id: string; nip: string; name: string }>> {
    return this.employees.names(employeeIds);
  }

  /** The unit (and so the time zone) an employee's days are read in on `date`. */
  async unitOfEmployee(employeeId: string, date: LocalDate): Promise<{ unitId: string; timeZone: string } | null> {
    return this.placements.unitOfEmployee(employeeId, date);
  }

  /** See SupervisorResolver.supervisorsOfPairs; keys are `${employeeId}|${date}`. */
  supervisorsOfPairs(pairs: Array<{ employeeId: string; date: LocalDate }>): Promise<Map<string, Supervisor | null>> {
    return this.supervisors.supervisorsOfPairs(pairs);
  }

  /**
   * The stretches of days (`to` inclusive, null: open-ended) on which `supervisorId` supervises each of their
   * subordinates — as definitive head, Plt or Plh, exactly as supervisorOn answers day by day — set-based,
   * so an inbox can page its rows in SQL.
   */
  supervisionIntervals(supervisorId: string): Promise<SupervisionInterval[]> {
    return this.supervisors.supervisionIntervals(supervisorId);
  }

  /** The employee's definitive unit and post on `date`, and whether that post heads the unit. */
  placementOn(employeeId: string, date: LocalDate): Promise<{ unitId: string; positionId: string; isUnitHead: boolean } | null> {
    return this.placements.placementOn(employeeId, date);
  }

  /** Units the employee heads on `date` (definitive, Plt or Plh in the unit's top post). */
  headedUnitsOn(employeeId: string, date: LocalDate): Promise<string[]> {
    return this.placements.headedUnitsOn(employeeId, date);
  }

  /** The unit and its descendants as (id, parentId); the given unit comes with parentId null. Empty if unknown. */
  unitSubtree(unitId: string): Promise<Array<{ id: string; parentId: string | null }>> {
    return this.structure.subtree(unitId);
  }

  /** The unit's id and its ancestors' ids, nearest first (a unit's catalogue items and holidays are inherited). */
  unitLineage(unitId: string): Promise<string[]> {
    return this.structure.unitLineage(unitId);
  }

  employeesInSubtreeBetween(unitId: string, from: LocalDate, to: LocalDate): Promise<string[]> {
    return this.placements.employeesInSubtreeBetween(unitId, from, to);
  }

  isUnitWithin(unitId: string, scopeUnitIds: string[]): Promise<boolean> {
    return this.structure.isUnitWithin(unitId, scopeUnitIds);
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
