import { Injectable } from '@nestjs/common';
import { eachDay, LocalDate } from '../../../../shared-kernel/local-date';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { EmployeeStatus, statusOn } from '../../domain/employee-status';
import { holidaysFor } from '../../domain/holiday-calendar';
import { scheduleFor, WeeklySchedule, WorkingHours, workingHoursOn } from '../../domain/work-schedule';

/** What one employee's day looks like to the organisation: where they sit, what they owe, who they are. */
export interface WorkDay {
  date: LocalDate;
  /** Unit of the definitive position that day; else of the nearest one, so the day still has a zone. */
  unitId: string | null;
  timeZone: string | null;
  /** The definitive position held that day (null: not placed — no eligible assignment). */
  positionId: string | null;
  kelas: number | null;
  status: EmployeeStatus | null;
  /** Plt and Plh posts held that day. */
  acting: Array<{ positionId: string; kelas: number; type: 'PLT' | 'PLH' }>;
  /** Office hours of the unit's schedule that day; null on a weekly day off. */
  hours: WorkingHours | null;
  holiday: { name: string; collectiveLeave: boolean } | null;
  /** A rostered shift replaces the office hours. */
  shift: { code: string; start: string; end: string; breakMinutes: number } | null;
}

interface AssignmentRow {
  employee_id: string;
  position_id: string;
  type: 'DEFINITIVE' | 'PLT' | 'PLH';
  start_date: LocalDate;
  end_date: LocalDate | null;
  kelas: number;
  unit_id: string;
  time_zone: string;
  path: string;
}

const holds = (a: Pick<AssignmentRow, 'start_date' | 'end_date'>, date: LocalDate) => a.start_date <= date && (a.end_date === null || date <= a.end_date);

/**
 * The definitive assignment a day is placed by (`definitive` in start order): the one held that day; else the
 * latest one begun before; else the first — so a day before the first placement or after the last still has
 * a unit and a zone.
 */
function placementOf<T extends Pick<AssignmentRow, 'start_date' | 'end_date'>>(definitive: readonly T[], date: LocalDate): { held: T | null; placement: T | null } {
  const held = definitive.find((a) => holds(a, date)) ?? null;
  return { held, placement: held ?? [...definitive].reverse().find((a) => a.start_date <= date) ?? definitive[0] ?? null };
}

/** Where an employee's day is placed, for a single day's checks (an activity entry): no calendar, no roster. */
export interface DayPlacement {
  /** As WorkDay.unitId: the unit of the definitive post that day, else of the nearest one. */
  unitId: string | null;
  timeZone: string | null;
  /** The unit and its ancestors, nearest first (empty when never placed). */
  unitLineage: string[];
  status: EmployeeStatus | null;
}

/**
 * The organisational facts attendance and remuneration need for many employees over a date range, in five
 * set-based queries whatever the number of employees.
 */
@Injectable()
export class WorkCalendarQuery {
  constructor(private readonly uow: UnitOfWork) {}

  /**
   * The placement (unit, zone, lineage) and status of each (employee, date) — the same answers workCalendars
   * gives for those days — in one query, for checks of single days. Keys are `${employeeId}|${date}`.
   */
  async placementsOn(keys: ReadonlyArray<{ employeeId: string; date: LocalDate }>): Promise<Map<string, DayPlacement>> {
    const result = new Map<string, DayPlacement>();
    if (keys.length === 0) return result;
    const rows: Array<{ employee_id: string; definitive: Array<Pick<AssignmentRow, 'start_date' | 'end_date' | 'unit_id' | 'time_zone' | 'path'>>; statuses: Array<{ status: EmployeeStatus; effective_date: LocalDate }> }> =
      await this.uow.query(
        `SELECT e.id AS employee_id,
                coalesce((SELECT json_agg(json_build_object('start_date', a.start_date, 'end_date', a.end_date, 'unit_id', p.unit_id, 'time_zone', u.time_zone, 'path', u.path)
                                          ORDER BY a.start_date)
                            FROM organization.assignments a
                            JOIN organization.positions p ON p.id = a.position_id
                            JOIN organization.units u ON u.id = p.unit_id
                           WHERE a.employee_id = e.id AND a.type = 'DEFINITIVE'), '[]') AS definitive,
                coalesce((SELECT json_agg(json_build_object('status', s.status, 'effective_date', s.effective_date) ORDER BY s.effective_date)
                            FROM organization.employee_statuses s WHERE s.employee_id = e.id), '[]') AS statuses
           FROM unnest($1::uuid[]) AS e(id)`,
        [[...new Set(keys.map((k) => k.employeeId))]],
      );
    const byEmployee = new Map(rows.map((r) => [r.employee_id, r]));
    for (const { employeeId, date } of keys) {
      const row = byEmployee.get(employeeId);
      const { placement } = placementOf(row?.definitive ?? [], date);
      const history = (row?.statuses ?? []).map((s) => ({ status: s.status, effectiveDate: s.effective_date }));
      result.set(`${employeeId}|${date}`, {
        unitId: placement?.unit_id ?? null,
        timeZone: placement?.time_zone ?? null,
        unitLineage: placement ? placement.path.split('/').filter(Boolean).reverse() : [],
        status: statusOn(history, date),
      });
    }
    return result;
  }

