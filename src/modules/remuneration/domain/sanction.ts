import { Dec } from '../../../shared-kernel/decimal';
import { DomainError } from '../../../shared-kernel/domain-error';
import { Percent } from '../../../shared-kernel/percent';
import { YearMonth, addMonths, isValidYearMonth } from '../../../shared-kernel/year-month';
import { RemunerationPolicy } from './remuneration-policy';

/** A disciplinary sanction (*hukuman disiplin*) as HR enters it: a decree, not an automatic consequence. */
export interface SanctionSnapshot {
  /** Deducted from the allowance in every month it covers, e.g. "25" (PP 94/2021). */
  readonly percent: string;
  readonly startMonth: YearMonth;
  readonly months: number;
  readonly decreeNumber: string;
  readonly reason: string;
}

export class Sanction {
  private constructor(private readonly snapshot: SanctionSnapshot) {}

  static fromSnapshot(snapshot: SanctionSnapshot): Sanction {
    const { percent, startMonth, months, decreeNumber, reason } = snapshot;
    if (typeof percent !== 'string' || !/^\d+(\.\d+)?$/.test(percent) || new Dec(percent).isZero() || new Dec(percent).greaterThan(100)) {
      throw DomainError.validation('percent', 'OUT_OF_RANGE', 'percent must be a decimal string above 0 and at most 100, e.g. "25".');
    }
    if (!isValidYearMonth(startMonth)) throw DomainError.validation('startMonth', 'INVALID_MONTH', 'startMonth must be YYYY-MM.');
    if (!Number.isInteger(months) || months < 1) throw DomainError.validation('months', 'NOT_A_WHOLE_NUMBER', 'months must be a whole number, 1 or more.');
    if (typeof decreeNumber !== 'string' || decreeNumber.trim() === '') {
      throw DomainError.validation('decreeNumber', 'REQUIRED', 'decreeNumber must give the number of the decree that imposed the sanction.');
    }
    if (typeof reason !== 'string' || reason.trim() === '') throw DomainError.validation('reason', 'REQUIRED', 'reason must say why the sanction was imposed.');
    return new Sanction({ percent, startMonth, months, decreeNumber, reason });
  }

  get percent(): Percent {
    return Percent.of(this.snapshot.percent);
  }

  get startMonth(): YearMonth {
    return this.snapshot.startMonth;
  }

  get months(): number {
    return this.snapshot.months;
  }

  /** The last month the sanction covers. */
  get endMonth(): YearMonth {
    return addMonths(this.snapshot.startMonth, this.snapshot.months - 1);
  }

  get decreeNumber(): string {
    return this.snapshot.decreeNumber;
  }

  get reason(): string {
    return this.snapshot.reason;
  }

  coversMonth(month: YearMonth): boolean {
    return this.startMonth <= month && month <= this.endMonth;
  }

  toSnapshot(): SanctionSnapshot {
    return { ...this.snapshot };
  }
}

/** The month's SANCTION percent: every sanction covering it adds up, never beyond the deduction cap. */
export function sanctionPercentFor(month: YearMonth, sanctions: readonly Sanction[], policy: RemunerationPolicy): Percent {
  return sanctions
    .filter((s) => s.coversMonth(month))
    .reduce((sum, s) => sum.plus(s.percent), Percent.zero())
    .min(policy.deductionCap);
}
