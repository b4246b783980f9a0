import { LocalDate } from '../../../../shared-kernel/local-date';
import { AssignmentType } from '../../domain/assignment';
import { EmployeeStatus } from '../../domain/employee-status';
import { Holiday } from '../../domain/holiday-calendar';
import { WeeklySchedule } from '../../domain/work-schedule';
import { NamedShift } from './shift-repository';
import { WorkScheduleRecord } from './work-schedule-repository';

/** A definitive or acting post held over a period, with what a calendar needs of its position and unit. */
export interface HeldPost {
  employeeId: string;
  positionId: string;
  type: AssignmentType;
  startDate: LocalDate;
  endDate: LocalDate | null;
  /** The position's kelas, oldest first, up to the range's end: `effectiveFrom` null since the beginning. */
  kelasHistory: Array<{ effectiveFrom: LocalDate | null; kelas: number }>;
  unitId: string;
  timeZone: string;
  /** The unit's materialised path, `/root/…/unit/`. */
  path: string;
}

export type DefinitivePost = Pick<HeldPost, 'startDate' | 'endDate' | 'unitId' | 'timeZone' | 'path'>;

export interface StatusRow {
  employeeId: string;
  status: EmployeeStatus;
  effectiveDate: LocalDate;
}

export interface RosteredShift {
  employeeId: string;
  date: LocalDate;
  code: string;
  start: string;
  end: string;
  breakMinutes: number;
}

/** Everything the organisation knows about many employees' days over a range, in set-based reads. */
export interface CalendarFacts {
  posts: HeldPost[];
  statuses: StatusRow[];
  /** Own schedules of the units in the posts' lineages (units without one are absent). */
  schedules: Map<string, WeeklySchedule>;
  holidays: Holiday[];
  roster: RosteredShift[];
}

/** Holidays, office hours, shifts and rosters, and the facts work calendars are computed from. */
export abstract class CalendarReadModel {
  abstract holiday(id: string): Promise<Holiday | null>;
  /** Ordered by date and name; with `unitIds`, only national holidays and those of these units. */
  abstract holidaysBetween(from: LocalDate, to: LocalDate, unitIds?: string[]): Promise<Holiday[]>;
  abstract workSchedule(id: string): Promise<WorkScheduleRecord | null>;
  abstract workSchedules(): Promise<WorkScheduleRecord[]>;
  abstract shift(id: string): Promise<NamedShift | null>;
  abstract shifts(): Promise<NamedShift[]>;
  abstract rosterBetween(employeeIds: string[], from: LocalDate, to: LocalDate): Promise<Array<{ employeeId: string; date: LocalDate; shiftId: string }>>;
  /** Per employee, their definitive posts (oldest first) and status history, in one query. */
  abstract placementFacts(employeeIds: string[]): Promise<Map<string, { definitive: DefinitivePost[]; statuses: StatusRow[] }>>;
  abstract calendarFacts(employeeIds: string[], from: LocalDate, to: LocalDate): Promise<CalendarFacts>;
}