  async workCalendars(employeeIds: string[], from: LocalDate, to: LocalDate): Promise<Map<string, WorkDay[]>> {
    const assignments: AssignmentRow[] = await this.uow.query(
      `SELECT a.employee_id, a.position_id, a.type, a.start_date, a.end_date, p.kelas, p.unit_id, u.time_zone, u.path
         FROM organization.assignments a
         JOIN organization.positions p ON p.id = a.position_id
         JOIN organization.units u ON u.id = p.unit_id
        WHERE a.employee_id = ANY($1::uuid[])
        ORDER BY a.employee_id, a.start_date`,
      [employeeIds],
    );
    const statuses: Array<{ employee_id: string; status: EmployeeStatus; effective_date: LocalDate }> = await this.uow.query(
      `SELECT employee_id, status, effective_date FROM organization.employee_statuses WHERE employee_id = ANY($1::uuid[]) ORDER BY employee_id, effective_date`,
      [employeeIds],
    );
    const lineageIds = [...new Set(assignments.flatMap((a) => a.path.split('/').filter(Boolean)))];
    const units: Array<{ id: string; days: WeeklySchedule | null }> = await this.uow.query(
      `SELECT u.id, s.days FROM organization.units u LEFT JOIN organization.work_schedules s ON s.id = u.work_schedule_id WHERE u.id = ANY($1::uuid[])`,
      [lineageIds],
    );
    const holidays = (
      await this.uow.query(
        `SELECT id, date, name, unit_id, collective_leave FROM organization.holidays
          WHERE date BETWEEN $1 AND $2 AND (unit_id IS NULL OR unit_id = ANY($3::uuid[]))`,
        [from, to, lineageIds],
      )
    ).map((h: any) => ({ id: h.id, date: h.date, name: h.name, unitId: h.unit_id, collectiveLeave: h.collective_leave }));
    const roster: Array<{ employee_id: string; date: LocalDate; code: string; start_time: string; end_time: string; break_minutes: number }> = await this.uow.query(
      `SELECT r.employee_id, r.date, s.code, s.start_time, s.end_time, s.break_minutes
         FROM organization.roster_entries r JOIN organization.shifts s ON s.id = r.shift_id
        WHERE r.employee_id = ANY($1::uuid[]) AND r.date BETWEEN $2 AND $3`,
      [employeeIds, from, to],
    );

    const schedules = new Map(units.filter((u) => u.days !== null).map((u) => [u.id, u.days as WeeklySchedule]));
    const calendarOfUnit = new Map<string, { schedule: WeeklySchedule; holidays: Map<LocalDate, { name: string; collectiveLeave: boolean }> }>();
    const calendarOf = (path: string, unitId: string) => {
      let calendar = calendarOfUnit.get(unitId);
      if (!calendar) {
        const lineage = path.split('/').filter(Boolean).reverse();
        calendar = {
          schedule: scheduleFor(lineage, schedules),
          holidays: new Map(holidaysFor(lineage, holidays).map((h) => [h.date, { name: h.name, collectiveLeave: h.collectiveLeave }])),
        };
        calendarOfUnit.set(unitId, calendar);
      }
      return calendar;
    };
    const group = <T extends { employee_id: string }>(rows: T[]) => {
      const map = new Map<string, T[]>();
      for (const row of rows) map.set(row.employee_id, [...(map.get(row.employee_id) ?? []), row]);
      return map;
    };
    const assignmentsBy = group(assignments);
    const statusesBy = group(statuses);
    const rosterBy = new Map(roster.map((r) => [`${r.employee_id}|${r.date}`, r]));
    const days = eachDay(from, to);

    const result = new Map<string, WorkDay[]>();
    for (const employeeId of employeeIds) {
      const own = assignmentsBy.get(employeeId) ?? [];
      const definitive = own.filter((a) => a.type === 'DEFINITIVE');
      const history = (statusesBy.get(employeeId) ?? []).map((s) => ({ status: s.status, effectiveDate: s.effective_date }));
      result.set(
        employeeId,
        days.map((date) => {
          const { held, placement } = placementOf(definitive, date);
          const calendar = placement ? calendarOf(placement.path, placement.unit_id) : null;
          const shift = rosterBy.get(`${employeeId}|${date}`);
          return {
            date,
            unitId: placement?.unit_id ?? null,
            timeZone: placement?.time_zone ?? null,
            positionId: held?.position_id ?? null,
            kelas: held?.kelas ?? null,
            status: statusOn(history, date),
            acting: own
              .filter((a) => a.type !== 'DEFINITIVE' && holds(a, date))
              .map((a) => ({ positionId: a.position_id, kelas: a.kelas, type: a.type as 'PLT' | 'PLH' })),
            hours: calendar ? workingHoursOn(calendar.schedule, date) : null,
            holiday: calendar?.holidays.get(date) ?? null,
            shift: shift ? { code: shift.code, start: shift.start_time, end: shift.end_time, breakMinutes: shift.break_minutes } : null,
          };
        }),
      );
    }
    return result;
  }
}
