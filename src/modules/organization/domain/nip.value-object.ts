import { DomainError } from '../../../shared-kernel/domain-error';
import { LocalDate, isValidLocalDate } from '../../../shared-kernel/local-date';
import { YearMonth, addMonths, yearMonthOf } from '../../../shared-kernel/year-month';

export type Sex = 'MALE' | 'FEMALE';

/**
 * PNS and CPNS numbers (Perka BKN 43/2007) carry the appointment month in digits 13–14; a PPPK's
 * "Nomor Induk" has the same length but digits 13–14 count work contracts, so they are not a month.
 */
export type NipScheme = 'PNS' | 'PPPK';

const FORMAT_HINT = 'birth date YYYYMMDD, appointment month YYYYMM, sex 1 or 2, sequence NNN';

/** A CPNS must be at least 18 when applying (PP 11/2017 Ps 23), hence also at the appointment. */
const MINIMUM_AGE_AT_APPOINTMENT = 18;

/** BKN issues the number before the appointment takes effect (TMT), but not years ahead. */
const MAX_MONTHS_APPOINTMENT_AHEAD = 12;

function invalid(code: string, message: string): DomainError {
  return DomainError.validation('nip', code, message);
}

export class Nip {
  private constructor(
    readonly value: string,
    readonly scheme: NipScheme,
    readonly birthDate: LocalDate,
    readonly appointmentYear: number,
    /** Null for PPPK numbers, whose digits 13–14 are not a month. */
    readonly appointmentMonth: YearMonth | null,
    readonly sex: Sex,
    readonly sequence: number,
  ) {}

  /** `today` bounds the birth date and the appointment month: a NIP is never issued for the unborn. */
  static parse(value: unknown, today: LocalDate, scheme: NipScheme = 'PNS'): Nip {
    if (typeof value !== 'string' || !/^\d{18}$/.test(value)) {
      throw invalid('NIP_FORMAT', `NIP must be 18 digits: ${FORMAT_HINT}.`);
    }
    const birthDate = `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
    if (!isValidLocalDate(birthDate) || birthDate < '1900-01-01' || birthDate > today) {
      throw invalid('NIP_BIRTH_DATE', `NIP digits 1–8 (${value.slice(0, 8)}) must be a real birth date YYYYMMDD, from 1900 and not after ${today}.`);
    }
    const birthMonth = yearMonthOf(birthDate);
    const appointmentYear = Number(value.slice(8, 12));
    const digits13to14 = value.slice(12, 14);
    const appointmentMonth = scheme === 'PNS' ? `${value.slice(8, 12)}-${digits13to14}` : null;
    const latestAppointment = addMonths(yearMonthOf(today), MAX_MONTHS_APPOINTMENT_AHEAD);

    if (appointmentMonth !== null) {
      if (!/^(0[1-9]|1[0-2])$/.test(digits13to14) || appointmentMonth <= birthMonth || appointmentMonth > latestAppointment) {
        throw invalid(
          'NIP_APPOINTMENT_MONTH',
          `NIP digits 9–14 (${value.slice(8, 14)}) must be the appointment month YYYYMM, after the birth month ` +
            `${birthMonth.replace('-', '')} and not after ${latestAppointment.replace('-', '')}.`,
        );
      }
      if (appointmentMonth < addMonths(birthMonth, MINIMUM_AGE_AT_APPOINTMENT * 12)) {
        throw invalid(
          'NIP_APPOINTMENT_AGE',
          `NIP appointment month ${value.slice(8, 14)} is before the person turned ${MINIMUM_AGE_AT_APPOINTMENT} ` +
            `(born ${value.slice(0, 8)}); check the birth date and the appointment month.`,
        );
      }
    } else {
      if (digits13to14 === '00' || appointmentYear > Number(latestAppointment.slice(0, 4))) {
        throw invalid(
          'NIP_APPOINTMENT_MONTH',
          `PPPK number digits 9–12 (${value.slice(8, 12)}) must be the appointment year, not after ` +
            `${latestAppointment.slice(0, 4)}, followed by a contract count 01–99 in digits 13–14.`,
        );
      }
      if (appointmentYear < Number(birthDate.slice(0, 4)) + MINIMUM_AGE_AT_APPOINTMENT) {
        throw invalid(
          'NIP_APPOINTMENT_AGE',
          `PPPK appointment year ${appointmentYear} is before the person turned ${MINIMUM_AGE_AT_APPOINTMENT} ` +
            `(born ${value.slice(0, 8)}); check the birth date and the appointment year.`,
        );
      }
    }

    const sexDigit = value[14];
    if (sexDigit !== '1' && sexDigit !== '2') {
      throw invalid('NIP_SEX_DIGIT', `NIP digit 15 must be the sex: 1 (male) or 2 (female), not ${sexDigit}.`);
    }
    const sequence = Number(value.slice(15, 18));
    if (sequence === 0) {
      throw invalid('NIP_SEQUENCE', 'NIP digits 16–18 must be a sequence number from 001 to 999, not 000.');
    }
    return new Nip(value, scheme, birthDate, appointmentYear, appointmentMonth, sexDigit === '1' ? 'MALE' : 'FEMALE', sequence);
  }

  equals(other: Nip): boolean {
    return this.value === other.value;
  }

  toString(): string {
    return this.value;
  }
}
