import { Injectable } from '@nestjs/common';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { Assignment, AssignmentType } from '../../domain/assignment';
import { EmployeeStatus, StatusHistory } from '../../domain/employee-status';
import { Holiday } from '../../domain/holiday-calendar';
import { Position, PositionKind } from '../../domain/position';
import { Shift } from '../../domain/shift';
import { Unit, UnitType } from '../../domain/unit';
import { WeeklySchedule } from '../../domain/work-schedule';
import { KelasJabatan } from '../../domain/kelas-jabatan.value-object';

export interface UnitRecord extends Unit {
  path: string;
  workScheduleId: string | null;
}

export interface EmployeeRecord {
  id: string;
  nip: string;
  name: string;
  birthDate: LocalDate;
  sex: 'MALE' | 'FEMALE';
}

/* Row mappers: the database speaks snake_case, the domain camelCase. */
const toUnit = (r: any): UnitRecord => ({
  id: r.id,
  code: r.code,
  name: r.name,
  type: r.type as UnitType,
  parentId: r.parent_id,
  timeZone: r.time_zone,
  isSatker: r.is_satker,
  path: r.path,
  workScheduleId: r.work_schedule_id,
});
const toPosition = (r: any): Position => ({
  id: r.id,
  code: r.code,
  name: r.name,
  kind: r.kind as PositionKind,
  kelas: r.kelas as KelasJabatan,
  unitId: r.unit_id,
  parentPositionId: r.parent_position_id,
});
const toEmployee = (r: any): EmployeeRecord => ({ id: r.id, nip: r.nip, name: r.name, birthDate: r.birth_date, sex: r.sex });
const toAssignment = (r: any): Assignment => ({
  id: r.id,
  employeeId: r.employee_id,
  positionId: r.position_id,
  type: r.type as AssignmentType,
  startDate: r.start_date,
  endDate: r.end_date,
});
const toHoliday = (r: any): Holiday => ({ id: r.id, date: r.date, name: r.name, unitId: r.unit_id, collectiveLeave: r.collective_leave });

/** Persistence of the Organization context, in plain SQL through the current unit of work. */
@Injectable()
export class OrganizationRepository {
  constructor(private readonly uow: UnitOfWork) {}

  // Units
  async unit(id: string): Promise<UnitRecord | null> {
    const [row] = await this.uow.query(`SELECT * FROM organization.units WHERE id = $1`, [id]);
    return row ? toUnit(row) : null;
  }

  async rootUnitExists(): Promise<boolean> {
    return (await this.uow.query(`SELECT 1 FROM organization.units WHERE parent_id IS NULL`)).length > 0;
  }

  /** The unit's id and its ancestors' ids, nearest first. */
  async unitLineage(id: string): Promise<string[]> {
    const unit = await this.unit(id);
    return unit ? unit.path.split('/').filter(Boolean).reverse() : [];
  }

