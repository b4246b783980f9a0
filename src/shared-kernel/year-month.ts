import { LocalDate, daysInMonth as daysIn } from './local-date';

/** A calendar month as 'YYYY-MM'. */
export type YearMonth = string;

const YM_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isValidYearMonth(value: unknown): value is YearMonth {
  return typeof value === 'string' && YM_RE.test(value);
}

function parts(month: YearMonth): [number, number] {
  return [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
}

export function firstDayOf(month: YearMonth): LocalDate {
  return `${month}-01`;
}

export function lastDayOf(month: YearMonth): LocalDate {
  const [y, m] = parts(month);
  return `${month}-${String(daysIn(y, m)).padStart(2, '0')}`;
}

export function daysInYearMonth(month: YearMonth): number {
  const [y, m] = parts(month);
  return daysIn(y, m);
}

export function yearMonthOf(date: LocalDate): YearMonth {
  return date.slice(0, 7);
}

export function addMonths(month: YearMonth, n: number): YearMonth {
  const [y, m] = parts(month);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
