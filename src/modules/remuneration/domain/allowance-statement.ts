import { Dec } from '../../../shared-kernel/decimal';
import { DomainError } from '../../../shared-kernel/domain-error';
import { Money } from '../../../shared-kernel/money';
import { Percent } from '../../../shared-kernel/percent';
import { YearMonth } from '../../../shared-kernel/year-month';
import { AllowanceTable, AllowanceTableSnapshot, AllowanceTables } from './allowance-table';
import { DeductionLine, deductionLines } from './deduction-lines';
import { EntitlementDay, GrossAllowance } from './gross-allowance';
import { PerformanceFactor, activityAchievement } from './performance-factor';
import { Predikat, isPredikat } from './predikat';
import { RemunerationPolicy, RemunerationPolicySnapshot } from './remuneration-policy';
import { Sanction, SanctionSnapshot, sanctionPercentFor } from './sanction';

/**
 * The month's activity facts (rules.md §4): the minutes, from which achievement follows, or the
 * achievement itself when only that is known (a decimal string 0..1).
 */
export type ActivityFacts =
  | {
      /** Σ over counted days of min(daily cap, approved minutes); see approvedMinutesWithinDailyCap. */
      readonly approvedMinutes: number;
      /** obligedDays × the daily target; see targetMinutesFor. */
      readonly targetMinutes: number;
    }
  | { readonly achievement: string };

/**
 * Days of one attendance or leave code and what each costs, so that the explanation can show the ATTENDANCE
 * and LEAVE percents as their sums. `CS` is given twice when an episode runs past its free days: the free
 * days at "0" and the charged ones at their percent.
 */
export interface DayCodeCount {
  /** TL1–TL4, PSW1–PSW4, TK (ATTENDANCE line) or CT, CS, CB, CM, CAP, DL, I (LEAVE line). */
  readonly code: string;
  readonly days: number;
  readonly percentPerDay: string;
  /** For a TL/PSW band, the minutes it spans ({from: 31, to: 60}; `to` null when open-ended). */
  readonly minutes?: { readonly from: number; readonly to: number | null };
}

export const ATTENDANCE_CODES = ['TL1', 'TL2', 'TL3', 'TL4', 'PSW1', 'PSW2', 'PSW3', 'PSW4', 'TK'] as const;
export const LEAVE_CODES = ['CT', 'CS', 'CB', 'CM', 'CAP', 'DL', 'I'] as const;

/**
 * Everything one employee's statement for one month is computed from, and nothing else: a closed month
 * stores it with the statement, and computing it again gives the same amounts whatever has changed since.
 * JSON-safe: decimals are strings, money whole-rupiah strings inside the table snapshots.
 */
export interface StatementInputs {
  readonly month: YearMonth;
  /** One entry per calendar day of the month, in order (entitlementDaysFromSteps builds them from changes). */
  readonly days: readonly EntitlementDay[];
  /** Σ of the month's TL, PSW and TK deductions (attendance's monthly summary), e.g. "6.5"; may exceed 100. */
  readonly attendancePercent: string;
  /** Σ of the month's leave and I deductions, e.g. "2". */
  readonly leavePercent: string;
  readonly activity: ActivityFacts;
  /** The month's periodic rating; null when none exists by the close. */
  readonly rating: Predikat | null;
  /** The sanctions entered for the employee; only those covering the month count. */
  readonly sanctions: readonly SanctionSnapshot[];
  /** Activities still awaiting review at the close (counted as approved, reported against the supervisor). */
  readonly unreviewedActivities: number;
  readonly policy: RemunerationPolicySnapshot;
  /** The allowance tables in force on the month's days (others may be included; each day uses its own). */
  readonly allowanceTables: readonly AllowanceTableSnapshot[];
  /** Optional detail for the explanation; the percents above are what counts. */
  readonly dayCodeCounts?: readonly DayCodeCount[];
}

export type StatementFlag = 'NOT_RATED' | 'UNREVIEWED_ACTIVITIES';

/** What a statement's inputs amount to (rules.md §5); no version yet. */
export interface StatementComputation {
  readonly gross: GrossAllowance;
  /** round(gross), half-up. */
  readonly grossAmount: Money;
  readonly lines: readonly DeductionLine[];
  /** grossAmount − round(gross × the capped cumulative percent); never below 0. */
  readonly net: Money;
  readonly performance: PerformanceFactor;
  /** The sanctions covering the month, in the order given. */
  readonly activeSanctions: readonly Sanction[];
  readonly flags: readonly StatementFlag[];
  /** At least one day of the month pays something; only then is a statement issued at the close. */
  readonly eligible: boolean;
  readonly policy: RemunerationPolicy;
}

