import { Injectable } from '@nestjs/common';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { CalendarFacts, CalendarReadModel, DefinitivePost, StatusRow } from '../../application/ports/calendar-read-model';
import { NamedShift } from '../../application/ports/shift-repository';
import { WorkScheduleRecord } from '../../application/ports/work-schedule-repository';
import { Holiday } from '../../domain/holiday-calendar';
import { WeeklySchedule } from '../../domain/work-schedule';
import { toHoliday, toShift } from './rows';

@Injectable()
export class PgCalendarReadModel extends CalendarReadModel {
  constructor(private readonly uow: UnitOfWork) {
    super();
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

  async workSchedule(id: string): Promise<WorkScheduleRecord | null> {
    const [row] = await this.uow.query(`SELECT * FROM organization.work_schedules WHERE id = $1`, [id]);
    return row ?? null;
  }

  workSchedules(): Promise<WorkScheduleRecord[]> {
    return this.uow.query(`SELECT * FROM organization.work_schedules ORDER BY code`);
  }

  async shift(id: string): Promise<NamedShift | null> {
    const [row] = await this.uow.query(`SELECT * FROM organization.shifts WHERE id = $1`, [id]);
    return row ? toShift(row) : null;
  }

  async shifts(): Promise<NamedShift[]> {
    return (await this.uow.query(`SELECT * FROM organization.shifts ORDER BY code`)).map(toShift);
  }

  async rosterBetween(employeeIds: string[], from: LocalDate, to: LocalDate): Promise<Array<{ employeeId: string; date: LocalDate; shiftId: string }>> {
    const rows = await this.uow.query(
      `SELECT employee_id, date, shift_id FROM organization.roster_entries WHERE employee_id = ANY($1::uuid[]) AND date BETWEEN $2 AND $3 ORDER BY employee_id, date`,
      [employeeIds, from, to],
    );
    return rows.map((r: any) => ({ employeeId: r.employee_id, date: r.date, shiftId: r.shift_id }));
  }

  async placementFacts(employeeIds: string[]): Promise<Map<string, { definitive: DefinitivePost[]; statuses: StatusRow[] }>> {
    const rows: Array<{ employee_id: string; definitive: DefinitivePost[]; statuses: StatusRow[] }> = await this.uow.query(
      `SELECT e.id AS employee_id,
              coalesce((SELECT json_agg(json_build_object('startDate', a.start_date, 'endDate', a.end_date, 'unitId', p.unit_id, 'timeZone', u.time_zone, 'path', u.path)
                                        ORDER BY a.start_date)
                          FROM organization.assignments a
                          JOIN organization.positions p ON p.id = a.position_id
                          JOIN organization.units u ON u.id = p.unit_id
                         WHERE a.employee_id = e.id AND a.type = 'DEFINITIVE'), '[]') AS definitive,
              coalesce((SELECT json_agg(json_build_object('employeeId', s.employee_id, 'status', s.status, 'effectiveDate', s.effective_date) ORDER BY s.effective_date)
                          FROM organization.employee_statuses s WHERE s.employee_id = e.id), '[]') AS statuses
         FROM unnest($1::uuid[]) AS e(id)`,
      [employeeIds],
    );
    return new Map(rows.map((r) => [r.employee_id, { definitive: r.definitive, statuses: r.statuses }]));
  }

  async calendarFacts(employeeIds: string[], from: LocalDate, to: LocalDate): Promise<CalendarFacts> {
    const posts = (
      await this.uow.query(
        `SELECT a.employee_id, a.position_id, a.type, a.start_date, a.end_date, p.unit_id, u.time_zone, u.path,
                (SELECT json_agg(json_build_object('effectiveFrom', CASE WHEN k.effective_from = '-infinity' THEN NULL ELSE k.effective_from::text END, 'kelas', k.kelas)
                                 ORDER BY k.effective_from)
                   FROM organization.position_kelas k WHERE k.position_id = a.position_id AND k.effective_from <= $2) AS kelas_history
           FROM organization.assignments a
           JOIN organization.positions p ON p.id = a.position_id
           JOIN organization.units u ON u.id = p.unit_id
          WHERE a.employee_id = ANY($1::uuid[])
          ORDER BY a.employee_id, a.start_date`,
        [employeeIds, to],
      )
    ).map((r: any) => ({
      employeeId: r.employee_id,
      positionId: r.position_id,
      type: r.type,
      startDate: r.start_date,
      endDate: r.end_date,
      unitId: r.unit_id,
      timeZone: r.time_zone,
      path: r.path,
      kelasHistory: r.kelas_history,
    }));
    const statuses = (
      await this.uow.query(
        `SELECT employee_id, status, effective_date FROM organization.employee_statuses WHERE employee_id = ANY($1::uuid[]) ORDER BY employee_id, effective_date`,
        [employeeIds],
      )
    ).map((r: any) => ({ employeeId: r.employee_id, status: r.status, effectiveDate: r.effective_date }));
    const lineageIds = [...new Set(posts.flatMap((a: { path: string }) => a.path.split('/').filter(Boolean)))];
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
    ).map(toHoliday);
    const roster = (
      await this.uow.query(
        `SELECT r.employee_id, r.date, s.code, s.start_time, s.end_time, s.break_minutes
           FROM organization.roster_entries r JOIN organization.shifts s ON s.id = r.shift_id
          WHERE r.employee_id = ANY($1::uuid[]) AND r.date BETWEEN $2 AND $3`,
        [employeeIds, from, to],
      )
    ).map((r: any) => ({ employeeId: r.employee_id, date: r.date, code: r.code, start: r.start_time, end: r.end_time, breakMinutes: r.break_minutes }));
    return {
      posts,
      statuses,
      schedules: new Map(units.filter((u) => u.days !== null).map((u) => [u.id, u.days as WeeklySchedule])),
      holidays,
      roster,
    };
  }
}
