import { DateTime } from 'luxon';
import { LocalDate } from './local-date';

/**
 * Instants are UTC; a civil servant's day, and the times on their schedule, are in the IANA zone of
 * their unit (WIB Asia/Jakarta, WITA Asia/Makassar, WIT Asia/Jayapura).
 */
export function isValidTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || !zone.includes('/')) return false;
  return DateTime.now().setZone(zone).isValid;
}

/** The local date on which `instant` falls in `zone`. */
export function localDateOf(instant: Date, zone: string): LocalDate {
  return DateTime.fromJSDate(instant, { zone }).toISODate()!;
}

/** The local wall-clock time of `instant` in `zone`, 'HH:mm:ss'. */
export function localTimeOf(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat('HH:mm:ss');
}

/** The instant at which the wall clock in `zone` shows `time` ('HH:mm' or 'HH:mm:ss') on `date`. */
export function instantAt(date: LocalDate, time: string, zone: string): Date {
  const t = time.length === 5 ? `${time}:00` : time;
  return DateTime.fromISO(`${date}T${t}`, { zone }).toJSDate();
}

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isValidTimeOfDay(value: unknown): value is string {
  return typeof value === 'string' && TIME_RE.test(value);
}

/** Minutes since local midnight of an 'HH:mm' time. */
export function minutesOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
