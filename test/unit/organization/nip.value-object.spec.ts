import { Nip } from '../../../src/modules/organization/domain/nip.value-object';
import { expectDomainError } from './expect-domain-error';

const today = '2026-11-28';

describe('NIP', () => {
  it('reads birth date, appointment month, sex and sequence from a valid PNS number', () => {
    const nip = Nip.parse('198503152010011001', today);
    expect(nip.birthDate).toBe('1985-03-15');
    expect(nip.appointmentMonth).toBe('2010-01');
    expect(nip.appointmentYear).toBe(2010);
    expect(nip.sex).toBe('MALE');
    expect(nip.sequence).toBe(1);
    expect(nip.toString()).toBe('198503152010011001');
  });

  it('reads a female sex digit and a high sequence', () => {
    const nip = Nip.parse('199212012019032999', today);
    expect(nip.sex).toBe('FEMALE');
    expect(nip.sequence).toBe(999);
  });

  // A NIP sent as a JSON number loses its last digits: that is the mistake this case checks is refused.
  // eslint-disable-next-line no-loss-of-precision
  it.each([['19850315201001100'], ['1985031520100110011'], ['19850315 201001 1 001'], ['19850315201001100A'], [198503152010011001], [null]])(
    'refuses %p as not 18 digits',
    (value) => {
      const error = expectDomainError(() => Nip.parse(value, today), 'NIP_FORMAT', 'nip', 'validation');
      expect(error.message).toContain('birth date YYYYMMDD, appointment month YYYYMM, sex 1 or 2, sequence NNN');
    },
  );

  it.each([
    ['198502302010011001', 'February 30th'],
    ['198513012010011001', 'month 13'],
    ['189912312010011001', 'before 1900'],
    ['202612012045011001', 'born after today'],
  ])('refuses birth date in %s (%s)', (value) => {
    expectDomainError(() => Nip.parse(value, today), 'NIP_BIRTH_DATE', 'nip');
  });

  it.each([
    ['198503152010131001', 'month 13'],
    ['198503152010001001', 'month 00'],
    ['198503151985031001', 'the birth month itself'],
    ['198503151984121001', 'before birth'],
    ['198503152028011001', 'more than 12 months after today'],
  ])('refuses appointment month in %s (%s)', (value) => {
    expectDomainError(() => Nip.parse(value, today), 'NIP_APPOINTMENT_MONTH', 'nip');
  });

  it('accepts an appointment up to 12 months ahead, as BKN issues numbers before the TMT', () => {
    expect(Nip.parse('198503152027111001', today).appointmentMonth).toBe('2027-11');
  });

  it('refuses an appointment before the 18th birthday month and accepts it from that month', () => {
    expectDomainError(() => Nip.parse('198503152003021001', today), 'NIP_APPOINTMENT_AGE', 'nip');
    expect(Nip.parse('198503152003031001', today).appointmentMonth).toBe('2003-03');
  });

  it.each([['198503152010010001'], ['198503152010013001'], ['198503152010019001']])('refuses sex digit in %s', (value) => {
    expectDomainError(() => Nip.parse(value, today), 'NIP_SEX_DIGIT', 'nip');
  });

  it('refuses sequence 000', () => {
    expectDomainError(() => Nip.parse('198503152010011000', today), 'NIP_SEQUENCE', 'nip');
  });

  describe('PPPK numbers, whose digits 13–14 count contracts instead of a month', () => {
    it('accepts contract code 21 and has no appointment month', () => {
      const nip = Nip.parse('199105152022212001', today, 'PPPK');
      expect(nip.appointmentYear).toBe(2022);
      expect(nip.appointmentMonth).toBeNull();
      expect(nip.sex).toBe('FEMALE');
    });

    it('refuses the same number read as a PNS number, since 21 is not a month', () => {
      expectDomainError(() => Nip.parse('199105152022212001', today), 'NIP_APPOINTMENT_MONTH', 'nip');
    });

    it('refuses contract count 00, an appointment year far ahead, and an appointment before 18', () => {
      expectDomainError(() => Nip.parse('199105152022002001', today, 'PPPK'), 'NIP_APPOINTMENT_MONTH', 'nip');
      expectDomainError(() => Nip.parse('199105152030212001', today, 'PPPK'), 'NIP_APPOINTMENT_MONTH', 'nip');
      expectDomainError(() => Nip.parse('199105152008212001', today, 'PPPK'), 'NIP_APPOINTMENT_AGE', 'nip');
    });
  });
});