export function computeStatement(inputs: StatementInputs): StatementComputation {
  const policy = parsedOnce(parsedPolicies, inputs.policy, () => within('policy', () => RemunerationPolicy.fromSnapshot(inputs.policy)));
  const tables = parsedOnce(parsedTables, inputs.allowanceTables, () =>
    AllowanceTables.of(inputs.allowanceTables.map((t, i) => within(`allowanceTables[${i}]`, () => AllowanceTable.fromSnapshot(t)))),
  );
  const sanctions = inputs.sanctions.map((s, i) => within(`sanctions[${i}]`, () => Sanction.fromSnapshot(s)));
  const achievement = within('activity', () => achievementOf(inputs.activity));
  if (inputs.rating !== null && !isPredikat(inputs.rating)) throw DomainError.validation('rating', 'UNKNOWN_PREDIKAT', 'rating must be a predikat or null.');
  if (!Number.isSafeInteger(inputs.unreviewedActivities) || inputs.unreviewedActivities < 0) {
    throw DomainError.validation('unreviewedActivities', 'NOT_A_WHOLE_NUMBER', 'unreviewedActivities must be a whole number, 0 or more.');
  }
  assertDayCodeCounts(inputs.dayCodeCounts ?? []);

  const gross = GrossAllowance.compute(inputs.month, inputs.days, tables, policy);
  const performance = PerformanceFactor.of(achievement, inputs.rating, policy);
  const { lines, total } = deductionLines(
    gross.amount,
    [
      { code: 'SANCTION', percent: sanctionPercentFor(inputs.month, sanctions, policy) },
      { code: 'ATTENDANCE', percent: percentInput(inputs.attendancePercent, 'attendancePercent') },
      { code: 'LEAVE', percent: percentInput(inputs.leavePercent, 'leavePercent') },
      { code: 'PERFORMANCE', percent: performance.deductionPercent(policy) },
    ],
    policy.deductionCap,
  );
  const grossAmount = gross.amount.roundToRupiah();
  const flags: StatementFlag[] = [];
  if (performance.notRated) flags.push('NOT_RATED');
  if (inputs.unreviewedActivities > 0) flags.push('UNREVIEWED_ACTIVITIES');
  const activeSanctions = sanctions.filter((s) => s.coversMonth(inputs.month));
  // The cap is at most 100 % and rounding is monotone, so total ≤ grossAmount: net cannot go below 0.
  return { gross, grossAmount, lines, net: grossAmount.minus(total), performance, activeSanctions, flags, eligible: gross.eligibleDays > 0, policy };
}

/** A nested value reports its bad fields by their path inside StatementInputs ("sanctions[0].months"). */
/**
 * A close computes a whole chunk of statements from the same policy and allowance tables (the same snapshot
 * objects, which nothing mutates): each is validated and parsed once, not once per employee.
 */
const parsedPolicies = new WeakMap<object, RemunerationPolicy>();
const parsedTables = new WeakMap<object, AllowanceTables>();

function parsedOnce<T>(cache: WeakMap<object, T>, snapshot: unknown, parse: () => T): T {
  // Stored inputs are JSON: a snapshot that is not even an object is refused by parse, field by field.
  if (typeof snapshot !== 'object' || snapshot === null) return parse();
  let parsed = cache.get(snapshot);
  if (parsed === undefined) cache.set(snapshot, (parsed = parse()));
  return parsed;
}

function within<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof DomainError) || error.kind !== 'validation') throw error;
    const fieldErrors = error.fieldErrors.map((f) => ({ ...f, field: `${path}.${f.field}` }));
    throw new DomainError('validation', error.code, `${path}: ${error.message}`, fieldErrors, error.params);
  }
}

function achievementOf(activity: ActivityFacts): Dec {
  if ('achievement' in activity) {
    if (typeof activity.achievement !== 'string' || !DECIMAL_RE.test(activity.achievement) || new Dec(activity.achievement).greaterThan(1)) {
      throw DomainError.validation('achievement', 'OUT_OF_RANGE', 'achievement must be a decimal string from 0 to 1, e.g. "0.9".');
    }
    return new Dec(activity.achievement);
  }
  return activityAchievement(activity.approvedMinutes, activity.targetMinutes);
}

const DECIMAL_RE = /^\d+(\.\d+)?$/;

function percentInput(value: string, field: string): Percent {
  if (typeof value !== 'string' || !DECIMAL_RE.test(value)) {
    throw DomainError.validation(field, 'INVALID_PERCENT', `${field} must be a decimal string, 0 or more, e.g. "6.5".`);
  }
  return Percent.of(value);
}

// Checked with the amounts so that a statement that closes can always be explained later.
function assertDayCodeCounts(counts: readonly DayCodeCount[]): void {
  counts.forEach((count, i) => {
    const field = `dayCodeCounts[${i}]`;
    if (lineOfDayCode(count.code) === null) throw DomainError.validation(`${field}.code`, 'UNKNOWN_CODE', `${field}.code must be an attendance or leave code.`);
    if (!Number.isSafeInteger(count.days) || count.days < 0)
      throw DomainError.validation(`${field}.days`, 'NOT_A_WHOLE_NUMBER', `${field}.days must be a whole number, 0 or more.`);
    percentInput(count.percentPerDay, `${field}.percentPerDay`);
  });
}

