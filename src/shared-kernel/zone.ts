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

/**
 * Classifying a month for thousands of employees asks for hundreds of thousands of local dates and times, and
 * luxon's zone arithmetic is the slow part. Offsets change only at transitions that fall on a quarter hour
 * (UTC), so one lookup per zone and quarter hour answers every instant inside it exactly.
 */
const QUARTER_HOUR_MS = 900_000;
const DAY_MS = 86_400_000;
const CACHE_LIMIT = 200_000;
/** Per zone, by quarter hour: numeric keys, no string built per lookup. */
const offsetCache = new Map<string, Map<number, number>>();
const instantCache = new Map<string, number>();
/** 'YYYY-MM-DD' by day number since the epoch: a month of days for many employees asks for the same few. */
const dateCache = new Map<number, LocalDate>();

function offsetMs(instantMs: number, zone: string): number {
  const bucket = Math.floor(instantMs / QUARTER_HOUR_MS);
  let ofZone = offsetCache.get(zone);
  if (ofZone === undefined) offsetCache.set(zone, (ofZone = new Map<number, number>()));
  let offset = ofZone.get(bucket);
  if (offset === undefined) {
    offset = DateTime.fromMillis(bucket * QUARTER_HOUR_MS, { zone }).offset * 60_000;
    if (ofZone.size >= CACHE_LIMIT) ofZone.clear();
    ofZone.set(bucket, offset);
  }
  return offset;
}

/** The local date on which `instant` falls in `zone`. */
export function localDateOf(instant: Date, zone: string): LocalDate {
  const ms = instant.getTime();
  const day = Math.floor((ms + offsetMs(ms, zone)) / DAY_MS);
  let date = dateCache.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (dateCache.size >= CACHE_LIMIT) dateCache.clear();
    dateCache.set(day, date);
  }
  return date;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** The local wall-clock time of `instant` in `zone`, 'HH:mm:ss'. */
export function localTimeOf(instant: Date, zone: string): string {
  const ms = instant.getTime();
  const local = ms + offsetMs(ms, zone);
  const seconds = Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / 1000);
  return `${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}`;
}

/** The instant at which the wall clock in `zone` shows `time` ('HH:mm' or 'HH:mm:ss') on `date`. */
export function instantAt(date: LocalDate, time: string, zone: string): Date {
  const t = time.length === 5 ? `${time}:00` : time;
  const key = `${date}T${t}|${zone}`;
  let ms = instantCache.get(key);
  if (ms === undefined) {
    ms = DateTime.fromISO(`${date}T${t}`, { zone }).toMillis();
    if (instantCache.size >= CACHE_LIMIT) instantCache.clear();
    instantCache.set(key, ms);
  }
  return new Date(ms);
}

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isValidTimeOfDay(value: unknown): value is string {
  return typeof value === 'string' && TIME_RE.test(value);
}

/** Minutes since local midnight of an 'HH:mm' time. */
export function minutesOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
