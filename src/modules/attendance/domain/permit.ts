import { DomainError } from '../../../shared-kernel/domain-error';
import { LocalDate, addDays } from '../../../shared-kernel/local-date';
import { instantAt, isValidTimeOfDay } from '../../../shared-kernel/zone';
import { DutyPeriod } from './day-obligation';

export type PermitType = 'LATE_ARRIVAL' | 'EARLY_LEAVE' | 'MISSING_PUNCH';

/**
 * An approved permit that regularises part of one day (rules.md §2): LATE_ARRIVAL removes the TL,
 * EARLY_LEAVE removes the PSW, MISSING_PUNCH supplies the wall-clock time ('HH:mm') of a punch the device lacks.
 */
export interface Permit {
  readonly type: PermitType;
  readonly date: LocalDate;
  readonly time?: string | null;
}

/**
 * The instant of a MISSING_PUNCH permit's time: of the wall-clock time on the permit's date and on the next
 * date, the one nearer the duty period, so that 05:00 on a 22:00–06:00 shift is read the morning after.
 */
export function missingPunchInstant(permit: Permit, zone: string, duty: DutyPeriod): Date {
  if (!permit.time || !isValidTimeOfDay(permit.time)) {
    throw DomainError.validation('time', 'MISSING_PUNCH_TIME_REQUIRED', 'A MISSING_PUNCH permit must give the time of the punch as HH:mm.');
  }
  const sameDay = instantAt(permit.date, permit.time, zone);
  const nextDay = instantAt(addDays(permit.date, 1), permit.time, zone);
  return distanceToDuty(nextDay, duty) < distanceToDuty(sameDay, duty) ? nextDay : sameDay;
}

function distanceToDuty(instant: Date, duty: DutyPeriod): number {
  const t = instant.getTime();
  return Math.max(0, duty.start.getTime() - t, t - duty.end.getTime());
}
