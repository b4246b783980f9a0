import { LocalDate } from '../../../shared-kernel/local-date';
import { Percent } from '../../../shared-kernel/percent';
import { localTimeOf } from '../../../shared-kernel/zone';
import { Absence, absenceCovers } from './absence';
import {
  AbsenceType,
  AttendanceCode,
  EarlyLeaveCode,
  ExcusedCode,
  LateArrivalCode,
  LatenessBandNumber,
  StatusAbsenceCode,
  earlyLeaveCode,
  lateArrivalCode,
} from './attendance-code';
import { AttendancePolicy } from './attendance-policy';
import { ClockEvent } from './clock-event';
import { DayCalendar, DutyPeriod, dutyPeriodOf, midpointOf } from './day-obligation';
import { leaveDeductionPercent } from './leave-deduction';
import { MISSING_CLOCK_EVENT_BAND, latenessBandFor, latenessBandPercent } from './lateness-band';
import { Permit, missingPunchInstant } from './permit';
import { ClockInOut, firstInLastOut } from './punch-resolution';
import { isLatenessCompensated } from './lateness-compensation';

export interface ClassifyDayInput {
  readonly date: LocalDate;
  /** IANA zone of the employee's unit on that date. */
  readonly zone: string;
  readonly calendar: DayCalendar;
  /** The events that belong to this day (see clockEventsBelongingToDay). */
  readonly clockEvents: readonly ClockEvent[];
  /** Approved full-day absences; those not covering the date are ignored. */
  readonly absences: readonly Absence[];
  /** Unpaid leave (CLTN) or study assignment (TB) from the employee's status history, if any. */
  readonly employeeStatus: StatusAbsenceCode | null;
  /** Approved permits; those for other dates are ignored. */
  readonly permits: readonly Permit[];
  /** Needed only on a sick-leave day: its 1-based working-day number in the episode (numberSickLeaveEpisodeDays). */
  readonly sickLeaveEpisodeWorkingDay?: number | null;
  readonly policy: AttendancePolicy;
}

export interface ClassifiedDay {
  readonly date: LocalDate;
  readonly codes: readonly AttendanceCode[];
  /** Local wall-clock times 'HH:mm:ss' in the unit's zone. */
  readonly clockIn: string | null;
  readonly clockOut: string | null;
  /** Whole minutes; null when there was no obligation or the clock event is missing. */
  readonly lateMinutes: number | null;
  readonly earlyMinutes: number | null;
  readonly deductionPercent: string;
  readonly explanation: string;
}

const MINUTE_MS = 60_000;

/** Classifies one day of one employee per rules.md §2. */
export function classifyDay(input: ClassifyDayInput): ClassifiedDay {
  const { date, calendar } = input;
  if (calendar.kind === 'HOLIDAY') {
    const name = calendar.holidayName ? ` (${calendar.holidayName})` : '';
    return noObligationDay(input, 'HOLIDAY', `${date} is a holiday${name}: there is no obligation to attend and nothing is deducted.`);
  }
  if (calendar.kind === 'OFF') {
    return noObligationDay(input, 'OFF', `${date} is not a working day on this employee's schedule: nothing is deducted.`);
  }

  const duty = dutyPeriodOf(date, input.zone, calendar.obligation);
  const recorded = firstInLastOut(input.clockEvents, duty);
  const excused = classifyExcusedDay(input, recorded);
  if (excused) return excused;

  const permits = input.permits.filter((p) => p.date === date);
  const { clockIn, clockOut, supplied } = applyMissingPunchPermits(recorded, permits, input.zone, duty);
  if (clockIn === null && clockOut === null) {
    const percent = input.policy.absentWithoutReasonPercent;
    return {
      ...dayWithoutTimes(date, ['TK'], percent),
      explanation: `No clock event and no approved absence on working day ${date}: absent without valid reason (TK), ${percent}% deducted.`,
    };
  }
  return classifyAttendedDay(input, duty, { clockIn, clockOut }, supplied, permits);
}