  async insertUnit(unit: UnitRecord): Promise<void> {
    await this.uow.query(
      `INSERT INTO organization.units (id, code, name, type, parent_id, time_zone, is_satker, path, work_schedule_id) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
      [unit.id, unit.code, unit.name, unit.type, unit.parentId, unit.timeZone, unit.isSatker, unit.path, unit.workScheduleId],
    );
  }

  async updateUnit(unit: UnitRecord, oldPath: string): Promise<void> {
    await this.uow.query(
      `UPDATE organization.units SET name = $2, parent_id = $3, time_zone = $4, is_satker = $5, work_schedule_id = $6 WHERE id = $1`,
      [unit.id, unit.name, unit.parentId, unit.timeZone, unit.isSatker, unit.workScheduleId],
    );
    if (oldPath !== unit.path) {
      await this.uow.query(`UPDATE organization.units SET path = $2 || substr(path, length($1) + 1) WHERE path LIKE $1 || '%'`, [oldPath, unit.path]);
    }
  }

  async listUnits(filter: { parentId?: string; within?: string[]; after?: string; limit: number }): Promise<UnitRecord[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.parentId) where.push(`parent_id = $${params.push(filter.parentId)}`);
    if (filter.within) where.push(`(${filter.within.map((id) => `path LIKE '%/' || $${params.push(id)} || '/%'`).join(' OR ') || 'false'})`);
    if (filter.after) where.push(`code > $${params.push(filter.after)}`);
    const rows = await this.uow.query(
      `SELECT * FROM organization.units ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY code LIMIT $${params.push(filter.limit + 1)}`,
      params,
    );
    return rows.map(toUnit);
  }

  /** Whether `unitId` lies in the subtree of any of `scopeUnitIds`. */
  async isUnitWithin(unitId: string, scopeUnitIds: string[]): Promise<boolean> {
    if (scopeUnitIds.length === 0) return false;
    const rows = await this.uow.query(
      `SELECT 1 FROM organization.units u WHERE u.id = $1 AND EXISTS (SELECT 1 FROM unnest($2::uuid[]) s(id) WHERE u.path LIKE '%/' || s.id || '/%')`,
      [unitId, scopeUnitIds],
    );
    return rows.length > 0;
  }

  /** The unit and every unit below it, as (id, parentId), for roll-ups. */
  async subtree(unitId: string): Promise<Array<{ id: string; parentId: string | null }>> {
    const rows = await this.uow.query(
      `SELECT u.id, u.parent_id FROM organization.units u WHERE u.path LIKE (SELECT path FROM organization.units WHERE id = $1) || '%'`,
      [unitId],
    );
    return rows.map((r: any) => ({ id: r.id, parentId: r.id === unitId ? null : r.parent_id }));
  }

  /** Employees with a definitive position in the subtree of `unitId` on some day of [from, to]. */
  async employeesInSubtreeBetween(unitId: string, from: LocalDate, to: LocalDate): Promise<string[]> {
    const rows = await this.uow.query(
      `SELECT DISTINCT a.employee_id FROM organization.assignments a
         JOIN organization.positions p ON p.id = a.position_id
         JOIN organization.units u ON u.id = p.unit_id
        WHERE a.type = 'DEFINITIVE' AND a.start_date <= $3 AND (a.end_date IS NULL OR a.end_date >= $2)
          AND u.path LIKE '%/' || $1 || '/%'`,
      [unitId, from, to],
    );
    return rows.map((r: any) => r.employee_id as string);
  }

  /**
   * The employee's definitive placement on `date`, and whether the post heads its unit: the top post of a
   * unit is the one whose parent post lies outside the unit (or that has none).
   */
  async placementOn(employeeId: string, date: LocalDate): Promise<{ unitId: string; positionId: string; isUnitHead: boolean } | null> {
    const [row] = await this.uow.query(
      `SELECT p.id, p.unit_id, (pp.id IS NULL OR pp.unit_id <> p.unit_id) AS is_head
         FROM organization.assignments a
         JOIN organization.positions p ON p.id = a.position_id
         LEFT JOIN organization.positions pp ON pp.id = p.parent_position_id
        WHERE a.employee_id = $1 AND a.type = 'DEFINITIVE' AND a.start_date <= $2 AND (a.end_date IS NULL OR a.end_date >= $2)`,
      [employeeId, date],
    );
    return row ? { unitId: row.unit_id, positionId: row.id, isUnitHead: row.is_head } : null;
  }

  /** Units whose top post the employee holds on `date`, definitive or acting. */
  async headedUnitsOn(employeeId: string, date: LocalDate): Promise<string[]> {
    const rows = await this.uow.query(
      `SELECT DISTINCT p.unit_id FROM organization.assignments a
         JOIN organization.positions p ON p.id = a.position_id
         LEFT JOIN organization.positions pp ON pp.id = p.parent_position_id
        WHERE a.employee_id = $1 AND a.start_date <= $2 AND (a.end_date IS NULL OR a.end_date >= $2)
          AND (pp.id IS NULL OR pp.unit_id <> p.unit_id)`,
      [employeeId, date],
    );
    return rows.map((r: any) => r.unit_id as string);
  }

  // Positions
  async position(id: string): Promise<Position | null> {
    const [row] = await this.uow.query(`SELECT * FROM organization.positions WHERE id = $1`, [id]);
    return row ? toPosition(row) : null;
  }

  /** Ancestor position ids of `id` (excluding it), nearest first. */
  async positionAncestors(id: string): Promise<string[]> {
    const rows = await this.uow.query<{ id: string }>(
      `WITH RECURSIVE up(id, parent, depth) AS (
         SELECT id, parent_position_id, 0 FROM organization.positions WHERE id = $1
         UNION ALL
         SELECT p.id, p.parent_position_id, up.depth + 1 FROM organization.positions p JOIN up ON p.id = up.parent WHERE up.depth < 100
       ) SELECT id FROM up WHERE depth > 0 ORDER BY depth`,
      [id],
    );
    return rows.map((r) => r.id);
  }

  async insertPosition(p: Position): Promise<void> {
    await this.uow.query(
      `INSERT INTO organization.positions (id, code, name, kind, kelas, unit_id, parent_position_id) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
      [p.id, p.code, p.name, p.kind, p.kelas, p.unitId, p.parentPositionId],
    );
  }

