import { Dec } from '../../../shared-kernel/decimal';
import { DomainError } from '../../../shared-kernel/domain-error';
import { LocalDate, isValidLocalDate } from '../../../shared-kernel/local-date';
import { Percent } from '../../../shared-kernel/percent';
import { YearMonth, addMonths } from '../../../shared-kernel/year-month';
import { instantAt, isValidTimeOfDay, isValidTimeZone } from '../../../shared-kernel/zone';
import { EMPLOYMENT_STATUSES, EmploymentStatus } from './employment-status';
import { PREDIKATS, Predikat } from './predikat';

/**
 * Every parameter of rules.md §4–6 as one effective-dated version. This is also the stored form: decimals
 * are strings so that a closed month keeps, and compares, exactly the values it was computed with.
 */
export interface RemunerationPolicySnapshot {
  readonly version: number;
  readonly effectiveFrom: LocalDate;
  /** Share of the base paid per day in each status, 0..1 ("0.8" for CPNS). */
  readonly statusFactors: Readonly<Record<EmploymentStatus, string>>;
  /** Share of the acting position's base a Plt earns on top, 0..1. */
  readonly pltShare: string;
  /** The part of the allowance, in percent, that rides on the performance factor. */
  readonly performanceSharePercent: string;
  /** The most the running total of deductions may reach, in percent. */
  readonly deductionCapPercent: string;
  readonly dailyTargetMinutes: number;
  /** The most activity minutes one day can contribute. */
  readonly dailyCapMinutes: number;
  readonly ratingMultipliers: Readonly<Record<Predikat, string>>;
  /** The multiplier when no rating exists by the close (the statement is then flagged NOT_RATED). */
  readonly unratedMultiplier: string;
  /** The month closes on `dayOfNextMonth` of the following month at `time` in `timeZone`. */
  readonly closeSchedule: { readonly dayOfNextMonth: number; readonly time: string; readonly timeZone: string };
}

export class RemunerationPolicy {
  private constructor(private readonly snapshot: RemunerationPolicySnapshot) {}

  static fromSnapshot(snapshot: RemunerationPolicySnapshot): RemunerationPolicy {
    validate(snapshot);
    return new RemunerationPolicy(structuredClone(snapshot));
  }

  get version(): number {
    return this.snapshot.version;
  }

  get effectiveFrom(): LocalDate {
    return this.snapshot.effectiveFrom;
  }

  statusFactor(status: EmploymentStatus): Dec {
    return new Dec(this.snapshot.statusFactors[status]);
  }

  get pltShare(): Dec {
    return new Dec(this.snapshot.pltShare);
  }

  get performanceShare(): Percent {
    return Percent.of(this.snapshot.performanceSharePercent);
  }

  get deductionCap(): Percent {
    return Percent.of(this.snapshot.deductionCapPercent);
  }

  get dailyTargetMinutes(): number {
    return this.snapshot.dailyTargetMinutes;
  }

  get dailyCapMinutes(): number {
    return this.snapshot.dailyCapMinutes;
  }

  /** A month without a rating is not punished for the appraiser's delay: it gets `unratedMultiplier`. */
  ratingMultiplier(rating: Predikat | null): Dec {
    return new Dec(rating === null ? this.snapshot.unratedMultiplier : this.snapshot.ratingMultipliers[rating]);
  }

  /** The instant at which `month` closes by itself unless HR closed it earlier. */
  closesAt(month: YearMonth): Date {
    const { dayOfNextMonth, time, timeZone } = this.snapshot.closeSchedule;
    return instantAt(`${addMonths(month, 1)}-${String(dayOfNextMonth).padStart(2, '0')}`, time, timeZone);
  }

  toSnapshot(): RemunerationPolicySnapshot {
    return structuredClone(this.snapshot);
  }
}