function noObligationDay(input: ClassifyDayInput, code: 'HOLIDAY' | 'OFF', explanation: string): ClassifiedDay {
  const n = input.clockEvents.length;
  const extra = n > 0 ? ` The ${plural(n, 'clock event')} recorded that day ${n === 1 ? 'does' : 'do'} not count.` : '';
  return { ...dayWithoutTimes(input.date, [code], Percent.zero()), explanation: explanation + extra };
}

function classifyExcusedDay(input: ClassifyDayInput, recorded: ClockInOut): ClassifiedDay | null {
  // Most working days are not excused: their punches are put into local time only when they are.
  const times = () => ({
    clockIn: recorded.clockIn && localTimeOf(recorded.clockIn, input.zone),
    clockOut: recorded.clockOut && localTimeOf(recorded.clockOut, input.zone),
  });
  if (input.employeeStatus) {
    const what = input.employeeStatus === 'CLTN' ? 'on unpaid leave (CLTN)' : 'on study assignment (TB)';
    return {
      ...dayWithoutTimes(input.date, [input.employeeStatus], Percent.zero()),
      ...times(),
      explanation: `The employee is ${what} on ${input.date}: this changes eligibility and status factor, not attendance, so nothing is deducted here.`,
    };
  }
  const absence = coveringAbsence(input);
  if (!absence) return null;
  const episodeDay = absence.type === 'CS' ? (input.sickLeaveEpisodeWorkingDay ?? null) : null;
  const percent = leaveDeductionPercent(absence.type, episodeDay, input.policy);
  const episode = episodeDay === null ? '' : `, working day ${episodeDay} of the sick-leave episode (the first ${input.policy.props.sickLeave.freeWorkingDaysPerEpisode} are free)`;
  const events = input.clockEvents.length > 0 ? ' The approved absence takes precedence over the clock events.' : '';
  return {
    ...dayWithoutTimes(input.date, [absence.type], percent),
    ...times(),
    explanation: `Approved absence ${absence.type} (${ABSENCE_NAMES[absence.type]}) from ${absence.startDate} to ${absence.endDate}${episode}: ${percent}% deducted.${events}`,
  };
}

/**
 * The code an excused working day gets, before any clock event is looked at: a status absence (CLTN, TB) wins
 * over an absence request, which wins over attendance. Null on days without obligation or not excused.
 */
export function excusedCodeOf(input: ClassifyDayInput): ExcusedCode | null {
  if (input.calendar.kind !== 'WORKING') return null;
  return input.employeeStatus ?? coveringAbsence(input)?.type ?? null;
}

function coveringAbsence(input: ClassifyDayInput): Absence | undefined {
  return input.absences.find((a) => absenceCovers(a, input.date));
}

function applyMissingPunchPermits(
  recorded: ClockInOut,
  permits: readonly Permit[],
  zone: string,
  duty: DutyPeriod,
): ClockInOut & { supplied: { clockIn: boolean; clockOut: boolean } } {
  let { clockIn, clockOut } = recorded;
  const supplied = { clockIn: false, clockOut: false };
  const punches = permits
    .filter((p) => p.type === 'MISSING_PUNCH')
    .map((p) => missingPunchInstant(p, zone, duty))
    .sort((a, b) => a.getTime() - b.getTime());
  for (const punch of punches) {
    const fillsIn = clockIn === null && (clockOut !== null || punch < midpointOf(duty));
    if (fillsIn) {
      clockIn = punch;
      supplied.clockIn = true;
    } else if (clockOut === null) {
      clockOut = punch;
      supplied.clockOut = true;
    }
  }
  return { clockIn, clockOut, supplied };
}

