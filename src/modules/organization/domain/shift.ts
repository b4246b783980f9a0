import { DomainError } from '../../../shared-kernel/domain-error';
import { Id } from '../../../shared-kernel/ids';
import { LocalDate, isValidLocalDate } from '../../../shared-kernel/local-date';
import { isValidTimeOfDay, minutesOfDay } from '../../../shared-kernel/zone';

const MINUTES_PER_DAY = 24 * 60;

/** A work period of a round-the-clock unit (balai, sentra); local times in the unit's zone. */
export interface Shift {
  readonly id: Id;
  readonly code: string;
  readonly start: string;
  readonly end: string;
  readonly breakMinutes: number;
  /** Ends on the next calendar day; the shift still belongs to the date it starts. */
  readonly crossesMidnight: boolean;
}

export interface NewShift {
  id: Id;
  code: string;
  start: unknown;
  end: unknown;
  breakMinutes: unknown;
}

/** Minutes from start to end, across midnight when the end is earlier on the clock. */
function spanMinutes(start: string, end: string): number {
  return (minutesOfDay(end) - minutesOfDay(start) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
}

/** start = end is refused: it reads as either nothing or a 24-hour shift, and neither is a roster shift. */
export function createShift(props: NewShift): Shift {
  if (!props.code?.trim()) throw DomainError.validation('code', 'SHIFT_CODE_REQUIRED', 'A shift needs a code, e.g. "MALAM".');
  for (const key of ['start', 'end'] as const) {
    if (!isValidTimeOfDay(props[key])) {
      throw DomainError.validation(key, 'SHIFT_TIME_INVALID', `${key} must be a time HH:mm, not ${JSON.stringify(props[key])}.`);
    }
  }
  const start = props.start as string;
  const end = props.end as string;
  if (start === end) throw DomainError.validation('end', 'SHIFT_ZERO_LENGTH', `A shift cannot start and end at the same time (${start}).`);
  const span = spanMinutes(start, end);
  const breakMinutes = props.breakMinutes;
  if (typeof breakMinutes !== 'number' || !Number.isInteger(breakMinutes) || breakMinutes < 0 || breakMinutes >= span) {
    throw DomainError.validation(
      'breakMinutes',
      'SHIFT_BREAK_INVALID',
      `breakMinutes must be a whole number from 0 to less than the shift's ${span} minutes, not ${JSON.stringify(breakMinutes)}.`,
    );
  }
  return { id: props.id, code: props.code.trim(), start, end, breakMinutes, crossesMidnight: end < start };
}

export function shiftNetMinutes(shift: Shift): number {
  return spanMinutes(shift.start, shift.end) - shift.breakMinutes;
}

/** One shift for one employee on one date (the date the shift starts). */
export interface RosterEntry {
  readonly employeeId: Id;
  readonly date: LocalDate;
  readonly shiftId: Id;
}

export function createRosterEntry(props: { employeeId: Id; date: unknown; shiftId: Id }): RosterEntry {
  if (!isValidLocalDate(props.date)) {
    throw DomainError.validation('date', 'ROSTER_DATE_INVALID', `date must be a date YYYY-MM-DD, not ${JSON.stringify(props.date)}.`);
  }
  return { employeeId: props.employeeId, date: props.date, shiftId: props.shiftId };
}
