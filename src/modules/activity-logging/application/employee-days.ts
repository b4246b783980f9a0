import { Injectable } from '@nestjs/common';
import { LocalDate } from '../../../shared-kernel/local-date';
import { WorkCalendarsFacade, WorkDay } from '../../organization/public/work-calendars.facade';
import { EXCUSED_DAY_CODES, WorkingDay } from '../domain/achievement/obliged-days';
import { EntryFactsCache } from './entry-facts-cache';
import { LeaveDays } from './ports/leave-days.port';

/** Full-day codes of attendance that matter to activities; a classified day carries at most one of them. */
const ACTIVITY_DAY_CODES = new Set(['CT', 'CS', 'CB', 'CM', 'CAP', 'I', 'DL', 'TK']);

/** The one code of a classified day that matters to activities, if any. */
export function activityDayCodeOf(codes: readonly string[]): string | null {
  return codes.find((c) => ACTIVITY_DAY_CODES.has(c)) ?? null;
}

/** Long absences are status changes in organization; for activities they are excused days like leave. */
const STATUS_DAY_CODE: Record<string, string> = { STUDY_ASSIGNMENT: 'TB', UNPAID_LEAVE: 'CLTN' };
/** Statuses under which nobody holds an eligible assignment (rules.md §5: factor 0, nothing owed). */
const INELIGIBLE_STATUSES = new Set(['SUSPENDED', 'RETIRED']);

export interface EmployeeDay {
  date: LocalDate;
  unitId: string | null;
  timeZone: string | null;
  /** A working day of the employee's schedule with an eligible assignment (before leave is taken out). */
  isWorkingDay: boolean;
  /** The attendance code of the day (CT…, I, TK) or TB/CLTN from the status; null when none. */
  dayCode: string | null;
}

/** What the entry rules read of a day: where the employee sits and whether they are excused. */
export interface EntryDay extends Pick<EmployeeDay, 'date' | 'unitId' | 'timeZone' | 'dayCode'> {
  /** The unit and its ancestors, nearest first: whose catalogue items are available. */
  unitLineage: string[];
}

/**
 * Organization's work calendar joined with attendance's day codes, for many employees over a range:
 * the facts both the entry rules (zone, leave day) and achievement (obliged days) are read from.
 */
@Injectable()
export class EmployeeDays {
  constructor(
    private readonly calendars: WorkCalendarsFacade,
    private readonly leave: LeaveDays,
    private readonly cache: EntryFactsCache,
  ) {}

  /**
   * The days of single entries: unit, zone, the unit's lineage and the day code of each (employee, date),
   * without the month-oriented calendar — the placements cached, and the leave port (attendance announces
   * no absence decisions yet, so its answer cannot be kept).
   */
  async forEntries(keys: ReadonlyArray<{ employeeId: string; date: LocalDate }>): Promise<Map<string, Map<LocalDate, EntryDay>>> {
    const result = new Map<string, Map<LocalDate, EntryDay>>();
    if (keys.length === 0) return result;
    const dates = keys.map((k) => k.date).sort();
    const unique = [...new Set(keys.map((k) => k.employeeId))];
    const placements = await this.cache.placementsOn(keys);
    const codes = await this.leave.dayCodes(unique, dates[0], dates[dates.length - 1], { includeAbsent: false });
    for (const { employeeId, date } of keys) {
      const p = placements.get(`${employeeId}|${date}`);
      const days = result.get(employeeId) ?? result.set(employeeId, new Map()).get(employeeId)!;
      days.set(date, {
        date,
        unitId: p?.unitId ?? null,
        timeZone: p?.timeZone ?? null,
        unitLineage: p?.unitLineage ?? [],
        dayCode: (p?.status && STATUS_DAY_CODE[p.status]) ?? codes.get(employeeId)?.get(date) ?? null,
      });
    }
    return result;
  }

  /** Whole ranges for achievement: the work calendar with attendance's classified codes, TK included. */
  async of(employeeIds: string[], from: LocalDate, to: LocalDate): Promise<Map<string, Map<LocalDate, EmployeeDay>>> {
    const unique = [...new Set(employeeIds)];
    const calendars = await this.calendars.workCalendars(unique, from, to);
    const codes = await this.leave.dayCodes(unique, from, to, { includeAbsent: true });
    return joined(unique, calendars, (id, date) => codes.get(id)?.get(date) ?? null);
  }

  /** The same from a calendar and classified days the caller already read over the whole range: no query. */
  fromKnown(employeeIds: string[], known: KnownDays): Map<string, Map<LocalDate, EmployeeDay>> {
    return joined([...new Set(employeeIds)], known.calendars, (id, date) => activityDayCodeOf(known.classifiedCodes.get(id)?.get(date) ?? []));
  }
}

/** What a caller that already classified the range hands over instead of having it read again. */
export interface KnownDays {
  /** Organization's work calendars of the employees over the whole range. */
  calendars: ReadonlyMap<string, readonly WorkDay[]>;
  /** Attendance's codes of every classified day of the range (TK included). */
  classifiedCodes: ReadonlyMap<string, ReadonlyMap<LocalDate, readonly string[]>>;
}

function joined(
  employeeIds: string[],
  calendars: ReadonlyMap<string, readonly WorkDay[]>,
  leaveCode: (employeeId: string, date: LocalDate) => string | null,
): Map<string, Map<LocalDate, EmployeeDay>> {
  const result = new Map<string, Map<LocalDate, EmployeeDay>>();
  for (const id of employeeIds) {
    const days = new Map<LocalDate, EmployeeDay>();
    for (const day of calendars.get(id) ?? []) days.set(day.date, toEmployeeDay(day, leaveCode(id, day.date)));
    result.set(id, days);
  }
  return result;
}

function toEmployeeDay(day: WorkDay, leaveCode: string | null): EmployeeDay {
  const eligible = day.positionId !== null && !(day.status !== null && INELIGIBLE_STATUSES.has(day.status));
  return {
    date: day.date,
    unitId: day.unitId,
    timeZone: day.timeZone,
    isWorkingDay: eligible && (day.hours !== null || day.shift !== null) && day.holiday === null,
    dayCode: (day.status && STATUS_DAY_CODE[day.status]) ?? leaveCode,
  };
}

/** rules.md §3: no entry on a day the employee is excused from (leave, I, TB, CLTN); TK is not such a day. */
export function isLeaveDay(day: Pick<EmployeeDay, 'dayCode'> | undefined): boolean {
  return day?.dayCode != null && EXCUSED_DAY_CODES.has(day.dayCode);
}

export function workingDays(days: Iterable<EmployeeDay>): WorkingDay[] {
  return [...days].filter((d) => d.isWorkingDay).map((d) => ({ date: d.date, dayCode: d.dayCode }));
}
