import { Dec } from '../../../shared-kernel/decimal';
import { DomainError } from '../../../shared-kernel/domain-error';
import { Percent } from '../../../shared-kernel/percent';
import { AbsenceType } from './attendance-code';
import { WorkSchedule, defaultWorkSchedule } from './work-schedule';

/**
 * One lateness / early-leave band. `toMinutes` null means open-ended; percents are decimal strings so that a
 * policy version can be stored and compared exactly.
 */
export interface LatenessBandThreshold {
  readonly fromMinutes: number;
  readonly toMinutes: number | null;
  readonly percent: string;
}

/** Every parameter of rules.md §1–2 (plus the annual-leave entitlement), as data. */
export interface AttendancePolicyProps {
  readonly workSchedule: WorkSchedule;
  readonly latenessCompensation: { readonly enabled: boolean; readonly toleranceMinutes: number };
  /** Bands 1–4, shared by TL (late arrival) and PSW (early leave). */
  readonly bands: readonly [LatenessBandThreshold, LatenessBandThreshold, LatenessBandThreshold, LatenessBandThreshold];
  readonly absentWithoutReasonPercent: string;
  /** The most a present day's TL + PSW may cost; by default the TK percent, so presence never costs more than absence. */
  readonly dailyDeductionCapPercent: string;
  readonly shiftEventWindow: { readonly minutesBeforeStart: number; readonly minutesAfterEnd: number };
  /** Per working day of leave; CS is governed by `sickLeave` instead. */
  readonly leaveDeductionPercent: Readonly<Record<Exclude<AbsenceType, 'CS'>, string>>;
  readonly sickLeave: { readonly freeWorkingDaysPerEpisode: number; readonly percentPerDayAfter: string };
  readonly annualLeave: { readonly entitlementWorkingDaysPerYear: number; readonly maxAvailableWorkingDays: number };
  /** The longest absence one request may span, in calendar days (a year by default); longer ones are split. */
  readonly maxAbsenceCalendarDays: number;
}

/** A year, leap day included. */
export const DEFAULT_MAX_ABSENCE_CALENDAR_DAYS = 366;
/** Unpaid leave (CLTN) runs up to three years plus one of extension; no single absence needs more. */
const MAX_ABSENCE_CALENDAR_DAYS_CEILING = 1830;

export class AttendancePolicy {
  private constructor(readonly props: AttendancePolicyProps) {}

  static create(props: AttendancePolicyProps): AttendancePolicy {
    validate(props);
    return new AttendancePolicy(props);
  }

  get workSchedule(): WorkSchedule {
    return this.props.workSchedule;
  }

  get absentWithoutReasonPercent(): Percent {
    return Percent.of(this.props.absentWithoutReasonPercent);
  }

  get dailyDeductionCap(): Percent {
    return Percent.of(this.props.dailyDeductionCapPercent);
  }

  get maxAbsenceCalendarDays(): number {
    return this.props.maxAbsenceCalendarDays;
  }
}

export function defaultAttendancePolicy(): AttendancePolicy {
  return AttendancePolicy.create({
    workSchedule: defaultWorkSchedule(),
    latenessCompensation: { enabled: true, toleranceMinutes: 30 },
    bands: [
      { fromMinutes: 1, toMinutes: 30, percent: '0.5' },
      { fromMinutes: 31, toMinutes: 60, percent: '1' },
      { fromMinutes: 61, toMinutes: 90, percent: '1.25' },
      { fromMinutes: 91, toMinutes: null, percent: '1.5' },
    ],
    absentWithoutReasonPercent: '5',
    dailyDeductionCapPercent: '5',
    shiftEventWindow: { minutesBeforeStart: 240, minutesAfterEnd: 360 },
    leaveDeductionPercent: { CT: '0', CB: '0', CM: '0', CAP: '0', DL: '0', I: '2' },
    sickLeave: { freeWorkingDaysPerEpisode: 3, percentPerDayAfter: '1' },
    annualLeave: { entitlementWorkingDaysPerYear: 12, maxAvailableWorkingDays: 18 },
    maxAbsenceCalendarDays: DEFAULT_MAX_ABSENCE_CALENDAR_DAYS,
  });
}

