import fc from 'fast-check';
import { addDays, daysBetween, eachDay, isoDayOfWeek } from '../../../src/shared-kernel/local-date';

/** The arithmetic must agree with the calendar JavaScript's Date keeps, on every day it is ever given. */
const viaDate = {
  addDays: (date: string, days: number) => {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  },
  isoDayOfWeek: (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7,
};
const dates = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('local dates by integer arithmetic', () => {
  it('adds days as the Gregorian calendar does, across months, leap days and centuries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    fc.assert(fc.property(dates, fc.integer({ min: -800, max: 800 }), (date, days) => addDays(date, days) === viaDate.addDays(date, days)));
  });

  it('names the ISO weekday and counts the days between two dates', () => {
    expect(isoDayOfWeek('2026-11-30')).toBe(1);
    expect(isoDayOfWeek('2026-11-29')).toBe(7);
    fc.assert(fc.property(dates, (date) => isoDayOfWeek(date) === viaDate.isoDayOfWeek(date)));
    fc.assert(fc.property(dates, fc.integer({ min: -800, max: 800 }), (date, days) => daysBetween(date, addDays(date, days)) === days));
  });

  it('lists every date of a range, both ends included, and none for a range that ends before it starts', () => {
    expect(eachDay('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(eachDay('2026-03-02', '2026-03-01')).toEqual([]);
  });

  it('refuses what is not a date rather than inventing one', () => {
    expect(() => addDays('2026-6-1', 1)).toThrow(RangeError);
    expect(() => eachDay('', '2026-01-01')).toThrow(RangeError);
  });
});
