import { DomainError } from '../../../shared-kernel/domain-error';
import { Id } from '../../../shared-kernel/ids';
import { LocalDate, isoDayOfWeek } from '../../../shared-kernel/local-date';
import { isValidTimeOfDay, minutesOfDay } from '../../../shared-kernel/zone';

/** Office hours of one working day, local 'HH:mm' in the unit's zone; no break when both are null. */
export interface WorkingHours {
  readonly start: string;
  readonly end: string;
  readonly breakStart: string | null;
  readonly breakEnd: string | null;
}

export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const ISO_WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/** Hours per ISO weekday (1 = Monday); null is a day off. */
export type WeeklySchedule = Readonly<Record<IsoWeekday, WorkingHours | null>>;

export interface WorkingHoursInput {
  start: unknown;
  end: unknown;
  breakStart?: unknown;
  breakEnd?: unknown;
}

function orderError(field: string, message: string): DomainError {
  return DomainError.validation(field, 'WORK_SCHEDULE_ORDER', message);
}

/**
 * Office hours lie within one calendar day (start < end); work across midnight is a shift
 * (see shift.ts). `field` names the day in errors, e.g. 'schedule.5'.
 */
export function createWorkingHours(input: WorkingHoursInput, field: string): WorkingHours {
  for (const key of ['start', 'end'] as const) {
    if (!isValidTimeOfDay(input[key])) {
      throw DomainError.validation(`${field}.${key}`, 'WORK_SCHEDULE_TIME_INVALID', `${key} must be a time HH:mm, not ${JSON.stringify(input[key])}.`);
    }
  }
  const start = input.start as string;
  const end = input.end as string;
  const breakStart = input.breakStart ?? null;
  const breakEnd = input.breakEnd ?? null;
  if ((breakStart === null) !== (breakEnd === null)) {
    throw DomainError.validation(`${field}.breakEnd`, 'WORK_SCHEDULE_BREAK_INCOMPLETE', 'Give both breakStart and breakEnd, or neither for a day without a break.');
  }
  if (breakStart === null) {
    if (start >= end) throw orderError(`${field}.end`, `end ${end} must be after start ${start}.`);
    return { start, end, breakStart: null, breakEnd: null };
  }
  for (const [key, value] of [
    ['breakStart', breakStart],
    ['breakEnd', breakEnd],
  ] as const) {
    if (!isValidTimeOfDay(value)) {
      throw DomainError.validation(`${field}.${key}`, 'WORK_SCHEDULE_TIME_INVALID', `${key} must be a time HH:mm, not ${JSON.stringify(value)}.`);
    }
  }
  const bs = breakStart as string;
  const be = breakEnd as string;
  if (!(start < bs && bs <= be && be < end)) {
    throw orderError(field, `Times must run start < breakStart ≤ breakEnd < end; got ${start}, ${bs}, ${be}, ${end}.`);
  }
  return { start, end, breakStart: bs, breakEnd: be };
}

/** `days` maps each ISO weekday to its hours or null; a weekday left out is a day off. */
export function createWeeklySchedule(days: Partial<Record<IsoWeekday, WorkingHoursInput | null>>): WeeklySchedule {
  const entries = ISO_WEEKDAYS.map((d) => {
    const input = days[d];
    return [d, input ? createWorkingHours(input, `schedule.${d}`) : null] as const;
  });
  return Object.fromEntries(entries) as Record<IsoWeekday, WorkingHours | null>;
}

/** Minutes of work owed on the day: the span less the break. */
export function netMinutes(hours: WorkingHours): number {
  const span = minutesOfDay(hours.end) - minutesOfDay(hours.start);
  const pause = hours.breakStart && hours.breakEnd ? minutesOfDay(hours.breakEnd) - minutesOfDay(hours.breakStart) : 0;
  return span - pause;
}

/** The policy default (rules.md §1): 450 net minutes Monday to Friday, the weekend off. */
export function defaultWorkSchedule(): WeeklySchedule {
  const monToThu = { start: '07:30', end: '16:00', breakStart: '12:00', breakEnd: '13:00' };
  return createWeeklySchedule({
    1: monToThu,
    2: monToThu,
    3: monToThu,
    4: monToThu,
    5: { start: '07:30', end: '16:30', breakStart: '11:30', breakEnd: '13:00' },
  });
}

/**
 * The schedule of the nearest unit in `unitLineage` (the unit first, then its ancestors up to the
 * root) that has one; the policy default when none has, so every unit always has office hours.
 */
export function scheduleFor(unitLineage: readonly Id[], schedules: ReadonlyMap<Id, WeeklySchedule>): WeeklySchedule {
  for (const unitId of unitLineage) {
    const own = schedules.get(unitId);
    if (own) return own;
  }
  return defaultWorkSchedule();
}

export function workingHoursOn(schedule: WeeklySchedule, date: LocalDate): WorkingHours | null {
  return schedule[isoDayOfWeek(date) as IsoWeekday];
}
