import { Injectable } from '@nestjs/common';
import { LocalDate } from '../../../shared-kernel/local-date';
import { PlacementReadModel } from '../application/ports/placement-read-model';
import { DayPlacement, WorkCalendarQuery, WorkDay } from '../application/queries/work-calendar.query';

export type { DayPlacement, WorkDay } from '../application/queries/work-calendar.query';
export type { WorkingHours } from '../domain/work-schedule';

/** Where people sit on which day and what their days owe: for attendance, activities, plans and pay. */
@Injectable()
export class WorkCalendarsFacade {
  constructor(
    private readonly calendars: WorkCalendarQuery,
    private readonly placements: PlacementReadModel,
  ) {}

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

  /** The unit (and so the time zone) an employee's days are read in on `date`. */
  unitOfEmployee(employeeId: string, date: LocalDate): Promise<{ unitId: string; timeZone: string } | null> {
    return this.placements.unitOfEmployee(employeeId, date);
  }

  /** The employee's definitive unit and post on `date`, and whether that post heads the unit. */
  placementOn(employeeId: string, date: LocalDate): Promise<{ unitId: string; positionId: string; isUnitHead: boolean } | null> {
    return this.placements.placementOn(employeeId, date);
  }

  /** Everyone who held a definitive position at some time within [from, to]: whose days carry obligations. */
  employeesPlacedBetween(from: LocalDate, to: LocalDate): Promise<string[]> {
    return this.placements.employeesPlacedBetween(from, to);
  }
}
