import { Dec } from '../../../shared-kernel/decimal';
import { DomainError } from '../../../shared-kernel/domain-error';
import { LocalDate, isValidLocalDate } from '../../../shared-kernel/local-date';
import { Money } from '../../../shared-kernel/money';
import { YearMonth, daysInYearMonth, firstDayOf, isValidYearMonth } from '../../../shared-kernel/year-month';
import { AllowanceTables, Kelas, isKelas } from './allowance-table';
import { EmploymentStatus, isEmploymentStatus } from './employment-status';
import { RemunerationPolicy } from './remuneration-policy';

/** What decides one calendar day's share of the allowance. */
export interface EntitlementDay {
  readonly date: LocalDate;
  /** Kelas of the definitive position held that day; null when the employee holds none (not eligible). */
  readonly kelas: Kelas | null;
  /** Null before the employee's first status (appointed later in the month): the day pays nothing. */
  readonly status: EmploymentStatus | null;
  /** Kelas of the position held that day as *Plt* (formal acting head), if any. */
  readonly pltKelas: Kelas | null;
}

/** A kelas in force from a date until the next step (null: from then on no such position). */
export interface KelasStep {
  readonly from: LocalDate;
  readonly kelas: Kelas | null;
}

export interface StatusStep {
  readonly from: LocalDate;
  readonly status: EmploymentStatus;
}

/**
 * The month as changes ("from this date on"), the way organization records kelas, status and Plt (and the
 * shape of test/fixtures/allowance-statements.json). Steps may start before the month.
 */
export interface EntitlementSteps {
  readonly kelasFrom: readonly KelasStep[];
  readonly statusFrom: readonly StatusStep[];
  readonly pltKelasFrom: readonly KelasStep[];
}

/**
 * Expands steps into one EntitlementDay per calendar day. Before its first step a day has no such position
 * or status.
 */
export function entitlementDaysFromSteps(month: YearMonth, steps: EntitlementSteps): EntitlementDay[] {
  assertMonth(month);
  assertAscending(steps.kelasFrom, 'kelasFrom');
  assertAscending(steps.statusFrom, 'statusFrom');
  assertAscending(steps.pltKelasFrom, 'pltKelasFrom');
  return monthDates(month).map((date) => {
    return {
      date,
      kelas: stepOn(steps.kelasFrom, date)?.kelas ?? null,
      status: stepOn(steps.statusFrom, date)?.status ?? null,
      pltKelas: stepOn(steps.pltKelasFrom, date)?.kelas ?? null,
    };
  });
}

/** One day's facts with what they are worth. */
export interface DailyEntitlement extends EntitlementDay {
  /** The regulation of the allowance table in force that day. */
  readonly regulation: string;
  /** Base of the definitive kelas; null without a position. */
  readonly baseAmount: Money | null;
  readonly statusFactor: Dec;
  readonly pltBaseAmount: Money | null;
  /** The policy's Plt share, applied to pltBaseAmount. */
  readonly pltShare: Dec;
  /** What the day would pay over a whole month: base × statusFactor + pltShare × pltBase. */
  readonly monthlyRate: Dec;
}

type DayValue = Omit<DailyEntitlement, keyof EntitlementDay>;

/** rules.md §5: the month's allowance before deductions, pro-rated by calendar day, exact (unrounded). */
export class GrossAllowance {
  private constructor(
    readonly month: YearMonth,
    private readonly entitlementDays: readonly EntitlementDay[],
    /** Each calendar day's value, by index: days with the same table, kelas, status and Plt share one. */
    private readonly values: readonly DayValue[],
    /** Σ monthlyRate / daysInMonth, divided once so the only inexactness is a repeating decimal's last digit. */
    readonly amount: Money,
    /** Days that pay something; a statement is issued only for a month with such a day. */
    readonly eligibleDays: number,
  ) {}

