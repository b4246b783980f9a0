import { DomainError } from '../../../shared-kernel/domain-error';
import { isValidTimeOfDay, minutesOfDay } from '../../../shared-kernel/zone';

/**
 * A rostered shift of a round-the-clock unit. An end at or before the start means the shift ends on the
 * next calendar day; the whole shift still belongs to the date it starts (rules.md §1).
 */
export interface Shift {
  readonly start: string;
  readonly end: string;
  readonly breakMinutes: number;
}

export function endsAfterMidnight(shift: Shift): boolean {
  return minutesOfDay(shift.end) <= minutesOfDay(shift.start);
}

export function assertValidShift(shift: Shift, field = 'shift'): void {
  for (const key of ['start', 'end'] as const) {
    if (!isValidTimeOfDay(shift[key])) {
      throw DomainError.validation(`${field}.${key}`, 'INVALID_TIME', `${field}.${key} must be a time 'HH:mm'.`);
    }
  }
  const lengthMinutes = (minutesOfDay(shift.end) - minutesOfDay(shift.start) + 1440) % 1440 || 1440;
  if (!Number.isInteger(shift.breakMinutes) || shift.breakMinutes < 0 || shift.breakMinutes >= lengthMinutes) {
    throw DomainError.validation(`${field}.breakMinutes`, 'INVALID_BREAK', `${field}.breakMinutes must be a whole number of minutes shorter than the shift.`);
  }
}
