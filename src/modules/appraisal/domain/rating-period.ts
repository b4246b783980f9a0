import { DomainError } from '../../../shared-kernel/domain-error';
import { LocalDate } from '../../../shared-kernel/local-date';
import { YearMonth, addMonths, firstDayOf, isValidYearMonth, lastDayOf } from '../../../shared-kernel/year-month';
import { AppraisalPolicy, PERIOD_LENGTHS_IN_MONTHS } from './appraisal-policy';

export type RatingPeriodKind = 'PERIODIC' | 'ANNUAL';

/** How a period is stored: the length is kept because a later policy may use another period length. */
export interface RatingPeriodSnapshot {
  text: string;
  lengthMonths: number;
}

const YEAR_RE = /^\d{4}$/;

/**
 * What a rating covers: a periodic evaluation, written as the `YYYY-MM` of its last month (monthly by
 * default; with quarterly periods "2026-06" is April–June), or the annual rating `YYYY` that closes the
 * SKP year.
 */
export class RatingPeriod {
  private constructor(
    readonly kind: RatingPeriodKind,
    readonly endMonth: YearMonth,
    readonly lengthMonths: number,
  ) {}

  /** Reads the API's `period`: `YYYY-MM` is periodic under the policy's period length, `YYYY` annual. */
  static parse(text: string, policy: AppraisalPolicy): RatingPeriod {
    if (YEAR_RE.test(text)) return RatingPeriod.annual(Number(text));
    if (isValidYearMonth(text)) return RatingPeriod.periodic(text, policy.periodLengthMonths);
    throw DomainError.validation('period', 'INVALID_PERIOD', `"${text}" is neither a month (YYYY-MM) nor a year (YYYY).`);
  }

  static annual(year: number): RatingPeriod {
    return new RatingPeriod('ANNUAL', `${String(year).padStart(4, '0')}-12`, 12);
  }

  static periodic(endMonth: YearMonth, lengthMonths: number): RatingPeriod {
    if (!(PERIOD_LENGTHS_IN_MONTHS as readonly number[]).includes(lengthMonths)) {
      throw DomainError.validation('period', 'INVALID_PERIOD_LENGTH', `A rating period cannot be ${lengthMonths} months long.`);
    }
    if (Number(endMonth.slice(5, 7)) % lengthMonths !== 0) {
      throw DomainError.validation(
        'period',
        'NOT_A_PERIOD_END',
        `${endMonth} does not end a rating period of ${lengthMonths} months; periods end on months ${periodEndMonths(lengthMonths)}.`,
        { period: endMonth, lengthMonths },
      );
    }
    return new RatingPeriod('PERIODIC', endMonth, lengthMonths);
  }

  /** The periodic rating that governs a month, e.g. the one whose multiplier applies to that month's allowance. */
  static periodicContaining(month: YearMonth, policy: AppraisalPolicy): RatingPeriod {
    const length = policy.periodLengthMonths;
    const monthNumber = Number(month.slice(5, 7));
    return RatingPeriod.periodic(addMonths(month, (length - (monthNumber % length)) % length), length);
  }

  static restore(snapshot: RatingPeriodSnapshot): RatingPeriod {
    return YEAR_RE.test(snapshot.text) ? RatingPeriod.annual(Number(snapshot.text)) : RatingPeriod.periodic(snapshot.text, snapshot.lengthMonths);
  }

  get year(): number {
    return Number(this.endMonth.slice(0, 4));
  }

  get firstDay(): LocalDate {
    return firstDayOf(addMonths(this.endMonth, 1 - this.lengthMonths));
  }

  /** The day on which the appraiser is resolved: whoever supervises the employee when the period ends. */
  get lastDay(): LocalDate {
    return lastDayOf(this.endMonth);
  }

  /** The months the period covers, in order. */
  get months(): YearMonth[] {
    return Array.from({ length: this.lengthMonths }, (_, i) => addMonths(this.endMonth, i + 1 - this.lengthMonths));
  }

  /** The months whose allowance this period's rating sets: the annual rating feeds none. */
  get payMonths(): YearMonth[] {
    return this.isAnnual() ? [] : this.months;
  }

  isAnnual(): boolean {
    return this.kind === 'ANNUAL';
  }

  equals(other: RatingPeriod): boolean {
    return this.kind === other.kind && this.endMonth === other.endMonth && this.lengthMonths === other.lengthMonths;
  }

  toString(): string {
    return this.isAnnual() ? String(this.year) : this.endMonth;
  }

  toSnapshot(): RatingPeriodSnapshot {
    return { text: this.toString(), lengthMonths: this.lengthMonths };
  }
}

function periodEndMonths(lengthMonths: number): string {
  const ends: number[] = [];
  for (let m = lengthMonths; m <= 12; m += lengthMonths) ends.push(m);
  return ends.join(', ');
}
