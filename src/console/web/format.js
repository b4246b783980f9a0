import { currentLang } from './i18n.js';

const locale = () => (currentLang() === 'en' ? 'en-GB' : 'id-ID');

/** Rupiah are whole integers from the API; formatted, never computed with. */
export function rupiah(amount) {
  return new Intl.NumberFormat(locale(), { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(amount);
}

/**
 * An achievement ratio from the API ("0.9", "0.0395") as a percent with one decimal, rounded half up, in
 * exact decimal arithmetic: the ratio is shifted as digits, never read as a float.
 */
export function percentOfRatio(ratio) {
  const negative = ratio.startsWith('-');
  const [whole, fraction = ''] = ratio.replace(/^-/, '').split('.');
  const tenths = (BigInt(whole + fraction.padEnd(4, '0').slice(0, 4)) + 5n) / 10n; // ratio × 1000 = percent × 10
  const digits = tenths.toString().padStart(2, '0');
  const percent = `${digits.slice(0, -1)}.${digits.slice(-1)}`.replace(/\.0$/, '');
  return negative && tenths !== 0n ? `-${percent}` : percent;
}

/** A decimal string as a BigInt scaled by 10^places (truncated past them): exact, never a float. */
function scaled(decimal, places) {
  const negative = decimal.startsWith('-');
  const [whole, fraction = ''] = decimal.replace(/^-/, '').split('.');
  const digits = BigInt(whole + fraction.padEnd(places, '0').slice(0, places));
  return negative ? -digits : digits;
}

/** -1, 0 or 1 as decimal string a is below, equal to or above b, compared as digits. */
export function compareDecimal(a, b) {
  const places = Math.max((a.split('.')[1] ?? '').length, (b.split('.')[1] ?? '').length);
  const [x, y] = [scaled(a, places), scaled(b, places)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A percent (decimal string) as a CSS width between 0 and 100, for bars that stop at both ends. */
export function barWidth(percent) {
  if (compareDecimal(percent, '0') < 0) return '0';
  return compareDecimal(percent, '100') > 0 ? '100' : percent;
}

/** Whether a decimal string from the API is above zero, read as digits rather than a float. */
export function isAboveZero(decimal) {
  return !decimal.startsWith('-') && /[1-9]/.test(decimal);
}

export function dateLabel(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function monthLabel(month) {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** The browser's local calendar date; the server decides the employee's own zone where it matters. */
export function todayIso() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function thisMonth() {
  return todayIso().slice(0, 7);
}

/** The month's last date, "YYYY-MM-DD". */
export function lastDayOf(month) {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

export function addMonths(month, n) {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}
