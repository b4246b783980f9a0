import { LocalDate, addDays, isoDayOfWeek } from '../../../shared-kernel/local-date';
import { instantAt } from '../../../shared-kernel/zone';
import { DailyHours, WorkSchedule } from './work-schedule';
import { Shift, endsAfterMidnight } from './shift';

/** What an employee owes on a working day: the office schedule's hours, or the shift the roster gives them. */
export type DayObligation = { readonly kind: 'SCHEDULE'; readonly hours: DailyHours } | { readonly kind: 'SHIFT'; readonly shift: Shift };

/** How the calendar sees the day for this employee (rules.md §1). */
export type DayCalendar = { readonly kind: 'WORKING'; readonly obligation: DayObligation } | { readonly kind: 'HOLIDAY'; readonly holidayName?: string } | { readonly kind: 'OFF' };

/** The instants at which duty starts and ends, in the unit's zone. */
export interface DutyPeriod {
  readonly start: Date;
  readonly end: Date;
}

export function dutyPeriodOf(date: LocalDate, zone: string, obligation: DayObligation): DutyPeriod {
  if (obligation.kind === 'SCHEDULE') {
    return { start: instantAt(date, obligation.hours.start, zone), end: instantAt(date, obligation.hours.end, zone) };
  }
  const endDate = endsAfterMidnight(obligation.shift) ? addDays(date, 1) : date;
  return { start: instantAt(date, obligation.shift.start, zone), end: instantAt(endDate, obligation.shift.end, zone) };
}

/** A single untyped punch before this instant is a clock-in, from it on a clock-out (rules.md §2.3). */
export function midpointOf(period: DutyPeriod): Date {
  return new Date(period.start.getTime() + (period.end.getTime() - period.start.getTime()) / 2);
}

/** The calendar of an office (non-shift) employee: holidays first, then the weekly schedule (rules.md §1). */
export function officeDayCalendar(date: LocalDate, schedule: WorkSchedule, holidays: ReadonlyMap<LocalDate, string>): DayCalendar {
  if (holidays.has(date)) return { kind: 'HOLIDAY', holidayName: holidays.get(date) };
  const hours = schedule.hoursOn(isoDayOfWeek(date));
  return hours ? { kind: 'WORKING', obligation: { kind: 'SCHEDULE', hours } } : { kind: 'OFF' };
}