function validate(p: AttendancePolicyProps): void {
  assertNonNegativeInteger(p.latenessCompensation.toleranceMinutes, 'latenessCompensation.toleranceMinutes');
  assertBands(p.bands);
  assertPercent(p.absentWithoutReasonPercent, 'absentWithoutReasonPercent');
  assertPercent(p.dailyDeductionCapPercent, 'dailyDeductionCapPercent');
  if (new Dec(p.dailyDeductionCapPercent).greaterThan(p.absentWithoutReasonPercent)) {
    throw DomainError.validation(
      'dailyDeductionCapPercent',
      'CAP_ABOVE_ABSENCE',
      'dailyDeductionCapPercent must not exceed absentWithoutReasonPercent: a day present never costs more than a day absent.',
    );
  }
  assertNonNegativeInteger(p.shiftEventWindow.minutesBeforeStart, 'shiftEventWindow.minutesBeforeStart');
  assertNonNegativeInteger(p.shiftEventWindow.minutesAfterEnd, 'shiftEventWindow.minutesAfterEnd');
  for (const [code, percent] of Object.entries(p.leaveDeductionPercent)) assertPercent(percent, `leaveDeductionPercent.${code}`);
  assertNonNegativeInteger(p.sickLeave.freeWorkingDaysPerEpisode, 'sickLeave.freeWorkingDaysPerEpisode');
  assertPercent(p.sickLeave.percentPerDayAfter, 'sickLeave.percentPerDayAfter');
  const { entitlementWorkingDaysPerYear, maxAvailableWorkingDays } = p.annualLeave;
  assertNonNegativeInteger(entitlementWorkingDaysPerYear, 'annualLeave.entitlementWorkingDaysPerYear');
  if (!Number.isInteger(maxAvailableWorkingDays) || maxAvailableWorkingDays < entitlementWorkingDaysPerYear) {
    throw DomainError.validation(
      'annualLeave.maxAvailableWorkingDays',
      'BELOW_ENTITLEMENT',
      'annualLeave.maxAvailableWorkingDays must be a whole number not below the yearly entitlement.',
    );
  }
  if (!Number.isInteger(p.maxAbsenceCalendarDays) || p.maxAbsenceCalendarDays < 1 || p.maxAbsenceCalendarDays > MAX_ABSENCE_CALENDAR_DAYS_CEILING) {
    throw DomainError.validation(
      'maxAbsenceCalendarDays',
      'NOT_A_WHOLE_NUMBER',
      `maxAbsenceCalendarDays must be a whole number of calendar days from 1 to ${MAX_ABSENCE_CALENDAR_DAYS_CEILING}.`,
    );
  }
}

/** Bands must tile the minutes from 1 upwards without gaps or overlaps, the last one open-ended. */
function assertBands(bands: readonly LatenessBandThreshold[]): void {
  // The HTTP edge checks only that bands is an array: null items reach here and are a 400, not a TypeError.
  const given: unknown = bands;
  if (!Array.isArray(given) || given.length !== 4 || given.some((band) => band === null || typeof band !== 'object')) {
    throw DomainError.validation('bands', 'FOUR_BANDS_REQUIRED', 'bands must list exactly four bands (TL1–TL4 / PSW1–PSW4).');
  }
  let expectedFrom = 1;
  bands.forEach((band, i) => {
    const field = `bands[${i}]`;
    if (band.fromMinutes !== expectedFrom) {
      throw DomainError.validation(
        `${field}.fromMinutes`,
        'BANDS_NOT_ASCENDING',
        `${field}.fromMinutes must be ${expectedFrom}: bands start at 1 minute and each starts right after the previous one ends.`,
      );
    }
    const isLast = i === bands.length - 1;
    if (isLast ? band.toMinutes !== null : band.toMinutes === null || !Number.isInteger(band.toMinutes) || band.toMinutes < band.fromMinutes) {
      throw DomainError.validation(
        `${field}.toMinutes`,
        'BANDS_NOT_ASCENDING',
        isLast ? `${field}.toMinutes must be null: the last band is open-ended.` : `${field}.toMinutes must be a whole number not below its fromMinutes.`,
      );
    }
    assertPercent(band.percent, `${field}.percent`);
    if (i > 0 && new Dec(band.percent).lessThan(bands[i - 1].percent)) {
      throw DomainError.validation(`${field}.percent`, 'BAND_PERCENT_DECREASING', `${field}.percent must not be below the previous band's percent.`);
    }
    expectedFrom = (band.toMinutes ?? 0) + 1;
  });
}

const DECIMAL_RE = /^\d+(\.\d+)?$/;

function assertPercent(value: string, field: string): void {
  if (typeof value !== 'string' || !DECIMAL_RE.test(value) || new Dec(value).greaterThan(100)) {
    throw DomainError.validation(field, 'INVALID_PERCENT', `${field} must be a decimal string between 0 and 100, e.g. "1.25".`);
  }
}

function assertNonNegativeInteger(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw DomainError.validation(field, 'NOT_A_WHOLE_NUMBER', `${field} must be a whole number, 0 or more.`);
  }
}