function classifyAttendedDay(
  input: ClassifyDayInput,
  duty: DutyPeriod,
  { clockIn, clockOut }: ClockInOut,
  supplied: { clockIn: boolean; clockOut: boolean },
  permits: readonly Permit[],
): ClassifiedDay {
  const { policy, zone } = input;
  const sentences: string[] = [];
  const lateMinutes = clockIn === null ? null : wholeMinutesAfter(duty.start, clockIn);
  const earlyMinutes = clockOut === null ? null : wholeMinutesAfter(clockOut, duty.end);
  const scheduled = `${localTimeOf(duty.start, zone).slice(0, 5)}–${localTimeOf(duty.end, zone).slice(0, 5)}`;
  sentences.push(`Scheduled ${scheduled}; clocked in ${describeTime(clockIn, zone, supplied.clockIn)}, clocked out ${describeTime(clockOut, zone, supplied.clockOut)}.`);

  let lateBand: LatenessBandNumber | null;
  if (lateMinutes === null) {
    lateBand = MISSING_CLOCK_EVENT_BAND;
    sentences.push(`The clock-in is missing, which counts as TL${lateBand}.`);
  } else if (isLatenessCompensated(lateMinutes, clockOut, duty.end, policy)) {
    lateBand = null;
    sentences.push(`${capitalise(plural(lateMinutes, 'minute'))} late, compensated by staying until at least ${plural(lateMinutes, 'minute')} after the scheduled end: on time.`);
  } else {
    lateBand = latenessBandFor(lateMinutes, policy);
    if (lateBand) sentences.push(`${capitalise(plural(lateMinutes, 'minute'))} late: TL${lateBand}.`);
  }

  let earlyBand: LatenessBandNumber | null;
  if (earlyMinutes === null) {
    earlyBand = MISSING_CLOCK_EVENT_BAND;
    sentences.push(`The clock-out is missing, which counts as PSW${earlyBand}.`);
  } else {
    earlyBand = latenessBandFor(earlyMinutes, policy);
    if (earlyBand) sentences.push(`Left ${plural(earlyMinutes, 'minute')} early: PSW${earlyBand}.`);
  }

  if (lateBand && permits.some((p) => p.type === 'LATE_ARRIVAL')) {
    sentences.push(`An approved late-arrival permit removes TL${lateBand}.`);
    lateBand = null;
  }
  if (earlyBand && permits.some((p) => p.type === 'EARLY_LEAVE')) {
    sentences.push(`An approved early-leave permit removes PSW${earlyBand}.`);
    earlyBand = null;
  }

  const codes: (LateArrivalCode | EarlyLeaveCode)[] = [];
  let percent = Percent.zero();
  if (lateBand) {
    codes.push(lateArrivalCode(lateBand));
    percent = percent.plus(latenessBandPercent(lateBand, policy));
  }
  if (earlyBand) {
    codes.push(earlyLeaveCode(earlyBand));
    percent = percent.plus(latenessBandPercent(earlyBand, policy));
  }
  if (percent.greaterThan(policy.dailyDeductionCap)) {
    sentences.push(`The day's ${percent}% is capped at ${policy.dailyDeductionCap}%: a day present never costs more than a day absent.`);
    percent = policy.dailyDeductionCap;
  }
  sentences.push(codes.length === 0 ? 'Present (H), nothing deducted.' : `${percent}% deducted.`);

  return {
    date: input.date,
    codes: codes.length === 0 ? ['H'] : codes,
    clockIn: clockIn && localTimeOf(clockIn, zone),
    clockOut: clockOut && localTimeOf(clockOut, zone),
    lateMinutes,
    earlyMinutes,
    deductionPercent: percent.toString(),
    explanation: sentences.join(' '),
  };
}

/** Whole minutes by which `later` follows `earlier`, rounded down (07:30:59 is 0 minutes after 07:30); 0 when it does not. */
function wholeMinutesAfter(earlier: Date, later: Date): number {
  return Math.max(0, Math.floor((later.getTime() - earlier.getTime()) / MINUTE_MS));
}

function dayWithoutTimes(date: LocalDate, codes: AttendanceCode[], percent: Percent): Omit<ClassifiedDay, 'explanation'> {
  return { date, codes, clockIn: null, clockOut: null, lateMinutes: null, earlyMinutes: null, deductionPercent: percent.toString() };
}

function describeTime(instant: Date | null, zone: string, supplied: boolean): string {
  if (instant === null) return 'never';
  return `at ${localTimeOf(instant, zone)}${supplied ? ' (supplied by an approved missing-punch permit)' : ''}`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const ABSENCE_NAMES: Record<AbsenceType, string> = {
  CT: 'annual leave',
  CS: 'sick leave',
  CB: 'long-service leave',
  CM: 'maternity leave',
  CAP: 'leave for important reasons',
  DL: 'official duty away from the office, counts as present',
  I: 'full-day permission',
};
