import { DomainError } from '../../../shared-kernel/domain-error';
import { isValidTimeOfDay, minutesOfDay } from '../../../shared-kernel/zone';

/** A working day's hours on the unit's wall clock, 'HH:mm'. */
export interface DailyHours {
  readonly start: string;
  readonly end: string;
  readonly breakStart: string | null;
  readonly breakEnd: string | null;
}

/** ISO weekday (1 = Monday … 7 = Sunday) → hours, or null for a day off. */
export type WeeklyHours = Readonly<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, DailyHours | null>>;

const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The weekly office schedule of rules.md §1; shift rosters replace it for round-the-clock units. */
export class WorkSchedule {
  private constructor(readonly weekly: WeeklyHours) {}

  static create(weekly: WeeklyHours, field = 'workSchedule'): WorkSchedule {
    for (const weekday of ISO_WEEKDAYS) {
      const hours = weekly[weekday];
      if (hours) assertValidDailyHours(hours, `${field}.${weekday}`);
    }
    if (ISO_WEEKDAYS.every((weekday) => weekly[weekday] === null)) {
      throw DomainError.validation(field, 'NO_WORKING_WEEKDAY', 'A work schedule needs at least one working weekday.');
    }
    return new WorkSchedule(weekly);
  }

  hoursOn(isoWeekday: number): DailyHours | null {
    return this.weekly[isoWeekday as keyof WeeklyHours] ?? null;
  }

  isWorkingWeekday(isoWeekday: number): boolean {
    return this.hoursOn(isoWeekday) !== null;
  }
}

/** Keppres 68/1995: Mon–Thu 07:30–16:00 (break 12:00–13:00), Fri 07:30–16:30 (break 11:30–13:00) [S21]. */
export function defaultWorkSchedule(): WorkSchedule {
  const monToThu: DailyHours = { start: '07:30', end: '16:00', breakStart: '12:00', breakEnd: '13:00' };
  const friday: DailyHours = { start: '07:30', end: '16:30', breakStart: '11:30', breakEnd: '13:00' };
  return WorkSchedule.create({ 1: monToThu, 2: monToThu, 3: monToThu, 4: monToThu, 5: friday, 6: null, 7: null });
}

function assertValidDailyHours(hours: DailyHours, field: string): void {
  for (const key of ['start', 'end'] as const) {
    if (!isValidTimeOfDay(hours[key])) {
      throw DomainError.validation(`${field}.${key}`, 'INVALID_TIME', `${field}.${key} must be a time 'HH:mm'.`);
    }
  }
  if (minutesOfDay(hours.start) >= minutesOfDay(hours.end)) {
    throw DomainError.validation(`${field}.end`, 'END_NOT_AFTER_START', `${field}.end must be after ${field}.start; use a shift for work past midnight.`);
  }
  if ((hours.breakStart === null) !== (hours.breakEnd === null)) {
    throw DomainError.validation(`${field}.breakEnd`, 'INCOMPLETE_BREAK', `${field} needs both a break start and a break end, or neither.`);
  }
  if (hours.breakStart === null || hours.breakEnd === null) return;
  for (const key of ['breakStart', 'breakEnd'] as const) {
    if (!isValidTimeOfDay(hours[key])) {
      throw DomainError.validation(`${field}.${key}`, 'INVALID_TIME', `${field}.${key} must be a time 'HH:mm'.`);
    }
  }
  const [start, end, breakStart, breakEnd] = [hours.start, hours.end, hours.breakStart, hours.breakEnd].map(minutesOfDay);
  if (!(start <= breakStart && breakStart < breakEnd && breakEnd <= end)) {
    throw DomainError.validation(`${field}.breakStart`, 'BREAK_OUTSIDE_HOURS', `${field}'s break must lie within its working hours and end after it starts.`);
  }
}