/** The policy the system ships with (rules.md §4–6), version 1. */
export const DEFAULT_REMUNERATION_POLICY: RemunerationPolicySnapshot = {
  version: 1,
  effectiveFrom: '2023-10-16',
  statusFactors: { PNS: '1', PPPK: '1', CPNS: '0.8', STUDY_ASSIGNMENT: '0.5', UNPAID_LEAVE: '0', SUSPENDED: '0', RETIRED: '0' },
  pltShare: '0.2',
  performanceSharePercent: '70',
  deductionCapPercent: '100',
  dailyTargetMinutes: 300,
  dailyCapMinutes: 450,
  ratingMultipliers: { SANGAT_BAIK: '1', BAIK: '1', BUTUH_PERBAIKAN: '0.9', KURANG: '0.8', SANGAT_KURANG: '0.7' },
  unratedMultiplier: '1',
  closeSchedule: { dayOfNextMonth: 5, time: '02:00', timeZone: 'Asia/Jakarta' },
};

export function defaultRemunerationPolicy(): RemunerationPolicy {
  return RemunerationPolicy.fromSnapshot(DEFAULT_REMUNERATION_POLICY);
}

function validate(p: RemunerationPolicySnapshot): void {
  if (!Number.isSafeInteger(p.version) || p.version < 1) {
    throw DomainError.validation('version', 'INVALID_VERSION', 'version must be a whole number, 1 or more.');
  }
  if (!isValidLocalDate(p.effectiveFrom)) throw DomainError.validation('effectiveFrom', 'INVALID_DATE', 'effectiveFrom must be a date YYYY-MM-DD.');
  for (const status of EMPLOYMENT_STATUSES) assertDecimalBetween(p.statusFactors?.[status], 0, 1, `statusFactors.${status}`);
  assertDecimalBetween(p.pltShare, 0, 1, 'pltShare');
  assertDecimalBetween(p.performanceSharePercent, 0, 100, 'performanceSharePercent');
  assertDecimalBetween(p.deductionCapPercent, 0, 100, 'deductionCapPercent');
  assertPositiveWholeNumber(p.dailyTargetMinutes, 'dailyTargetMinutes');
  assertPositiveWholeNumber(p.dailyCapMinutes, 'dailyCapMinutes');
  if (p.dailyCapMinutes < p.dailyTargetMinutes) {
    throw DomainError.validation('dailyCapMinutes', 'CAP_BELOW_TARGET', 'dailyCapMinutes must not be below dailyTargetMinutes, or nobody could reach the target.');
  }
  for (const predikat of PREDIKATS) assertDecimalBetween(p.ratingMultipliers?.[predikat], 0, 1, `ratingMultipliers.${predikat}`);
  assertDecimalBetween(p.unratedMultiplier, 0, 1, 'unratedMultiplier');
  const schedule = p.closeSchedule;
  // Day 28 at the latest: every month has it, so the close never falls into the month after next.
  if (!Number.isInteger(schedule?.dayOfNextMonth) || schedule.dayOfNextMonth < 1 || schedule.dayOfNextMonth > 28) {
    throw DomainError.validation('closeSchedule.dayOfNextMonth', 'INVALID_DAY', 'closeSchedule.dayOfNextMonth must be a whole number from 1 to 28.');
  }
  if (!isValidTimeOfDay(schedule.time)) throw DomainError.validation('closeSchedule.time', 'INVALID_TIME', 'closeSchedule.time must be a time of day HH:mm.');
  if (!isValidTimeZone(schedule.timeZone)) {
    throw DomainError.validation('closeSchedule.timeZone', 'INVALID_TIME_ZONE', 'closeSchedule.timeZone must be an IANA zone such as Asia/Jakarta.');
  }
}

const DECIMAL_RE = /^\d+(\.\d+)?$/;

function assertDecimalBetween(value: unknown, min: number, max: number, field: string): void {
  if (typeof value !== 'string' || !DECIMAL_RE.test(value) || new Dec(value).lessThan(min) || new Dec(value).greaterThan(max)) {
    throw DomainError.validation(field, 'OUT_OF_RANGE', `${field} must be a decimal string from ${min} to ${max}, e.g. "${max === 1 ? '0.8' : '70'}".`);
  }
}

function assertPositiveWholeNumber(value: unknown, field: string): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw DomainError.validation(field, 'NOT_A_WHOLE_NUMBER', `${field} must be a whole number, 1 or more.`);
  }
}