  async updatePosition(p: Position): Promise<void> {
    await this.uow.query(`UPDATE organization.positions SET name = $2, kelas = $3, parent_position_id = $4 WHERE id = $1`, [p.id, p.name, p.kelas, p.parentPositionId]);
  }

  async listPositions(filter: { unitId?: string; within?: string[]; after?: string; limit: number }): Promise<Position[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.unitId) where.push(`p.unit_id = $${params.push(filter.unitId)}`);
    if (filter.within) where.push(`(${filter.within.map((id) => `u.path LIKE '%/' || $${params.push(id)} || '/%'`).join(' OR ') || 'false'})`);
    if (filter.after) where.push(`p.code > $${params.push(filter.after)}`);
    const rows = await this.uow.query(
      `SELECT p.* FROM organization.positions p JOIN organization.units u ON u.id = p.unit_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY p.code LIMIT $${params.push(filter.limit + 1)}`,
      params,
    );
    return rows.map(toPosition);
  }

  // Employees
  async employee(id: string): Promise<EmployeeRecord | null> {
    const [row] = await this.uow.query(`SELECT * FROM organization.employees WHERE id = $1`, [id]);
    return row ? toEmployee(row) : null;
  }

  async employeeByNip(nip: string): Promise<EmployeeRecord | null> {
    const [row] = await this.uow.query(`SELECT * FROM organization.employees WHERE nip = $1`, [nip]);
    return row ? toEmployee(row) : null;
  }

  /**
   * Many employees by NIP in one query, each with the zone of their latest definitive unit (null when never
   * placed), so bulk writers can tell which local month an instant falls in.
   */
  async employeesByNips(nips: string[]): Promise<Array<{ id: string; nip: string; name: string; timeZone: string | null }>> {
    return this.uow.query(
      `SELECT e.id, e.nip, e.name, z.time_zone AS "timeZone"
         FROM organization.employees e
         LEFT JOIN LATERAL (
           SELECT u.time_zone FROM organization.assignments a
             JOIN organization.positions p ON p.id = a.position_id
             JOIN organization.units u ON u.id = p.unit_id
            WHERE a.employee_id = e.id AND a.type = 'DEFINITIVE'
            ORDER BY a.start_date DESC LIMIT 1
         ) z ON true
        WHERE e.nip = ANY($1::text[])`,
      [nips],
    );
  }

  /** Employees holding a definitive position at some time within [from, to]. */
  async employeesPlacedBetween(from: LocalDate, to: LocalDate): Promise<string[]> {
    const rows = await this.uow.query(
      `SELECT DISTINCT employee_id FROM organization.assignments
        WHERE type = 'DEFINITIVE' AND start_date <= $2 AND (end_date IS NULL OR end_date >= $1) ORDER BY employee_id`,
      [from, to],
    );
    return rows.map((r: { employee_id: string }) => r.employee_id);
  }

  async employeesByIds(ids: string[]): Promise<Array<{ id: string; nip: string; name: string }>> {
    return this.uow.query(`SELECT id, nip, name FROM organization.employees WHERE id = ANY($1::uuid[]) ORDER BY nip`, [ids]);
  }

  async insertEmployee(e: EmployeeRecord): Promise<void> {
    await this.uow.query(`INSERT INTO organization.employees (id, nip, name, birth_date, sex) VALUES ($1,$2,$3,$4,$5)`, [e.id, e.nip, e.name, e.birthDate, e.sex]);
  }

  /** Serialises changes to one employee's history (status, assignments) between concurrent requests. */
  async lockEmployee(id: string): Promise<void> {
    await this.uow.query(`SELECT 1 FROM organization.employees WHERE id = $1 FOR UPDATE`, [id]);
  }

  async lockPosition(id: string): Promise<void> {
    await this.uow.query(`SELECT 1 FROM organization.positions WHERE id = $1 FOR UPDATE`, [id]);
  }

  async statusHistory(employeeId: string): Promise<StatusHistory> {
    const rows = await this.uow.query<{ status: EmployeeStatus; effective_date: string }>(
      `SELECT status, effective_date FROM organization.employee_statuses WHERE employee_id = $1 ORDER BY effective_date`,
      [employeeId],
    );
    return rows.map((r) => ({ status: r.status, effectiveDate: r.effective_date }));
  }

  async insertStatus(id: string, employeeId: string, status: EmployeeStatus, effectiveDate: LocalDate): Promise<void> {
    await this.uow.query(`INSERT INTO organization.employee_statuses (id, employee_id, status, effective_date) VALUES ($1,$2,$3,$4)`, [
      id,
      employeeId,
      status,
      effectiveDate,
    ]);
  }

  /**
   * Employees visible in a listing; `within` limits to those whose definitive position on `date` lies in
   * the given unit subtrees (plus, for unit admins, those not yet placed anywhere).
   */
  async listEmployees(filter: {
    date: LocalDate;
    within?: string[];
    includeUnplaced?: boolean;
    onlyIds?: string[];
    unitId?: string;
    nip?: string;
    after?: string;
    limit: number;
  }): Promise<Array<EmployeeRecord & { unitId: string | null; positionId: string | null }>> {
    const params: unknown[] = [filter.date];
    const where: string[] = [];
    if (filter.within) {
      const scoped = filter.within.map((id) => `u.path LIKE '%/' || $${params.push(id)} || '/%'`).join(' OR ') || 'false';
      where.push(filter.includeUnplaced ? `((${scoped}) OR NOT EXISTS (SELECT 1 FROM organization.assignments x WHERE x.employee_id = e.id))` : `(${scoped})`);
    }
    if (filter.onlyIds) where.push(`e.id = ANY($${params.push(filter.onlyIds)}::uuid[])`);
    if (filter.unitId) where.push(`p.unit_id = $${params.push(filter.unitId)}`);
    if (filter.nip) where.push(`e.nip = $${params.push(filter.nip)}`);
    if (filter.after) where.push(`e.nip > $${params.push(filter.after)}`);
    const rows = await this.uow.query(
      `SELECT e.*, p.unit_id, a.position_id FROM organization.employees e
         LEFT JOIN organization.assignments a ON a.employee_id = e.id AND a.type = 'DEFINITIVE'
              AND a.start_date <= $1 AND (a.end_date IS NULL OR a.end_date >= $1)
         LEFT JOIN organization.positions p ON p.id = a.position_id
         LEFT JOIN organization.units u ON u.id = p.unit_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.nip LIMIT $${params.push(filter.limit + 1)}`,
      params,
    );
    return rows.map((r: any) => ({ ...toEmployee(r), unitId: r.unit_id, positionId: r.position_id }));
  }

  /**
   * The unit an employee belongs to on `date`: that of their definitive position then, or else of their
   * latest definitive position before it (someone between posts stays with their last unit).
   */
  async unitOfEmployee(employeeId: string, date: LocalDate): Promise<UnitRecord | null> {
    const [row] = await this.uow.query(
      `SELECT u.* FROM organization.assignments a
         JOIN organization.positions p ON p.id = a.position_id
         JOIN organization.units u ON u.id = p.unit_id
        WHERE a.employee_id = $1 AND a.type = 'DEFINITIVE' AND a.start_date <= $2
        ORDER BY a.start_date DESC LIMIT 1`,
      [employeeId, date],
    );
    return row ? toUnit(row) : null;
  }

  async hasAnyAssignment(employeeId: string): Promise<boolean> {
    return (await this.uow.query(`SELECT 1 FROM organization.assignments WHERE employee_id = $1 LIMIT 1`, [employeeId])).length > 0;
  }

  // Assignments
  async assignment(id: string): Promise<Assignment | null> {
    const [row] = await this.uow.query(`SELECT * FROM organization.assignments WHERE id = $1`, [id]);
    return row ? toAssignment(row) : null;
  }

  async assignmentsOfEmployee(employeeId: string): Promise<Assignment[]> {
    const rows = await this.uow.query(`SELECT * FROM organization.assignments WHERE employee_id = $1 ORDER BY start_date, id`, [employeeId]);
    return rows.map(toAssignment);
  }

  async assignmentsOfPosition(positionId: string): Promise<Assignment[]> {
    const rows = await this.uow.query(`SELECT * FROM organization.assignments WHERE position_id = $1 ORDER BY start_date, id`, [positionId]);
    return rows.map(toAssignment);
  }

  /** Every assignment to `positionIds` active on `date`. */
  async assignmentsOn(positionIds: string[], date: LocalDate): Promise<Assignment[]> {
    const rows = await this.uow.query(
      `SELECT * FROM organization.assignments WHERE position_id = ANY($1::uuid[]) AND start_date <= $2 AND (end_date IS NULL OR end_date >= $2)`,
      [positionIds, date],
    );
    return rows.map(toAssignment);
  }

  /** Every assignment to `positionIds` active on some day of [from, to]. */
  async assignmentsBetween(positionIds: string[], from: LocalDate, to: LocalDate): Promise<Assignment[]> {
    const rows = await this.uow.query(
      `SELECT * FROM organization.assignments WHERE position_id = ANY($1::uuid[]) AND start_date <= $3 AND (end_date IS NULL OR end_date >= $2)`,
      [positionIds, from, to],
    );
    return rows.map(toAssignment);
  }

  /** The definitive assignments of `employeeIds` active on some day of [from, to]. */
  async definitiveAssignmentsBetween(employeeIds: string[], from: LocalDate, to: LocalDate): Promise<Assignment[]> {
    const rows = await this.uow.query(
      `SELECT * FROM organization.assignments WHERE employee_id = ANY($1::uuid[]) AND type = 'DEFINITIVE' AND start_date <= $3 AND (end_date IS NULL OR end_date >= $2)`,
      [employeeIds, from, to],
    );
    return rows.map(toAssignment);
  }

  /** The definitive assignments of `employeeIds` active on `date`. */
  async definitiveAssignmentsOn(employeeIds: string[], date: LocalDate): Promise<Assignment[]> {
    const rows = await this.uow.query(
      `SELECT * FROM organization.assignments WHERE employee_id = ANY($1::uuid[]) AND type = 'DEFINITIVE' AND start_date <= $2 AND (end_date IS NULL OR end_date >= $2)`,
      [employeeIds, date],
    );
    return rows.map(toAssignment);
  }

  /**
   * The units each employee heads on `date`: they hold, definitively or as Plt, a top position of the unit,
   * one whose parent position lies outside the unit (or that has none). A Plh only stands in for the day
   * to day and does not head the unit.
   */
  async unitsHeadedOn(employeeIds: string[], date: LocalDate): Promise<Array<{ employeeId: string; unitId: string; type: AssignmentType }>> {
    const rows = await this.uow.query(
      `SELECT a.employee_id, p.unit_id, a.type FROM organization.assignments a
         JOIN organization.positions p ON p.id = a.position_id
         LEFT JOIN organization.positions parent ON parent.id = p.parent_position_id
        WHERE a.employee_id = ANY($1::uuid[]) AND a.type IN ('DEFINITIVE', 'PLT')
          AND a.start_date <= $2 AND (a.end_date IS NULL OR a.end_date >= $2)
          AND (parent.id IS NULL OR parent.unit_id <> p.unit_id)
        ORDER BY a.employee_id, a.type, p.unit_id`,
      [employeeIds, date],
    );
    return rows.map((r: any) => ({ employeeId: r.employee_id, unitId: r.unit_id, type: r.type as AssignmentType }));
  }

  /** Name, NIP and definitive position and unit of many employees on `date`, for documents and sheets. */
  async profilesOn(
    employeeIds: string[],
    date: LocalDate,
  ): Promise<Array<EmployeeRecord & { positionId: string | null; positionName: string | null; unitId: string | null; unitName: string | null }>> {
    const rows = await this.uow.query(
      `SELECT e.*, p.id AS position_id, p.name AS position_name, u.id AS unit_id, u.name AS unit_name
         FROM organization.employees e
         LEFT JOIN organization.assignments a ON a.employee_id = e.id AND a.type = 'DEFINITIVE'
              AND a.start_date <= $2 AND (a.end_date IS NULL OR a.end_date >= $2)
         LEFT JOIN organization.positions p ON p.id = a.position_id
         LEFT JOIN organization.units u ON u.id = p.unit_id
        WHERE e.id = ANY($1::uuid[])`,
      [employeeIds, date],
    );
    return rows.map((r: any) => ({
      ...toEmployee(r),
      positionId: r.position_id,
      positionName: r.position_name,
      unitId: r.unit_id,
      unitName: r.unit_name,
    }));
  }

  async insertAssignment(a: Assignment): Promise<void> {
    await this.uow.query(`INSERT INTO organization.assignments (id, employee_id, position_id, type, start_date, end_date) VALUES ($1,$2,$3,$4,$5,$6)`, [
      a.id,
      a.employeeId,
      a.positionId,
      a.type,
      a.startDate,
      a.endDate,
    ]);
  }

  async setAssignmentEnd(id: string, endDate: LocalDate): Promise<void> {
    await this.uow.query(`UPDATE organization.assignments SET end_date = $2 WHERE id = $1`, [id, endDate]);
  }

  // Holidays
  async insertHoliday(h: Holiday): Promise<void> {
    await this.uow.query(`INSERT INTO organization.holidays (id, date, name, unit_id, collective_leave) VALUES ($1,$2,$3,$4,$5)`, [
      h.id,
      h.date,
      h.name,
      h.unitId,
      h.collectiveLeave,
    ]);
  }

  async holiday(id: string): Promise<Holiday | null> {
    const [row] = await this.uow.query(`SELECT * FROM organization.holidays WHERE id = $1`, [id]);
    return row ? toHoliday(row) : null;
  }

  async holidaysBetween(from: LocalDate, to: LocalDate, unitIds?: string[]): Promise<Holiday[]> {
    const rows = await this.uow.query(
      `SELECT * FROM organization.holidays WHERE date BETWEEN $1 AND $2 ${unitIds ? 'AND (unit_id IS NULL OR unit_id = ANY($3::uuid[]))' : ''} ORDER BY date, name`,
      unitIds ? [from, to, unitIds] : [from, to],
    );
    return rows.map(toHoliday);
  }

  // Work schedules, shifts, rosters
  async insertWorkSchedule(id: string, code: string, name: string, days: WeeklySchedule): Promise<void> {
    await this.uow.query(`INSERT INTO organization.work_schedules (id, code, name, days) VALUES ($1,$2,$3,$4)`, [id, code, name, JSON.stringify(days)]);
  }

  async workSchedule(id: string): Promise<{ id: string; code: string; name: string; days: WeeklySchedule } | null> {
    const [row] = await this.uow.query(`SELECT * FROM organization.work_schedules WHERE id = $1`, [id]);
    return row ?? null;
  }

  async workScheduleByCode(code: string): Promise<{ id: string; code: string; name: string; days: WeeklySchedule } | null> {
    const [row] = await this.uow.query(`SELECT * FROM organization.work_schedules WHERE code = $1`, [code]);
    return row ?? null;
  }

  async listWorkSchedules(): Promise<Array<{ id: string; code: string; name: string; days: WeeklySchedule }>> {
    return this.uow.query(`SELECT * FROM organization.work_schedules ORDER BY code`);
  }

  async insertShift(s: Shift & { name: string }): Promise<void> {
    await this.uow.query(`INSERT INTO organization.shifts (id, code, name, start_time, end_time, break_minutes) VALUES ($1,$2,$3,$4,$5,$6)`, [
      s.id,
      s.code,
      s.name,
      s.start,
      s.end,
      s.breakMinutes,
    ]);
  }

  async shift(id: string): Promise<(Shift & { name: string }) | null> {
    const [r] = await this.uow.query(`SELECT * FROM organization.shifts WHERE id = $1`, [id]);
    return r ? { id: r.id, code: r.code, name: r.name, start: r.start_time, end: r.end_time, breakMinutes: r.break_minutes, crossesMidnight: r.end_time <= r.start_time } : null;
  }

  async listShifts(): Promise<Array<Shift & { name: string }>> {
    const rows = await this.uow.query(`SELECT * FROM organization.shifts ORDER BY code`);
    return rows.map((r: any) => ({ id: r.id, code: r.code, name: r.name, start: r.start_time, end: r.end_time, breakMinutes: r.break_minutes, crossesMidnight: r.end_time <= r.start_time }));
  }

  async upsertRosterEntries(entries: Array<{ employeeId: string; date: LocalDate; shiftId: string }>): Promise<void> {
    if (entries.length === 0) return;
    await this.uow.query(
      `INSERT INTO organization.roster_entries (employee_id, date, shift_id)
       SELECT * FROM unnest($1::uuid[], $2::date[], $3::uuid[])
       ON CONFLICT (employee_id, date) DO UPDATE SET shift_id = EXCLUDED.shift_id`,
      [entries.map((e) => e.employeeId), entries.map((e) => e.date), entries.map((e) => e.shiftId)],
    );
  }

  async rosterBetween(employeeIds: string[], from: LocalDate, to: LocalDate): Promise<Array<{ employeeId: string; date: LocalDate; shiftId: string }>> {
    const rows = await this.uow.query(
      `SELECT employee_id, date, shift_id FROM organization.roster_entries WHERE employee_id = ANY($1::uuid[]) AND date BETWEEN $2 AND $3 ORDER BY employee_id, date`,
      [employeeIds, from, to],
    );
    return rows.map((r: any) => ({ employeeId: r.employee_id, date: r.date, shiftId: r.shift_id }));
  }
}