  static compute(month: YearMonth, days: readonly EntitlementDay[], tables: AllowanceTables, policy: RemunerationPolicy): GrossAllowance {
    assertEveryCalendarDay(month, days);
    const pltShare = policy.pltShare;
    // A month has a handful of distinct days: each is valued once and summed times the days it stands for,
    // which is the same exact sum as day by day (the close computes a hundred thousand months).
    const distinct = new Map<string, { value: DayValue; days: number }>();
    const values = days.map((day): DayValue => {
      const table = tables.inForceOn(day.date);
      const key = `${table.effectiveFrom}|${day.kelas}|${day.status}|${day.pltKelas}`;
      let valued = distinct.get(key);
      if (valued === undefined) {
        const baseAmount = day.kelas === null ? null : table.baseAmountFor(day.kelas);
        const statusFactor = day.status === null ? new Dec(0) : policy.statusFactor(day.status);
        const pltBaseAmount = day.pltKelas === null ? null : table.baseAmountFor(day.pltKelas);
        const monthlyRate = (baseAmount?.amount.times(statusFactor) ?? new Dec(0)).plus(pltBaseAmount?.amount.times(pltShare) ?? 0);
        valued = { value: { regulation: table.regulation, baseAmount, statusFactor, pltBaseAmount, pltShare, monthlyRate }, days: 0 };
        distinct.set(key, valued);
      }
      valued.days++;
      return valued.value;
    });
    let total = new Dec(0);
    let eligibleDays = 0;
    for (const { value, days: count } of distinct.values()) {
      total = total.plus(value.monthlyRate.times(count));
      if (value.monthlyRate.greaterThan(0)) eligibleDays += count;
    }
    return new GrossAllowance(month, days, values, Money.rupiah(total.dividedBy(days.length)), eligibleDays);
  }

  /** Every calendar day with what it is worth, for the explanation. */
  get days(): readonly DailyEntitlement[] {
    return this.entitlementDays.map((day, i) => ({ ...day, ...this.values[i] }));
  }

  get daysInMonth(): number {
    return this.entitlementDays.length;
  }
}

function assertEveryCalendarDay(month: YearMonth, days: readonly EntitlementDay[]): void {
  assertMonth(month);
  const dates = monthDates(month);
  if (days.length !== dates.length) {
    throw DomainError.validation('days', 'NOT_EVERY_CALENDAR_DAY', `days must list each of the ${dates.length} calendar days of ${month}, in order; got ${days.length}.`);
  }
  days.forEach((day, i) => {
    if (day.date !== dates[i]) throw DomainError.validation(`days[${i}].date`, 'NOT_EVERY_CALENDAR_DAY', `days[${i}].date must be ${dates[i]}.`);
    if (day.kelas !== null && !isKelas(day.kelas)) throw DomainError.validation(`days[${i}].kelas`, 'UNKNOWN_KELAS', `days[${i}].kelas must be 1–17 or null.`);
    if (day.status !== null && !isEmploymentStatus(day.status)) {
      throw DomainError.validation(`days[${i}].status`, 'UNKNOWN_STATUS', `days[${i}].status must be an employment status or null.`);
    }
    if (day.pltKelas !== null && !isKelas(day.pltKelas)) {
      throw DomainError.validation(`days[${i}].pltKelas`, 'UNKNOWN_KELAS', `days[${i}].pltKelas must be 1–17 or null.`);
    }
  });
}

function assertMonth(month: YearMonth): void {
  if (!isValidYearMonth(month)) throw DomainError.validation('month', 'INVALID_MONTH', 'month must be YYYY-MM.');
}

function assertAscending(steps: readonly { from: LocalDate }[], field: string): void {
  steps.forEach((step, i) => {
    if (!isValidLocalDate(step.from)) throw DomainError.validation(`${field}[${i}].from`, 'INVALID_DATE', `${field}[${i}].from must be a date YYYY-MM-DD.`);
    if (i > 0 && step.from <= steps[i - 1].from) {
      throw DomainError.validation(`${field}[${i}].from`, 'STEPS_NOT_ASCENDING', `${field}[${i}].from must come after the previous step's date.`);
    }
  });
}

function stepOn<S extends { from: LocalDate }>(steps: readonly S[], date: LocalDate): S | undefined {
  let inForce: S | undefined;
  for (const step of steps) if (step.from <= date) inForce = step;
  return inForce;
}

function monthDates(month: YearMonth): LocalDate[] {
  const first = firstDayOf(month);
  return Array.from({ length: daysInYearMonth(month) }, (_, i) => `${first.slice(0, 8)}${String(i + 1).padStart(2, '0')}`);
}
