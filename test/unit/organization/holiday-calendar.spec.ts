import { HolidaysOfAUnitMustNotShareADateRule } from '../../../src/modules/organization/domain/rules/holidays-of-a-unit-must-not-share-a-date.rule';
import { checkRule } from '../../../src/shared-kernel/business-rule';
import { createHoliday, holidaysFor } from '../../../src/modules/organization/domain/holiday-calendar';
import { expectDomainError } from './expect-domain-error';

const holidays = [
  createHoliday({ id: 'h1', date: '2026-08-17', name: 'Hari Kemerdekaan' }),
  createHoliday({ id: 'h2', date: '2026-03-20', name: 'Cuti bersama Idul Fitri', collectiveLeave: true }),
  createHoliday({ id: 'h3', date: '2026-04-02', name: 'Hari jadi Ditjen', unitId: 'ditjen' }),
  createHoliday({ id: 'h4', date: '2026-05-05', name: 'Hari jadi Sentra Antasena', unitId: 'sentra-magelang' }),
  createHoliday({ id: 'h5', date: '2026-06-16', name: 'Cuti bersama', unitId: null, collectiveLeave: true }),
  createHoliday({ id: 'h6', date: '2026-06-16', name: 'Hari Raya Idul Adha', unitId: 'ditjen' }),
];

describe('Holiday calendar', () => {
  it('gives a unit the national holidays and those of itself and its ancestors, in date order', () => {
    const ids = holidaysFor(['sentra-surabaya', 'ditjen', 'kemensos'], holidays).map((h) => h.id);
    expect(ids).toEqual(['h2', 'h3', 'h6', 'h1']);
  });

  it('does not give a unit the holidays of a sibling unit', () => {
    expect(holidaysFor(['sentra-magelang', 'ditjen', 'kemensos'], holidays).map((h) => h.id)).toContain('h4');
    expect(holidaysFor(['direktorat', 'kemensos'], holidays).map((h) => h.id)).toEqual(['h2', 'h5', 'h1']);
  });

  it('flags cuti bersama, and lets a real holiday win over one on the same date', () => {
    const forSentra = holidaysFor(['sentra-surabaya', 'ditjen', 'kemensos'], holidays);
    expect(forSentra.find((h) => h.date === '2026-03-20')?.collectiveLeave).toBe(true);
    expect(forSentra.find((h) => h.date === '2026-06-16')?.collectiveLeave).toBe(false);
  });

  it('refuses a bad date and an empty name', () => {
    expectDomainError(() => createHoliday({ id: 'x', date: '2026-02-30', name: 'X' }), 'HOLIDAY_DATE_INVALID', 'date');
    expectDomainError(() => createHoliday({ id: 'x', date: '2026-02-03', name: ' ' }), 'HOLIDAY_NAME_REQUIRED', 'name');
  });
});

describe('HolidaysOfAUnitMustNotShareADateRule', () => {
  const holiday = (id: string, unitId: string | null) => createHoliday({ id, date: '2026-08-17', name: 'Hari Kemerdekaan', unitId });

  it('refuses a second holiday on a date for the same unit, or a second national one', () => {
    expect(new HolidaysOfAUnitMustNotShareADateRule(holiday('h2', null), [holiday('h1', null)]).isBroken()).toBe(true);
    expectDomainError(() => checkRule(new HolidaysOfAUnitMustNotShareADateRule(holiday('h2', 'u1'), [holiday('h1', 'u1')])), 'HOLIDAY_EXISTS', 'date', 'conflict');
  });

  it('lets a unit keep its own holiday on a national holiday’s date', () => {
    expect(new HolidaysOfAUnitMustNotShareADateRule(holiday('h2', 'u1'), [holiday('h1', null), holiday('h3', 'u2')]).isBroken()).toBe(false);
  });
});
