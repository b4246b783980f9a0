import { Injectable } from '@nestjs/common';
import { eachDay, LocalDate } from '../../../../shared-kernel/local-date';
import { EmployeeStatus, statusOn } from '../../domain/employee-status';
import { CalendarReadModel, HeldPost, StatusRow } from '../ports/calendar-read-model';
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

const holds = (a: Pick<HeldPost, 'startDate' | 'endDate'>, date: LocalDate) => a.startDate <= date && (a.endDate === null || date <= a.endDate);

/**
 * The definitive assignment a day is placed by (`definitive` in start order): the one held that day; else the
 * latest one begun before; else the first — so a day before the first placement or after the last still has
 * a unit and a zone.
 */
function placementOf<T extends Pick<HeldPost, 'startDate' | 'endDate'>>(definitive: readonly T[], date: LocalDate): { held: T | null; placement: T | null } {
  const held = definitive.find((a) => holds(a, date)) ?? null;
  return { held, placement: held ?? [...definitive].reverse().find((a) => a.startDate <= date) ?? definitive[0] ?? null };
}

/** The kelas of the day, not today's: a regrade takes effect from its date and leaves earlier days as they were. */
function kelasOn({ kelasHistory }: Pick<HeldPost, 'kelasHistory'>, date: LocalDate): number {
  for (let i = kelasHistory.length - 1; i > 0; i--) if (kelasHistory[i].effectiveFrom! <= date) return kelasHistory[i].kelas;
  return kelasHistory[0].kelas;
}

const historyOf = (statuses: readonly StatusRow[]) => statuses.map((s) => ({ status: s.status, effectiveDate: s.effectiveDate }));

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
  constructor(private readonly calendars: CalendarReadModel) {}

  /**
   * The placement (unit, zone, lineage) and status of each (employee, date) — the same answers workCalendars
   * gives for those days — in one query, for checks of single days. Keys are `${employeeId}|${date}`.
   */
  async placementsOn(keys: ReadonlyArray<{ employeeId: string; date: LocalDate }>): Promise<Map<string, DayPlacement>> {
    const result = new Map<string, DayPlacement>();
    if (keys.length === 0) return result;
    const facts = await this.calendars.placementFacts([...new Set(keys.map((k) => k.employeeId))]);
    for (const { employeeId, date } of keys) {
      const row = facts.get(employeeId);
      const { placement } = placementOf(row?.definitive ?? [], date);
      result.set(`${employeeId}|${date}`, {
        unitId: placement?.unitId ?? null,
        timeZone: placement?.timeZone ?? null,
        unitLineage: placement ? placement.path.split('/').filter(Boolean).reverse() : [],
        status: statusOn(historyOf(row?.statuses ?? []), date),
      });
    }
    return result;
  }

  async workCalendars(employeeIds: string[], from: LocalDate, to: LocalDate): Promise<Map<string, WorkDay[]>> {
    const { posts, statuses, schedules, holidays, roster } = await this.calendars.calendarFacts(employeeIds, from, to);
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
    const group = <T extends { employeeId: string }>(rows: T[]) => {
      const map = new Map<string, T[]>();
      for (const row of rows) map.set(row.employeeId, [...(map.get(row.employeeId) ?? []), row]);
      return map;
    };
    const postsBy = group(posts);
    const statusesBy = group(statuses);
    const rosterBy = new Map(roster.map((r) => [`${r.employeeId}|${r.date}`, r]));
    const days = eachDay(from, to);

    const result = new Map<string, WorkDay[]>();
    for (const employeeId of employeeIds) {
      const own = postsBy.get(employeeId) ?? [];
      const definitive = own.filter((a) => a.type === 'DEFINITIVE');
      const history = historyOf(statusesBy.get(employeeId) ?? []);
      result.set(
        employeeId,
        days.map((date) => {
          const { held, placement } = placementOf(definitive, date);
          const calendar = placement ? calendarOf(placement.path, placement.unitId) : null;
          const shift = rosterBy.get(`${employeeId}|${date}`);
          return {
            date,
            unitId: placement?.unitId ?? null,
            timeZone: placement?.timeZone ?? null,
            positionId: held?.positionId ?? null,
            kelas: held ? kelasOn(held, date) : null,
            status: statusOn(history, date),
            acting: own.filter((a) => a.type !== 'DEFINITIVE' && holds(a, date)).map((a) => ({ positionId: a.positionId, kelas: kelasOn(a, date), type: a.type as 'PLT' | 'PLH' })),
            hours: calendar ? workingHoursOn(calendar.schedule, date) : null,
            holiday: calendar?.holidays.get(date) ?? null,
            shift: shift ? { code: shift.code, start: shift.start, end: shift.end, breakMinutes: shift.breakMinutes } : null,
          };
        }),
      );
    }
    return result;
  }
}
