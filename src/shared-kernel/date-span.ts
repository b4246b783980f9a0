import { LocalDate, daysBetween } from './local-date';

/**
 * The longest from/to range a query may ask for: a year, leap day included. Every such read costs in
 * proportion to its span (days classified, events listed), so a longer one is asked for in parts.
 */
export const MAX_QUERY_SPAN_DAYS = 366;

/** Days from `from` to `to`, both included (0 or less when `to` is before `from`). */
export function spanDays(from: LocalDate, to: LocalDate): number {
  return daysBetween(from, to) + 1;
}