/** Which line a day code's deduction belongs to. */
export function lineOfDayCode(code: string): 'ATTENDANCE' | 'LEAVE' | null {
  if ((ATTENDANCE_CODES as readonly string[]).includes(code)) return 'ATTENDANCE';
  if ((LEAVE_CODES as readonly string[]).includes(code)) return 'LEAVE';
  return null;
}

/** A statement line as the API shows it. */
export interface StatementLineView {
  readonly code: DeductionLine['code'];
  /** Without trailing zeros: "6.5", "7", "0", "1.25". */
  readonly percent: string;
  readonly amount: number;
}

/** The API's `Statement` without the identities (statementId, employee, unit) that the application adds. */
export interface StatementView {
  readonly version: number;
  readonly month: YearMonth;
  readonly currency: 'IDR';
  readonly gross: number;
  readonly lines: StatementLineView[];
  readonly net: number;
  readonly previousNet: number | null;
  readonly delta: number;
  readonly flags: StatementFlag[];
  readonly eligible: boolean;
  readonly inputs: StatementInputs;
}

/**
 * One version of an employee's allowance statement for a month (rules.md §6). Version 1 is issued at the
 * close; a recomputation after a correction issues version n+1 carrying the previous net and the delta,
 * but only when an amount changed: payroll is never sent a version that changes nothing.
 */
export class AllowanceStatement {
  private constructor(
    readonly version: number,
    readonly inputs: StatementInputs,
    readonly computation: StatementComputation,
    /** Net of the version this one replaces; null for version 1. */
    readonly previousNet: Money | null,
  ) {}

  /** Version 1, as the close issues it. */
  static issue(inputs: StatementInputs): AllowanceStatement {
    return new AllowanceStatement(1, structuredClone(inputs), computeStatement(inputs), null);
  }

  /** Rebuilds a stored version from its inputs; the computation is pure, so the amounts come out as stored. */
  static restore(stored: { version: number; inputs: StatementInputs; previousNet: number | null }): AllowanceStatement {
    if (!Number.isSafeInteger(stored.version) || stored.version < 1) throw DomainError.validation('version', 'INVALID_VERSION', 'version must be 1 or more.');
    if ((stored.version === 1) !== (stored.previousNet === null)) {
      throw DomainError.validation('previousNet', 'INVALID_PREVIOUS_NET', 'previousNet is null exactly for version 1.');
    }
    const previousNet = stored.previousNet === null ? null : Money.rupiah(stored.previousNet);
    return new AllowanceStatement(stored.version, structuredClone(stored.inputs), computeStatement(stored.inputs), previousNet);
  }

  /** Version n+1 from corrected inputs, or null when the amounts would be the same as this version's. */
  recompute(inputs: StatementInputs): AllowanceStatement | null {
    if (inputs.month !== this.month)
      throw DomainError.rule('MONTH_MISMATCH', `A statement for ${this.month} cannot be recomputed from inputs of ${inputs.month}.`, 'month', {
        month: this.month,
        inputMonth: inputs.month,
      });
    const computation = computeStatement(inputs);
    if (this.hasSameAmountsAs(computation)) return null;
    return new AllowanceStatement(this.version + 1, structuredClone(inputs), computation, this.net);
  }

  /** Same gross, same line percents and amounts, same net: nothing payroll would see has changed. */
  hasSameAmountsAs(other: StatementComputation): boolean {
    const mine = this.computation;
    return (
      mine.grossAmount.equals(other.grossAmount) &&
      mine.net.equals(other.net) &&
      mine.lines.length === other.lines.length &&
      mine.lines.every((line, i) => line.code === other.lines[i].code && line.percent.equals(other.lines[i].percent) && line.amount.equals(other.lines[i].amount))
    );
  }

  get month(): YearMonth {
    return this.inputs.month;
  }

  get grossAmount(): Money {
    return this.computation.grossAmount;
  }

  get lines(): readonly DeductionLine[] {
    return this.computation.lines;
  }

  get net(): Money {
    return this.computation.net;
  }

  /** net − previousNet, or the whole net for version 1: what payroll pays (or recovers) on top of before. */
  get delta(): Money {
    return this.previousNet === null ? this.net : this.net.minus(this.previousNet);
  }

  get flags(): readonly StatementFlag[] {
    return this.computation.flags;
  }

  get eligible(): boolean {
    return this.computation.eligible;
  }

  toView(): StatementView {
    return {
      version: this.version,
      month: this.month,
      currency: 'IDR',
      gross: this.grossAmount.toJSONInteger(),
      lines: this.lines.map((l) => ({ code: l.code, percent: l.percent.toString(), amount: l.amount.toJSONInteger() })),
      net: this.net.toJSONInteger(),
      previousNet: this.previousNet?.toJSONInteger() ?? null,
      delta: this.delta.toJSONInteger(),
      flags: [...this.flags],
      eligible: this.eligible,
      // The statement's own copy (taken when it was issued), lent read-only: StatementInputs is readonly through.
      inputs: this.inputs,
    };
  }
}
